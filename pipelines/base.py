"""What every sitrep pipeline shares: the crawler's settings, stats and database."""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self, TypeVar

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.backlog import Backlog, process_backlog
from crawler.dbguard import GUARD
from crawler.items import SituationReport
from crawler.ledger import run_id_of
from crawler.sources import get_source
from store.database import Database, shared_database
from store.errors import WriteConflict
from store.repository import quarantine_item, sync_source

_SOURCE_IDS: dict[tuple[str, str], tuple[int, dict[str, int]]] = {}


Method = TypeVar("Method", bound=Callable[..., Any])
Stage = TypeVar("Stage", bound=Callable[..., Awaitable[SituationReport]])


def timed(stage: str) -> Callable[[Method], Method]:
    """Add the time a pipeline's ``process_item`` takes to the ``sitrep/time/<stage>`` stat."""

    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def wrapper(self: SitrepPipeline, item: Any, *args: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(self, item, *args)
            finally:
                self.stats.inc_value(f"sitrep/time/{stage}", time.perf_counter() - started)

        return wrapper  # type: ignore[return-value]

    return decorate


def database_stage(method: Stage) -> Stage:
    """For a database stage's ``process_item``: once the database is out of use (damaged, its
    disk full or its server gone: the crawl is stopping, and says why once) an item is
    dropped quietly instead of failing with an error line of its own."""

    @functools.wraps(method)
    async def wrapper(self: SitrepPipeline, item: SituationReport) -> SituationReport:
        if not GUARD.stopped:
            try:
                return await method(self, item)
            except DropItem:
                raise
            except Exception as error:
                if not GUARD.check(error):
                    raise
        raise _out_of_use(item)

    return wrapper  # type: ignore[return-value]


def _out_of_use(item: SituationReport) -> DropItem:
    """What drops an item the database can no longer take, quietly."""
    return DropItem(f"{item.url}: not stored, the database is out of use", "DEBUG")


class SitrepPipeline:
    """Base for item pipelines; Scrapy builds them through :meth:`from_crawler`."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    @property
    def flow(self) -> Backlog | None:
        """What tells the database stages' batchers when no item is on its way."""
        return process_backlog(self.settings)

    @property
    def database(self) -> Database:
        return shared_database(self.settings.get("SITREP_DATABASE_URL"))

    def quarantined(self, item: SituationReport, reasons: list[str]) -> DropItem:
        """Put ``item`` in quarantine with its ``reasons``; the exception that drops it (quietly
        when the database is out of use: the crawl is stopping, and says why once)."""
        if GUARD.stopped:
            return _out_of_use(item)
        try:
            with self.database.session() as session:
                quarantine_item(session, item, reasons, run_id_of(self.crawler))
        except Exception as error:
            if GUARD.check(error):
                return _out_of_use(item)
            raise
        self.stats.inc_value("sitrep/quarantined")
        return DropItem(f"quarantined {item.url}: {'; '.join(reasons)}")

    def source_ids(self, slug: str) -> tuple[int, dict[str, int]]:
        """Database ids of a source and its series, mirrored from the registry once per process."""
        key = (self.database.url, slug)
        for attempt in range(2):
            if key in _SOURCE_IDS:
                break
            try:
                with self.database.session() as session:
                    _SOURCE_IDS[key] = sync_source(session, get_source(slug))
            except WriteConflict:  # another worker mirrored it first: read theirs
                if attempt:
                    raise
        return _SOURCE_IDS[key]
