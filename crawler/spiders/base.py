"""The base spider: discovery from a source entry, series matching, report items."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.discovery import Discovered, Link, read_feed, read_listing, read_sitemap
from crawler.frontier import discovery_settled
from crawler.incremental import IncrementalPolicy
from crawler.incremental_fetch import (
    DISCOVERY_KINDS,
    NOT_MODIFIED,
    PAGE_NEWEST,
    NotAReport,
    header,
)
from crawler.items import FetchInfo, SituationReport
from crawler.report import PageNotRead, read_report_page
from crawler.sources import Series, Source
from crawler.urls import has_http_scheme, host_of
from crawler.workers import ExtractionCrashed, extraction_pool, extraction_pool_for

MAX_RECORDED_FAILURES = 200
TITLED_DISCOVERY = frozenset({"rss", "sitemap"})  # entries that carry the article's own title


class ReportSpider(scrapy.Spider):
    """Finds one source's daily reports in its feeds, sitemaps and listing pages.

    Subclasses set :attr:`source`; most sources need nothing else (see
    ``crawler/spiders/registry.py``). Where configuration is not enough, override
    :meth:`candidates_from_listing` (or ``_feed``, ``_sitemap``): what a discovery page
    offers. Which links are fetched tonight is :class:`IncrementalFetch`'s decision.
    """

    source: ClassVar[Source]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_domains = list(self.source.allowed_domains)
        # What the crawl ledger keeps of tonight: failures with their reasons, and reports
        # whose URL no series pattern matches any more.
        self.failures: list[dict[str, Any]] = []
        self.policy = IncrementalPolicy()  # read here only for a backfill's day archives
        self.extraction = extraction_pool(0)
        # Links taken on their feed or sitemap title alone (their URL no longer matches the
        # series' url_pattern), and those of them that were reports: the source file needs
        # fixing, and the crawl ledger says so.
        self.title_matched: set[str] = set()
        self.url_pattern_drift: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ReportSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.policy = IncrementalPolicy.from_settings(crawler.settings)
        spider.extraction = extraction_pool_for(crawler.settings)
        crawler.signals.connect(spider.request_dropped, signal=scrapy.signals.request_dropped)
        crawler.signals.connect(spider.response_received, signal=scrapy.signals.response_received)
        return spider

    def request_dropped(self, request: scrapy.Request) -> None:
        """A redirect back to an address already fetched tonight is a loop, not a duplicate link;
        on a shared frontier, a discovery page another worker already asked for is its job."""
        if self.settings.get("SITREP_FRONTIER") and request.meta.get("sitrep_kind") in (
            DISCOVERY_KINDS
        ):
            self.crawler.stats.inc_value("sitrep/frontier/discovery_elsewhere")
            return
        if request.meta.get("redirect_times"):
            kind = request.meta.get("sitrep_kind", "report")
            self.record_failure(
                request.meta.get("redirect_urls", [request.url])[0],
                f"{kind}: redirect loop back to {request.url}",
                kind="discovery" if kind != "report" else "report",
            )

    def response_received(self, response: Response, request: scrapy.Request) -> None:
        """Every download's latency (discovery, reports, robots.txt) is the fetch stage's time."""
        self.crawler.stats.inc_value("sitrep/time/fetch", request.meta.get("download_latency", 0))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Every discovery page of the source (:class:`IncrementalFetch` adds validators and
        the revisits of the newest stored reports)."""
        for url in self.source.feeds:
            yield self.discovery_request(url, "rss", self.parse_feed)
        for url in self.source.sitemaps:
            yield self.discovery_request(url, "sitemap", self.parse_sitemap)
        for url in self.source.listings:
            yield self.discovery_request(url, "listing", self.parse_listing)
        for url in self.source.archive_urls(self.policy.archive_days(self._today())):
            yield self.discovery_request(url, "archive", self.parse_listing)

    def _today(self) -> dt.date:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo(self.source.timezone)).date()

    def discovery_request(self, url: str, kind: str, callback: Any) -> scrapy.Request:
        """A request for a discovery page of ``kind`` (rss, sitemap, listing, archive)."""
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            meta={"sitrep_kind": kind, "handle_httpstatus_list": [NOT_MODIFIED]},
            priority=10,
            # Alone, a crawl asks for every discovery page; on a shared frontier, the first
            # worker to schedule a page does.
            dont_filter=not self.settings.get("SITREP_FRONTIER"),
        )

    def report_request(
        self, link: Link, series_key: str, dont_filter: bool = False, **meta: Any
    ) -> scrapy.Request:
        """A request for a page that may be a report of ``series_key``."""
        return scrapy.Request(
            link.url,
            callback=self.parse_report,
            errback=self.on_error,
            meta={"sitrep_kind": "report", "handle_httpstatus_list": [NOT_MODIFIED], **meta},
            cb_kwargs={"series_key": series_key, "candidate": link},
            dont_filter=dont_filter,
        )

    def requeue_request(self, url: str, series_key: str) -> scrapy.Request:
        """A report link owed by a shared frontier but not stored (its worker died)."""
        return self.report_request(Link(url, None, None, "frontier", url), series_key, True)

    def requeue_discovery(self, url: str, kind: str) -> scrapy.Request:
        """A discovery page owed by a shared frontier but never parsed (its worker died)."""
        parsers = {"rss": self.parse_feed, "sitemap": self.parse_sitemap}
        parse = parsers.get(kind, self.parse_listing)  # listings and archives
        return self.discovery_request(url, kind, parse).replace(dont_filter=True)

    # -- discovery -------------------------------------------------------------------------

    # The discovery callbacks return a generator rather than being one: Scrapy parses a
    # generator callback's source again for each response (its check for ``return`` with a
    # value keeps its answer only as long as the short-lived bound method lives), about
    # 0.3 ms a discovery page.

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS 2.0 and Atom."""
        return self._from_feed(response)

    def _from_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status == NOT_MODIFIED:
            return  # unchanged since the last clean night
        if not isinstance(response, TextResponse):
            yield from self._discovery_failed(response, "feed is not text")
            return
        yield from self._follow(response, self.candidates_from_feed(response))

    def candidates_from_feed(self, response: TextResponse) -> list[Link]:
        """Every entry of an RSS 2.0 or Atom feed, with its title and date."""
        return self._counted(read_feed(response.body, response.url, **self._reading(response)))

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Sitemap indexes are followed; news sitemaps give titles and dates."""
        return self._from_sitemap(response)

    def _from_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status == NOT_MODIFIED:
            return  # unchanged since the last clean night
        if not isinstance(response, TextResponse):
            yield from self._discovery_failed(response, "sitemap is not text")
            return
        nested, candidates = self.candidates_from_sitemap(response)
        for loc in nested:
            yield self.discovery_request(loc, "sitemap", self.parse_sitemap)
        if nested and not candidates:
            return  # an index: its sitemaps hold the links
        yield from self._follow(response, candidates)

    def candidates_from_sitemap(self, response: TextResponse) -> tuple[list[str], list[Link]]:
        """The sitemaps a sitemap index lists, and the pages of a (news) sitemap."""
        found = read_sitemap(response.body, response.url, **self._reading(response))
        return found.nested, self._counted(found)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Section pages and, in backfills, day archives."""
        return self._from_listing(response)

    def _from_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status == NOT_MODIFIED:
            return  # unchanged since the last clean night
        if not isinstance(response, TextResponse):
            yield from self._discovery_failed(response, "listing is not HTML")
            return
        yield from self._follow(response, list(self.candidates_from_listing(response)))

    def candidates_from_listing(self, response: TextResponse) -> Iterator[Link]:
        """Every link on the page with its anchor text (or the link's title attribute)."""
        yield from self._counted(
            read_listing(response.body, response.url, **self._reading(response))
        )

    def _reading(self, response: TextResponse) -> dict[str, str]:
        """How a discovery page is read: the encoding it came in, the outlet's time zone."""
        return {"timezone": self.source.timezone, "encoding": response.encoding}

    def _counted(self, found: Discovered) -> list[Link]:
        """The links found, with invalid ones counted (a bare spider, in `sitrep check`,
        has no stats)."""
        if found.invalid and hasattr(self, "crawler"):
            self.crawler.stats.inc_value("sitrep/discovery/invalid_links", found.invalid)
        return found.links

    def _follow(self, response: Response, candidates: list[Link]) -> Iterator[scrapy.Request]:
        kind = response.meta.get("sitrep_kind", "listing")
        self.crawler.stats.inc_value(f"sitrep/discovery/{kind}/pages")
        self.crawler.stats.inc_value("sitrep/discovery/candidates", len(candidates))
        if not candidates:
            yield from self._discovery_failed(response, f"{kind} page had no links")
            return
        # Every decision is taken before the first request leaves: the links this page
        # owes are then complete even if the night is cut short.
        yield from self._report_requests(response.url, candidates)

    def _report_requests(self, page_url: str, candidates: list[Link]) -> list[scrapy.Request]:
        """A request for each of a discovery page's links that may be a report (which of them
        leave tonight is :class:`IncrementalFetch`'s decision)."""
        matched = [(c, s) for c in candidates if (s := self.series_for(c)) is not None]
        self.crawler.stats.inc_value("sitrep/discovery/matched", len(matched))
        newest = max((d for c in candidates for d in (c.published, c.modified) if d), default=None)
        return [self.report_request(c, s.key, **{PAGE_NEWEST: newest}) for c, s in matched]

    def series_for(self, candidate: Link) -> Series | None:
        """The series a discovered link may be a report of (``None``: not worth fetching).

        A feed or sitemap entry titled like the series is fetched even when its URL does
        not match the series' pattern (outlets change their URL shapes); anchor texts of
        listing pages are too loose for that.
        """
        if not has_http_scheme(candidate.url):
            return None
        titled = candidate.via in TITLED_DISCOVERY
        found = self.source.series_match(candidate.url, candidate.title, by_title=titled)
        if found is None:
            return None
        series, how = found
        if how == "title":
            if candidate.via not in TITLED_DISCOVERY or not self._on_site(candidate.url):
                return None
            if candidate.url not in self.title_matched:
                self.title_matched.add(candidate.url)
                if hasattr(self, "crawler"):
                    self.crawler.stats.inc_value("sitrep/discovery/title_only")
        return series

    def _on_site(self, url: str) -> bool:
        """Whether ``url`` is on one of the source's own domains."""
        host = host_of(url)
        domains = self.allowed_domains or [host_of(self.source.homepage).removeprefix("www.")]
        return any(host == d or host.endswith(f".{d}") for d in domains)

    def _discovery_failed(self, response: Response, reason: str) -> Iterator[scrapy.Request]:
        self.record_failure(response.url, f"discovery: {reason}")
        return iter(())

    # -- reports ---------------------------------------------------------------------------

    async def parse_report(
        self, response: Response, series_key: str, candidate: Link
    ) -> AsyncIterator[SituationReport]:
        if response.status == NOT_MODIFIED:
            return  # unchanged since it was stored
        if not isinstance(response, TextResponse):
            self.record_failure(
                response.url,
                "report page is not text (content type "
                f"{response.headers.get('Content-Type', b'?').decode(errors='replace')})",
                kind="report",
            )
            return
        try:
            read = await self.extraction.run(
                read_report_page, *self._page_to_read(response, series_key, candidate)
            )
        except ExtractionCrashed as error:
            self.record_failure(response.url, f"report: {error}", kind="report")
            return
        self.crawler.stats.inc_value("sitrep/time/extract", read.extract_seconds)
        self.crawler.stats.inc_value("sitrep/time/normalize", read.normalize_seconds)
        if read.item is None:
            # A page that could not be read is a failure, never "not a report": it is
            # fetched again next time, and its discovery pages are parsed again.
            self.record_failure(response.url, f"report: page not read: {read.error}", kind="report")
            return
        item = read.item
        series = next(s for s in self.source.series if s.key == series_key)
        if not series.matches_title(item.title):
            # The link looked like a report but the page is another article.
            self.crawler.stats.inc_value("sitrep/reports/not_in_series")
            yield NotAReport(
                tuple(dict.fromkeys([candidate.url, response.url])),
                header(response, b"ETag"),
                header(response, b"Last-Modified"),
            )
            self.logger.debug("not a %s report: %s (%r)", series_key, response.url, item.title)
            return
        if candidate.url in self.title_matched or response.url in self.title_matched:
            self.url_pattern_drift.append(response.url)
            self.crawler.stats.inc_value("sitrep/discovery/url_pattern_drift")
        self.crawler.stats.inc_value("sitrep/reports/scraped")
        yield item

    def build_item(
        self, response: TextResponse, series_key: str, candidate: Link
    ) -> SituationReport:
        """Read the page in this thread (what ``sitrep check`` runs; crawls read pages in
        worker processes with the same code); :class:`PageNotRead` if it cannot be read."""
        read = read_report_page(*self._page_to_read(response, series_key, candidate))
        if read.item is None:
            raise PageNotRead(f"{response.url}: page not read: {read.error}")
        return read.item

    def _page_to_read(
        self, response: TextResponse, series_key: str, candidate: Link
    ) -> tuple[Any, ...]:
        """The arguments of :func:`read_report_page` for a fetched report page."""
        fetch = FetchInfo(
            fetched_at=dt.datetime.now(dt.UTC),
            status=response.status,
            discovered_via=candidate.via,
            discovery_url=candidate.found_on,
            etag=header(response, b"ETag"),
            last_modified=header(response, b"Last-Modified"),
            response_bytes=len(response.body),
        )
        return (
            response.body,
            header(response, b"Content-Type"),
            self.source.slug,
            series_key,
            fetch,
            response.url,
            _variants(response, candidate),
            candidate.published,
        )

    # -- failures --------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"HTTP {response.status}"
            retry_after = response.headers.get(b"Retry-After")
            if retry_after:
                reason += f" (Retry-After {retry_after.decode('latin-1')})"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:300]
        kind = request.meta.get("sitrep_kind", "report")
        if "robots.txt" in reason:
            self.crawler.stats.inc_value("sitrep/errors/robots")
        self.record_failure(
            request.url, f"{kind}: {reason}", kind="discovery" if kind != "report" else "report"
        )
        if kind in DISCOVERY_KINDS:
            # Failed for good, and recorded: a shared frontier owes the page no more.
            self.crawler.signals.send_catch_log(
                signal=discovery_settled, request=request, spider=self
            )

    def record_failure(self, url: str, reason: str, kind: str = "discovery") -> None:
        """Count a failure (``sitrep/errors/<kind>``) and keep its reason for the crawl ledger."""
        self.crawler.stats.inc_value("sitrep/errors")
        self.crawler.stats.inc_value(f"sitrep/errors/{kind}")
        self.logger.warning("%s: %s", url, reason, extra={"url": url, "reason": reason})
        if len(self.failures) < MAX_RECORDED_FAILURES:
            self.failures.append(
                {"url": url, "reason": reason, "at": dt.datetime.now(dt.UTC).isoformat()}
            )


def _variants(response: Response, candidate: Link) -> list[str]:
    """Every URL this fetch was known by: the link followed, redirects, the final URL."""
    urls = (
        [candidate.url, *response.request.meta.get("redirect_urls", []), response.url]
        if response.request
        else [
            candidate.url,
            response.url,
        ]
    )
    return list(dict.fromkeys(urls))
