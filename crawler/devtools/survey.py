"""``sitrep check --all``: every discovery page of a source, its newest report, and what drifted.

Builds on :mod:`.check` (the spider's own parsing, the item a crawl would store) and
adds what the source declares to expect: each feed, sitemap and listing page yields
links and some of them match a series' ``url_pattern``; the report's URL and title
match the series; each CSS selector in ``Source.selectors`` finds something on the
report page; the fields a report needs came out. Anything else is *drift*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy.http import TextResponse

from crawler.sources import Series, Source

from .check import (
    MAX_TRIES,
    Getter,
    SourceCheck,
    _try_report,
    discover,
    newest_first,
    report_summary,
    spider_class,
)
from .fetch import Fetched, FetchError

# Fields without which a stored report is not what the series promises.
REQUIRED_FIELDS = ("title", "report_date", "published_at", "sections", "body")


@dataclass
class SourceSurvey(SourceCheck):
    """A :class:`SourceCheck` over every discovery page, with drift and what works."""

    pages: list[dict[str, Any]] = field(default_factory=list)
    selectors: dict[str, dict[str, Any]] = field(default_factory=dict)
    drift: list[str] = field(default_factory=list)
    works: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    report_answer: Fetched | None = None  # the report page as fetched (not in to_dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "pages": self.pages,
            "selectors": self.selectors,
            "works": self.works,
            "drift": self.drift,
            "notes": self.notes,
        }


def discovery_pages(source: Source) -> list[tuple[str, str]]:
    """Every declared discovery page: feeds, then sitemaps, then listing pages."""
    kinds = (("rss", source.feeds), ("sitemap", source.sitemaps), ("listing", source.listings))
    return [(kind, url) for kind, urls in kinds for url in urls]


def _survey_page(source: Source, spider: Any, kind: str, url: str, get: Getter, out: SourceSurvey):
    page = SourceCheck(source.slug)
    try:
        links = discover(spider, kind, url, get, page)
    except FetchError as error:
        page.problems.append(str(error))
        links = []
    matched = newest_first(spider, links)
    by_title = [
        link
        for link in links
        if (found := source.series_match(link.url, link.title)) and found[1] == "title"
    ]
    entry = {**page.discovery, "links": len(links), "matched": len(matched)}
    entry.update(title_only=len(by_title), problems=page.problems)
    out.pages.append(entry)
    where = f"{kind} {url}"
    if page.problems:
        out.drift += [f"{where}: {p}" for p in page.problems]
    elif not links:
        out.drift.append(f"{where}: no links found (the page changed shape?)")
    elif not matched:
        out.drift.append(f"{where}: {len(links)} links, none matches a series url_pattern")
    else:
        out.works.append(f"{where}: {len(links)} links, {len(matched)} match a series")
    if by_title:
        out.drift.append(
            f"{where}: {len(by_title)} links match a series title but not its url_pattern "
            f"(e.g. {by_title[0].url})"
        )
    return links


def _check_selectors(source: Source, response: TextResponse, out: SourceSurvey) -> None:
    chosen = source.selectors
    declared = [
        ("title", chosen.title),
        ("lead", chosen.lead),
        ("authors", chosen.authors),
        ("published", chosen.published),
        *((f"body[{i}]", css) for i, css in enumerate(chosen.body)),
    ]
    for name, css in declared:
        if not css:
            continue
        try:
            found = len(response.css(css))
        except Exception as error:  # a selector the CSS parser refuses
            out.selectors[name] = {"selector": css, "found": 0, "error": str(error)}
            out.drift.append(f"selector {name} {css!r} cannot be used: {error}")
            continue
        out.selectors[name] = {"selector": css, "found": found}
        if found:
            out.works.append(f"selector {name} {css!r} finds {found}")
        else:
            out.drift.append(f"selector {name} {css!r} finds nothing on the report page")


def _check_report(source: Source, series: Series, out: SourceSurvey) -> None:
    report = out.report
    assert report is not None
    if not series.matches_url(report["url"]):
        out.drift.append(f"report URL {report['url']} does not match series {series.key!r}")
    missing = [name for name, f in report["fields"].items() if f["status"] != "OK"]
    for name in missing:
        if name in REQUIRED_FIELDS:
            out.drift.append(f"report field {name} is missing")
        else:
            out.notes.append(f"report field {name} is missing (optional)")
    present = [name for name in REQUIRED_FIELDS if name not in missing]
    out.works.append(f"report {report['url']}: {', '.join(present) or 'no field'} OK")
    answer = out.report_answer
    response = answer.to_response() if answer else None
    if isinstance(response, TextResponse):
        _check_selectors(source, response, out)


def survey_source(source: Source, get: Getter) -> SourceSurvey:
    """Every discovery page of ``source``, then the newest report they link to, checked."""
    out = SourceSurvey(source.slug)
    pages = discovery_pages(source)
    if not pages:
        out.problems.append("no feed, sitemap or listing page is declared")
        out.drift.append("no feed, sitemap or listing page is declared")
        return out
    fetched: dict[str, Fetched] = {}

    def keeping(url: str) -> Fetched:
        fetched[url] = get(url)
        return fetched[url]

    try:
        spider = spider_class(source.slug)()
        links = []
        for kind, url in pages:
            links += _survey_page(source, spider, kind, url, keeping, out)
        out.discovery = out.pages[0]
        matches = newest_first(spider, links)
        for candidate, series in matches[:MAX_TRIES]:
            item = _try_report(spider, candidate, series, keeping, out)
            if item is not None:
                out.report_answer = fetched.get(candidate.url)
                out.report = report_summary(item)
                _check_report(source, series, out)
                break
    except FetchError as error:
        out.problems.append(str(error))
    except Exception as error:  # one broken source must not hide the others' results
        out.problems.append(f"{type(error).__name__}: {error}")
    if out.report is None:
        out.drift.append("no report found")
    return out
