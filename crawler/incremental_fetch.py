"""The incremental night as a spider middleware, in the DeltaFetch idiom.

Spiders ask for every discovery page and yield a request for every link that looks like
a report; :class:`IncrementalFetch` decides which of them leave tonight (see
:class:`crawler.incremental.IncrementalPolicy`): it adds the validators of known pages
(conditional requests), drops the links left alone, caps a source's reports, adds the
revisits of the newest stored reports, and counts each decision in the stats.

It also owns the rule that *a 304 never hides a report*: when the spider closes it
remembers the pages found not to be reports, then each discovery page whose report links
are all known by then (stored, or known not to be reports). Only those pages may answer
304 next time; a link that failed, was capped, quarantined or cut short by a kill keeps
its discovery page parsed on the next night.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Any, Self

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.dbguard import CLOSE_REASONS, GUARD
from crawler.discovery import Link
from crawler.incremental import Decision, IncrementalPolicy
from crawler.logs import exception_line
from crawler.urls import normalize_url
from store.database import shared_database
from store.fetch_state import (
    KnownPage,
    PageSeen,
    known_pages,
    latest_report_urls,
    remember_pages,
)

logger = logging.getLogger(__name__)

NOT_MODIFIED = 304
DISCOVERY_KINDS = frozenset({"rss", "sitemap", "listing", "archive"})
# Request meta: the newest date on the discovery page that listed a report link.
PAGE_NEWEST = "sitrep_page_newest"


@dataclass(frozen=True)
class NotAReport:
    """Spider output for a page fetched as a report that is another article: remembered
    (and not fetched again) by :class:`IncrementalFetch`, never passed to the pipelines."""

    urls: tuple[str, ...]
    etag: str | None = None
    last_modified: str | None = None


class IncrementalFetch:
    """Spider middleware: which report links are fetched tonight, and which discovery
    pages may answer 304 next time."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.policy = IncrementalPolicy.from_settings(crawler.settings)
        self.database_url: str | None = crawler.settings.get("SITREP_DATABASE_URL")
        self.matched: set[str] = set()  # report links discovered tonight
        self.scheduled: set[str] = set()  # report links asked for tonight
        self.skipped: set[str] = set()  # known ones left alone
        # Discovery pages read tonight and the report links each one owes.
        self.discovery_seen: dict[str, PageSeen] = {}
        self.owed: dict[str, set[str]] = {}
        self.not_reports: dict[str, PageSeen] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    # -- what the database knows --------------------------------------------------------

    def known(self, urls: Iterable[str]) -> dict[str, KnownPage]:
        """What the database knows of ``urls`` (and of their normalized forms), by given URL."""
        urls = list(urls)
        if not self.database_url or not urls or GUARD.stopped:
            return {}
        keys = {u: [u, normalize_url(u)] for u in urls}
        try:
            with shared_database(self.database_url).reading() as connection:
                found = known_pages(connection, [k for ks in keys.values() for k in ks])
        except Exception as error:  # no state only means no conditional requests
            if not GUARD.check(error):  # a database gone stops the crawl, said once
                logger.exception("could not read the fetch state", extra=self._for_spider())
            return {}
        return {u: found[k] for u, ks in keys.items() for k in ks if k in found}

    def _for_spider(self) -> dict[str, Any]:
        """Log record extras that make an error one of the spider's failures."""
        return {"spider": self.crawler.spider}

    # -- the spider's start and output -------------------------------------------------

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """Discovery pages with their validators, then the revisits of the newest reports."""
        for request in self._with_validators([request async for request in start]):
            yield request
        for request in self._revisits():
            yield request

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        kind = response.meta.get("sitrep_kind")
        reports: list[scrapy.Request] = []
        others: list[scrapy.Request] = []
        async for output in result:
            if isinstance(output, NotAReport):
                self._not_a_report(output)
            elif isinstance(output, scrapy.Request) and output.meta.get("sitrep_kind") == "report":
                reports.append(output)
            elif isinstance(output, scrapy.Request):
                others.append(output)
            else:
                yield output
        if response.status == NOT_MODIFIED:
            family = "discovery" if kind in DISCOVERY_KINDS else "reports"
            self.stats.inc_value(f"sitrep/{family}/not_modified")
        elif kind in DISCOVERY_KINDS and kind != "archive":
            self.discovery_seen[response.url] = page_seen(response.url, response)
        for request in self._with_validators(others):
            yield request
        if kind in DISCOVERY_KINDS and reports:
            for request in self._decide(response.url, reports):
                yield request
        else:
            for request in reports:
                self.scheduled.add(request.url)
                yield request

    def _with_validators(self, requests: list[Any]) -> list[Any]:
        """Discovery requests sent conditionally where a validator is known."""
        if not self.policy.conditional_discovery:
            return requests
        discovery = [
            r
            for r in requests
            if isinstance(r, scrapy.Request) and r.meta.get("sitrep_kind") in DISCOVERY_KINDS
        ]
        known = self.known(r.url for r in discovery)
        for request in discovery:
            if request.url in known:
                request.headers.update(known[request.url].validators())
        return requests

    def _decide(self, page_url: str, requests: list[scrapy.Request]) -> list[scrapy.Request]:
        """The report requests of one discovery page worth sending tonight, newest first.

        Every decision is taken before the first request leaves: the links this page owes
        are then complete even if the night is cut short.
        """
        requests = sorted(requests, key=lambda r: _newest(_link(r)), reverse=True)
        known = self.known(r.url for r in requests if r.url not in self.scheduled)
        newest_on_page = requests[0].meta.get(PAGE_NEWEST)
        oldest = self.policy.oldest_wanted(newest_on_page)
        owed = self.owed.setdefault(page_url, set())
        leaving = []
        for request in requests:
            url, link = request.url, _link(request)
            if url not in self.matched:
                self.matched.add(url)
                self.stats.inc_value("sitrep/discovery/unique")
            if url in self.scheduled:
                owed.add(url)
                continue  # already asked for tonight
            decision = self.policy.decide(known.get(url), link.published, link.modified, oldest)
            if decision in (Decision.SKIP, Decision.TOO_OLD, Decision.TOO_NEW):
                if decision is Decision.TOO_NEW:  # left for a later night, still owed
                    owed.add(url)
                if url not in self.skipped:
                    self.skipped.add(url)
                    self.stats.inc_value(f"sitrep/reports/{decision}")
                continue
            owed.add(url)
            if len(self.scheduled) >= self.policy.max_reports:
                self.stats.inc_value("sitrep/reports/capped")
                continue
            if url in known:
                request.headers.update(known[url].validators())
            self.scheduled.add(url)
            leaving.append(request)
        return leaving

    def _revisits(self) -> list[scrapy.Request]:
        """Conditional requests for the newest stored reports of each series."""
        spider = self.crawler.spider
        if not self.database_url or self.policy.revisit_latest <= 0 or self.policy.since:
            return []
        if GUARD.stopped:  # the crawl is stopping
            return []
        try:
            with shared_database(self.database_url).session() as session:
                latest = latest_report_urls(session, spider.name, self.policy.revisit_latest)
        except Exception as error:
            if not GUARD.check(error):
                logger.exception("could not read the latest reports", extra=self._for_spider())
            return []
        known = self.known(url for url, _ in latest)
        requests = []
        for report_url, series_key in latest:
            request = spider.report_request(  # type: ignore[attr-defined]
                Link(report_url, None, None, "revisit", report_url), series_key
            )
            if report_url in known:
                request.headers.update(known[report_url].validators())
            self.scheduled.add(report_url)
            self.stats.inc_value("sitrep/reports/revisits")
            requests.append(request)
        return requests

    def _not_a_report(self, found: NotAReport) -> None:
        for url in found.urls:
            self.not_reports[url] = PageSeen(url, found.etag, found.last_modified)

    # -- the end of the night -----------------------------------------------------------

    def spider_closed(self, spider: scrapy.Spider, reason: str) -> None:
        if not self.database_url or GUARD.stopped or reason in CLOSE_REASONS:
            return
        try:
            with shared_database(self.database_url).session() as session:
                self.remember(session, spider.name)
        except Exception as error:
            if not GUARD.check(error):
                logger.error(
                    "could not remember the discovery pages of %s: %s",
                    spider.name,
                    exception_line(error),
                )

    def remember(self, session: Any, source: str) -> None:
        """Pages found not to be reports, then each discovery page whose report links are
        all known now."""
        fetched_at = self.stats.get_value("start_time") or dt.datetime.now(dt.UTC)
        remember_pages(
            session,
            self.not_reports.values(),
            source=source,
            kind="not_report",
            fetched_at=fetched_at,
        )
        session.flush()
        known = known_pages(session, {url for links in self.owed.values() for url in links})
        complete = [
            page
            for url, page in self.discovery_seen.items()
            if all(link in known for link in self.owed.get(url, ()))
        ]
        remember_pages(session, complete, source=source, kind="discovery", fetched_at=fetched_at)
        self.stats.set_value("sitrep/discovery/remembered", len(complete))


def page_seen(url: str, response: Response) -> PageSeen:
    """``url`` with the validators ``response`` came with."""
    return PageSeen(url, header(response, b"ETag"), header(response, b"Last-Modified"))


def header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _link(request: scrapy.Request) -> Link:
    return request.cb_kwargs["candidate"]


def _newest(link: Link) -> dt.datetime:
    return link.newest or dt.datetime.min.replace(tzinfo=dt.UTC)
