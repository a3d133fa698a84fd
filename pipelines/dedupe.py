"""Dedupe: decide which stored report, if any, an item is a version of.

The ladder (see :func:`store.repository.find_matches`) is deterministic and
never compares titles: a daily series repeats its headline every day. Items are
looked up together, ``SITREP_STORE_BATCH`` at a time or what arrived within
``SITREP_STORE_BATCH_SECONDS`` (the store's batch), with one statement per batch.
"""

from __future__ import annotations

import time
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from crawler.items import SituationReport
from crawler.ledger import run_id_of
from crawler.similarity import UNRELATED_BITS
from store.database import Database
from store.repository import Match, find_matches, quarantine_item

from .base import SitrepPipeline


class DedupePipeline(SitrepPipeline):
    async def process_item(self, item: SituationReport) -> SituationReport:
        source_id, series_ids = self.source_ids(item.source)
        checked = self.checker.check(item, source_id, series_ids[item.series], self.stats)
        match = await maybe_deferred_to_future(checked)
        if match is None:
            return item
        if match.rule == "identity" and match.distance > UNRELATED_BITS:
            # Same day, same series, but unrelated text at another URL: never merge silently.
            reason = (
                f"identity conflict: report {match.report_id} of {item.series} on {item.report_date} "
                f"has unrelated content ({match.distance} of 64 fingerprint bits differ)"
            )
            with self.database.session() as session:
                quarantine_item(session, item, [reason], run_id_of(self.crawler))
            self.stats.inc_value("sitrep/quarantined")
            raise DropItem(f"quarantined {item.url}: {reason}")
        item.match_report_id, item.match_rule = match.report_id, match.rule
        self.stats.inc_value(f"sitrep/dedupe/match/{match.rule}")
        return item

    @property
    def checker(self) -> DedupeBatcher:
        return checker_for(
            self.database,
            self.settings.getint("SITREP_STORE_BATCH"),
            self.settings.getfloat("SITREP_STORE_BATCH_SECONDS"),
        )

    def close_spider(self) -> None:
        self.checker.flush()


Waiting = tuple[int, int, SituationReport, StatsCollector, defer.Deferred]


class DedupeBatcher:
    """Items of every spider of the process (one database), looked up ``size`` at a time or
    after ``delay`` seconds, whichever comes first, on one connection with one statement.

    Items of one batch do not see each other (none is stored yet), as an item does not see
    one waiting in the store's batch: the store writes colliding items one by one and looks
    each up again.
    """

    def __init__(self, database: Database, size: int, delay: float):
        self.database = database
        self.size = max(1, size)
        self.delay = delay
        self.pending: list[Waiting] = []
        self._timer: Any = None

    def check(
        self, item: SituationReport, source_id: int, series_id: int, stats: StatsCollector
    ) -> defer.Deferred:
        """A Deferred fired with the item's :class:`Match`, or ``None``."""
        from twisted.internet import reactor

        done: defer.Deferred = defer.Deferred()
        self.pending.append((source_id, series_id, item, stats, done))
        if len(self.pending) >= self.size or self.delay <= 0:
            self.flush()
        elif self._timer is None:
            self._timer = reactor.callLater(self.delay, self.flush)  # type: ignore[attr-defined]
        return done

    def flush(self) -> None:
        if self._timer is not None and self._timer.active():
            self._timer.cancel()
        self._timer = None
        batch, self.pending = self.pending, []
        if not batch:
            return
        started = time.perf_counter()
        results: list[Match | None] | list[Exception]
        try:
            with self.database.reading() as connection:
                results = find_matches(connection, [entry[:3] for entry in batch])
        except Exception as error:  # every waiting item is answered, never left pending
            results = [error] * len(batch)
        share = (time.perf_counter() - started) / len(batch)  # database time, not waiting
        for (*_, stats, done), result in zip(batch, results, strict=True):
            stats.inc_value("sitrep/time/dedupe", share)
            if isinstance(result, Exception):
                done.errback(result)
            else:
                done.callback(result)


_CHECKERS: dict[tuple[str, int, float], DedupeBatcher] = {}


def checker_for(database: Database, size: int, delay: float) -> DedupeBatcher:
    """The process's dedupe batcher for ``database`` (shared by the pipelines of all spiders)."""
    key = (database.url, size, delay)
    if key not in _CHECKERS:
        _CHECKERS[key] = DedupeBatcher(database, size, delay)
    return _CHECKERS[key]
