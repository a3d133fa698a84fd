"""From a fetched page to a :class:`SituationReport`: the step spiders, reprocessing and golden tests share."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from crawler.extract import Article
from crawler.items import FetchInfo, SituationReport
from crawler.normal_form import normalize_report
from crawler.sources import Source, get_source


def report_from_article(
    article: Article,
    *,
    source: Source,
    series_key: str,
    fetch: FetchInfo | None = None,
    html: bytes | None = None,
    url_variants: list[str] | None = None,
    discovered_published: dt.datetime | None = None,
) -> SituationReport:
    """Wrap extracted fields as an item; discovery metadata fills a missing publication time."""
    provenance = dict(article.provenance)
    published = article.published_at
    if published is None and discovered_published is not None:
        published = discovered_published
        provenance["published_at"] = (
            fetch.discovered_via if fetch and fetch.discovered_via else "discovery"
        )
    return SituationReport(
        source=source.slug,
        series=series_key,
        url=article.url,
        title=article.title,
        canonical_url=article.canonical_url,
        authors=list(article.authors),
        published_at=published,
        modified_at=article.modified_at,
        language=article.language or source.language,
        lead=article.lead,
        sections=article.sections,
        captions=article.captions,
        is_paywalled=article.is_paywalled,
        provenance=provenance,
        warnings=list(article.warnings),
        fetch=fetch,
        html=html,
        url_variants=list(url_variants or [article.url]),
    )


def report_from_html(
    html: str | bytes,
    url: str,
    *,
    source: Source,
    series_key: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> SituationReport:
    """Extract a saved page as the spider would have (no network, no Scrapy)."""
    from crawler.extract.article import extract_article

    fetched_at = fetched_at or dt.datetime.now(dt.UTC)
    article = extract_article(html, url, hints=source.hints(), fetched_at=fetched_at)
    data = html.encode("utf-8") if isinstance(html, str) else html
    return report_from_article(
        article,
        source=source,
        series_key=series_key or source.series[0].key,
        fetch=FetchInfo(fetched_at=fetched_at, discovered_via="direct", response_bytes=len(data)),
        html=data,
    )


@dataclass
class PageRead:
    """A fetched report page after extraction and normalization (one trip to a worker)."""

    item: SituationReport | None  # None: the page could not be read (``error`` says why)
    error: str | None
    extract_seconds: float
    normalize_seconds: float


class PageNotRead(ValueError):
    """A fetched page extraction could not read (binary, empty, no title, an error)."""


def read_report_page(
    body: bytes,
    content_type: str | None,
    source_slug: str,
    series_key: str,
    fetch: FetchInfo,
    url: str,
    url_variants: list[str],
    discovered_published: dt.datetime | None = None,
) -> PageRead:
    """Extract, wrap and normalize one fetched page: everything CPU-bound a page needs,
    so the page travels to a worker once and comes back as a compressed, normalized item.

    A page without a title, or one extraction could not read, is not an item: its
    ``error`` says why (a crawl records it as a failure, never as "not a report").
    """
    from crawler.extract.article import extract_article  # in the workers, not the crawler

    source = get_source(source_slug)
    started = time.perf_counter()
    article = extract_article(
        body, url, hints=source.hints(), fetched_at=fetch.fetched_at, content_type=content_type
    )
    extracted = time.perf_counter()
    if article.error or not article.title:
        return PageRead(None, article.error or "no title found on the page", extracted - started, 0)
    item = report_from_article(
        article,
        source=source,
        series_key=series_key,
        fetch=fetch,
        html=body,
        url_variants=url_variants,
        discovered_published=discovered_published,
    )
    normalize_report(item, source)
    return PageRead(item, None, extracted - started, time.perf_counter() - extracted)
