"""The base spider: discovery from a source entry, series matching, report items."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.discovery import Discovered, Link, read_feed, read_listing, read_sitemap
from crawler.incremental import Decision, IncrementalPolicy
from crawler.items import FetchInfo, SituationReport
from crawler.report import PageNotRead, read_report_page
from crawler.sources import Series, Source
from crawler.urls import host_of, normalize_url
from crawler.workers import ExtractionCrashed, extraction_pool, extraction_pool_for
from store.database import shared_database
from store.fetch_state import KnownPage, PageSeen, known_pages, latest_report_urls

MAX_RECORDED_FAILURES = 200
NOT_MODIFIED = 304
DISCOVERY_KINDS = frozenset({"rss", "sitemap", "listing", "archive"})
TITLED_DISCOVERY = frozenset({"rss", "sitemap"})  # entries that carry the article's own title


class ReportSpider(scrapy.Spider):
    """Finds one source's daily reports in its feeds, sitemaps and listing pages.

    Subclasses set :attr:`source`; most sources need nothing else (see
    ``crawler/spiders/registry.py``). Override :meth:`candidates_from_listing`
    or :meth:`build_item` only where configuration is not enough.
    """

    source: ClassVar[Source]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_domains = list(self.source.allowed_domains)
        self.failures: list[dict[str, Any]] = []
        self.matched_urls: set[str] = set()
        self.policy = IncrementalPolicy()
        self.extraction = extraction_pool(0)
        # Report pages asked for tonight, and known ones left alone.
        self.scheduled_urls: set[str] = set()
        self.skipped_urls: set[str] = set()
        # Discovery pages downloaded tonight and the report links each one owes: a page is
        # remembered (and may answer 304 next time) only once all its links are known.
        self.discovery_seen: dict[str, PageSeen] = {}
        self.discovery_links: dict[str, set[str]] = {}
        self.not_reports: dict[str, PageSeen] = {}
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

    def known(self, urls: list[str]) -> dict[str, KnownPage]:
        """What the database knows of ``urls`` (and of their normalized forms), by given URL."""
        url = self.settings.get("SITREP_DATABASE_URL")
        if not url or not urls:
            return {}
        keys = {u: [u, normalize_url(u)] for u in urls}
        try:
            with shared_database(url).session() as session:
                found = known_pages(session, [k for ks in keys.values() for k in ks])
        except Exception:  # no state only means no conditional requests
            self.logger.exception("could not read the fetch state")
            return {}
        return {u: found[k] for u, ks in keys.items() for k in ks if k in found}

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
        starts = [
            *((url, "rss", self.parse_feed) for url in self.source.feeds),
            *((url, "sitemap", self.parse_sitemap) for url in self.source.sitemaps),
            *((url, "listing", self.parse_listing) for url in self.source.listings),
            *(
                (url, "archive", self.parse_listing)
                for url in self.source.archive_urls(self.policy.archive_days(self._today()))
            ),
        ]
        known = self.known([url for url, _, _ in starts])
        for url, kind, callback in starts:
            yield self._discovery_request(url, kind, callback, known.get(url))
        for request in self._revisits():
            yield request

    def _today(self) -> dt.date:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo(self.source.timezone)).date()

    def _revisits(self) -> list[scrapy.Request]:
        """Conditional requests for the newest stored reports of each series."""
        url = self.settings.get("SITREP_DATABASE_URL")
        if not url or self.policy.revisit_latest <= 0 or self.policy.since is not None:
            return []
        try:
            with shared_database(url).session() as session:
                latest = latest_report_urls(session, self.name, self.policy.revisit_latest)
        except Exception:
            self.logger.exception("could not read the latest reports")
            return []
        known = self.known([u for u, _ in latest])
        requests = []
        for report_url, series_key in latest:
            candidate = Link(report_url, None, None, "revisit", report_url)
            self.crawler.stats.inc_value("sitrep/reports/revisits")
            requests.append(self._report_request(candidate, series_key, known.get(report_url)))
        return requests

    def _discovery_request(
        self, url: str, kind: str, callback: Any, known: KnownPage | None = None
    ) -> scrapy.Request:
        conditional = known is not None and self.policy.conditional_discovery
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            headers=known.validators() if conditional else None,
            meta={"sitrep_kind": kind, "handle_httpstatus_list": [NOT_MODIFIED]},
            priority=10,
            # Alone, a crawl asks for every discovery page; on a shared frontier, the first
            # worker to schedule a page does.
            dont_filter=not self.settings.get("SITREP_FRONTIER"),
        )

    def _report_request(
        self,
        candidate: Link,
        series_key: str,
        known: KnownPage | None,
        dont_filter: bool = False,
    ) -> scrapy.Request:
        self.scheduled_urls.add(candidate.url)
        return scrapy.Request(
            candidate.url,
            callback=self.parse_report,
            errback=self.on_error,
            headers=known.validators() if known else None,
            meta={"sitrep_kind": "report", "handle_httpstatus_list": [NOT_MODIFIED]},
            cb_kwargs={"series_key": series_key, "candidate": candidate},
            dont_filter=dont_filter,
        )

    def requeue_request(self, url: str, series_key: str) -> scrapy.Request:
        """A report link owed by a shared frontier but not stored (its worker died)."""
        candidate = Link(url, None, None, "frontier", url)
        return self._report_request(candidate, series_key, None, dont_filter=True)

    def _unchanged_discovery(self, response: Response) -> bool:
        """A 304 for a discovery page: nothing new there since the last clean night."""
        if response.status != NOT_MODIFIED:
            if response.meta.get("sitrep_kind") != "archive":
                self.discovery_seen[response.url] = _page_seen(response.url, response)
            return False
        self.crawler.stats.inc_value("sitrep/discovery/not_modified")
        return True

    # -- discovery -------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS 2.0 and Atom."""
        if self._unchanged_discovery(response):
            return
        if not isinstance(response, TextResponse):
            yield from self._discovery_failed(response, "feed is not text")
            return
        yield from self._follow(response, self.candidates_from_feed(response))

    def candidates_from_feed(self, response: TextResponse) -> list[Link]:
        """Every entry of an RSS 2.0 or Atom feed, with its title and date."""
        return self._counted(read_feed(response.body, response.url, **self._reading(response)))

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Sitemap indexes are followed; news sitemaps give titles and dates."""
        if self._unchanged_discovery(response):
            return
        if not isinstance(response, TextResponse):
            yield from self._discovery_failed(response, "sitemap is not text")
            return
        nested, candidates = self.candidates_from_sitemap(response)
        known = self.known(nested)
        for loc in nested:
            yield self._discovery_request(loc, "sitemap", self.parse_sitemap, known.get(loc))
        if nested and not candidates:
            return  # an index: its sitemaps hold the links
        yield from self._follow(response, candidates)

    def candidates_from_sitemap(self, response: TextResponse) -> tuple[list[str], list[Link]]:
        """The sitemaps a sitemap index lists, and the pages of a (news) sitemap."""
        found = read_sitemap(response.body, response.url, **self._reading(response))
        return found.nested, self._counted(found)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Section pages and, in backfills, day archives."""
        if self._unchanged_discovery(response):
            return
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
        """Requests for a discovery page's report links that are worth asking for tonight."""
        matched = [(c, s) for c in candidates if (s := self.series_for(c)) is not None]
        self.crawler.stats.inc_value("sitrep/discovery/matched", len(matched))
        # Newest first, so a capped night fetches the latest reports.
        matched.sort(key=lambda pair: _newest(pair[0]), reverse=True)
        known = self.known([c.url for c, _ in matched if c.url not in self.scheduled_urls])
        dated = [d for c in candidates for d in (c.published, c.modified) if d]
        oldest = self.policy.oldest_wanted(max(dated) if dated else None)
        owed = self.discovery_links.setdefault(page_url, set())
        requests = []
        for candidate, series in matched:
            if candidate.url not in self.matched_urls:
                self.matched_urls.add(candidate.url)
                self.crawler.stats.inc_value("sitrep/discovery/unique")
            if candidate.url in self.scheduled_urls:
                owed.add(candidate.url)
                continue  # already asked for tonight
            decision = self.policy.decide(
                known.get(candidate.url), candidate.published, candidate.modified, oldest
            )
            if decision in (Decision.SKIP, Decision.TOO_OLD, Decision.TOO_NEW):
                if decision is Decision.TOO_NEW:  # left for a later night, still owed
                    owed.add(candidate.url)
                if candidate.url not in self.skipped_urls:
                    self.skipped_urls.add(candidate.url)
                    self.crawler.stats.inc_value(f"sitrep/reports/{decision}")
                continue
            owed.add(candidate.url)
            if len(self.scheduled_urls) >= self.policy.max_reports:
                self.crawler.stats.inc_value("sitrep/reports/capped")
                continue
            requests.append(self._report_request(candidate, series.key, known.get(candidate.url)))
        return requests

    def series_for(self, candidate: Link) -> Series | None:
        """The series a discovered link may be a report of (``None``: not worth fetching).

        A feed or sitemap entry titled like the series is fetched even when its URL does
        not match the series' pattern (outlets change their URL shapes); anchor texts of
        listing pages are too loose for that.
        """
        if urlsplit(candidate.url).scheme not in ("http", "https"):
            return None
        found = self.source.series_match(candidate.url, candidate.title)
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
            self.crawler.stats.inc_value("sitrep/reports/not_modified")
            return
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
            for url in {candidate.url, response.url}:
                self.not_reports[url] = _page_seen(url, response)
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
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            response_bytes=len(response.body),
        )
        return (
            response.body,
            _header(response, b"Content-Type"),
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

    def record_failure(self, url: str, reason: str, kind: str = "discovery") -> None:
        """Count a failure (``sitrep/errors/<kind>``) and keep its reason for the crawl ledger."""
        self.crawler.stats.inc_value("sitrep/errors")
        self.crawler.stats.inc_value(f"sitrep/errors/{kind}")
        self.logger.warning("%s: %s", url, reason, extra={"url": url, "reason": reason})
        if len(self.failures) < MAX_RECORDED_FAILURES:
            self.failures.append(
                {"url": url, "reason": reason, "at": dt.datetime.now(dt.UTC).isoformat()}
            )


def _page_seen(url: str, response: Response) -> PageSeen:
    """``url`` with the validators ``response`` came with."""
    return PageSeen(url, _header(response, b"ETag"), _header(response, b"Last-Modified"))


def _newest(candidate: Link) -> dt.datetime:
    return candidate.newest or dt.datetime.min.replace(tzinfo=dt.UTC)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


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
