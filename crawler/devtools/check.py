"""``sitrep check``: one discovery page and the newest report found there, field by field.

Everything goes through the source's own spider class (its feed, sitemap and
listing parsing, its series matching, its ``build_item``, which extracts and
normalizes as a crawl's workers do), so what is shown is what a crawl would store;
only the fetching is a plain HTTP client instead of a Scrapy crawl.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy.http import TextResponse
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader

from crawler.discovery import Link
from crawler.items import SituationReport
from crawler.report import PageNotRead
from crawler.sources import Series, Source
from crawler.spiders.base import ReportSpider

from .fetch import Fetched, FetchError

MAX_TRIES = 3  # candidates fetched before giving up on finding a report
Getter = Callable[[str], Fetched]


@dataclass
class SourceCheck:
    """The outcome for one source (``report`` is ``None`` when none was found)."""

    source: str
    discovery: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.report is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "ok": self.ok,
            "discovery": self.discovery,
            "report": self.report,
            "problems": self.problems,
        }


def spider_class(slug: str) -> type[ReportSpider]:
    """The spider class ``scrapy crawl <slug>`` would run (custom or generated)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return get_spider_loader(settings).load(slug)


def first_discovery(source: Source) -> tuple[str, str] | None:
    """The first feed, else the first sitemap, else the first listing page."""
    for kind, urls in (("rss", source.feeds), ("sitemap", source.sitemaps)):
        if urls:
            return kind, urls[0]
    return ("listing", source.listings[0]) if source.listings else None


def _text_response(answer: Fetched, what: str, problems: list[str]) -> TextResponse | None:
    if answer.status != 200:
        problems.append(f"{what} {answer.url}: HTTP {answer.status}")
        return None
    response = answer.to_response()
    if not isinstance(response, TextResponse):
        problems.append(f"{what} {answer.url}: not text ({answer.header('Content-Type')})")
        return None
    return response


def discover(
    spider: ReportSpider, kind: str, url: str, get: Getter, check: SourceCheck
) -> list[Link]:
    """The candidates of one discovery page (a sitemap index: of its first sitemap)."""
    check.discovery = {"kind": kind, "url": url}
    answer = get(url)
    check.discovery["status"] = answer.status
    response = _text_response(answer, kind, check.problems)
    if response is None:
        return []
    if kind == "rss":
        return spider.candidates_from_feed(response)
    if kind == "listing":
        return list(spider.candidates_from_listing(response))
    nested, candidates = spider.candidates_from_sitemap(response)
    if nested and not candidates:
        check.discovery["followed"] = nested[0]
        response = _text_response(get(nested[0]), "sitemap", check.problems)
        candidates = spider.candidates_from_sitemap(response)[1] if response else []
    return candidates


def newest_first(spider: ReportSpider, candidates: list[Link]) -> list[tuple[Link, Series]]:
    """Links that may be reports, newest first (undated ones keep their page order, last)."""
    matched: dict[str, tuple[Link, Series]] = {}
    for candidate in candidates:
        series = spider.series_for(candidate)
        if series is not None and candidate.url not in matched:
            matched[candidate.url] = (candidate, series)
    dated = sorted(
        (m for m in matched.values() if m[0].published),
        key=lambda m: m[0].published,  # type: ignore[arg-type, return-value]
        reverse=True,
    )
    return dated + [m for m in matched.values() if not m[0].published]


def _field(value: Any, present: bool, provenance: str | None = None) -> dict[str, Any]:
    return {"value": value, "status": "OK" if present else "MISSING", "provenance": provenance}


def report_summary(item: SituationReport) -> dict[str, Any]:
    """Per field: what came out, whether it is there, and which rule produced it."""
    data = item.to_dict()
    why = item.provenance
    return {
        "url": item.url,
        "status": item.fetch.status if item.fetch else None,
        "series": item.series,
        "fields": {
            "title": _field(item.title, bool(item.title), why.get("title")),
            "lead": _field(item.lead, bool(item.lead), why.get("lead")),
            "report_date": _field(
                data["report_date"], item.report_date is not None, why.get("report_date")
            ),
            "published_at": _field(
                data["published_at"], item.published_at is not None, why.get("published_at")
            ),
            "authors": _field(item.authors, bool(item.authors), why.get("authors")),
            "sections": _field(len(item.sections), bool(item.sections), why.get("body")),
            "body": _field(len(item.body), bool(item.body), why.get("body")),
            "captions": _field(len(item.captions), bool(item.captions), why.get("captions")),
        },
        "warnings": list(item.warnings),
        "provenance": dict(item.provenance),
    }


def _try_report(
    spider: ReportSpider, candidate: Link, series: Series, get: Getter, check: SourceCheck
) -> SituationReport | None:
    response = _text_response(get(candidate.url), "report", check.problems)
    if response is None:
        return None
    try:
        item = spider.build_item(response, series.key, candidate)
    except PageNotRead as error:
        check.problems.append(str(error))
        return None
    if not series.matches_title(item.title):
        check.problems.append(
            f"{candidate.url}: title {item.title!r} is not a {series.key!r} report"
        )
        return None
    hint = standfirst_hint(response, item)
    if hint:
        check.problems.append(f"{candidate.url}: no lead, but {hint}: set selectors.lead")
    return item


_STANDFIRST_CLASS = re.compile(
    r"chap[oô]|(?:^|[-_ ])(?:lead|intro|standfirst|summary|teaser|description|excerpt)",
    re.IGNORECASE,
)


def standfirst_hint(response: TextResponse, item: SituationReport) -> str | None:
    """Why the body's first paragraph looks like a standfirst, when the item has no lead."""
    if item.lead or not item.paragraphs:
        return None
    first = " ".join(item.paragraphs[0].split())
    described = response.xpath(
        "//meta[@name='description' or @property='og:description']/@content"
    ).getall()
    words = set(first.lower().split())
    for description in described:
        theirs = set(description.lower().split())
        if words and theirs and len(words & theirs) >= 0.8 * min(len(words), len(theirs)):
            return "the first paragraph repeats the page's description"
    holders = response.xpath(
        "//body//*[@class][contains(normalize-space(.), $start)]", start=first[:60]
    )
    for element in reversed(holders):  # the innermost first
        text = " ".join(" ".join(element.xpath(".//text()").getall()).split())
        if text == first and _STANDFIRST_CLASS.search(element.attrib.get("class", "")):
            tag, cls = element.root.tag, element.attrib["class"]
            return f'the first paragraph is a <{tag} class="{cls}">'
    return None


def check_source(source: Source, get: Getter) -> SourceCheck:
    """Fetch one discovery page and the newest report it links to."""
    check = SourceCheck(source.slug)
    start = first_discovery(source)
    if start is None:
        check.problems.append("no feed, sitemap or listing page is declared")
        return check
    spider = spider_class(source.slug)()
    try:
        candidates = discover(spider, *start, get, check)
        matches = newest_first(spider, candidates)
        check.discovery.update(links=len(candidates), matched=len(matches))
        if candidates and not matches:
            check.problems.append("no link on the discovery page matches a series url_pattern")
        for candidate, series in matches[:MAX_TRIES]:
            item = _try_report(spider, candidate, series, get, check)
            if item is not None:
                check.report = report_summary(item)
                break
    except FetchError as error:
        check.problems.append(str(error))
    except Exception as error:  # one broken source must not hide the others' results
        check.problems.append(f"{type(error).__name__}: {error}")
    return check
