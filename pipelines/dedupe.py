"""Dedupe: decide which stored report, if any, an item is a version of.

The ladder (see :func:`store.repository.find_matches`) is deterministic and
never compares titles: a daily series repeats its headline every day. Items are
looked up together, ``SITREP_STORE_BATCH`` at a time or what arrived within
``SITREP_STORE_BATCH_SECONDS`` (the store's batch), with one statement per batch.
"""

from __future__ import annotations

from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from crawler.items import SituationReport
from crawler.similarity import UNRELATED_BITS
from store.database import Database
from store.repository import Match, find_matches

from .base import SitrepPipeline, database_stage
from .batching import Batcher


class DedupePipeline(SitrepPipeline):
    def open_spider(self) -> None:
        self.checker.follow(self.flow)

    @database_stage
    async def process_item(self, item: SituationReport) -> SituationReport:
        source_id, series_ids = self.source_ids(item.source)
        checked = self.checker.check(item, source_id, series_ids[item.series], self.stats)
        match = await maybe_deferred_to_future(checked)
        if match is None:
            return item
        conflict = identity_conflict(item, match)
        if conflict:
            raise self.quarantined(item, [conflict])
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


def identity_conflict(item: SituationReport, match: Match | None) -> str | None:
    """Why ``item`` must not become a version of ``match``: the same day of the same series,
    but unrelated text at another URL (never merged silently); ``None`` if it may."""
    if match is None or match.rule != "identity" or match.distance <= UNRELATED_BITS:
        return None
    return (
        f"identity conflict: report {match.report_id} of {item.series} on {item.report_date} "
        f"has unrelated content ({match.distance} of 64 fingerprint bits differ)"
    )


Lookup = tuple[int, int, SituationReport]  # source id, series id, item


class DedupeBatcher(Batcher[Lookup]):
    """Items of every spider of the process (one database), looked up together on one
    connection with one statement.

    Items of one batch do not see each other (none is stored yet), as an item does not see
    one waiting in the store's batch: the store writes colliding items one by one and looks
    each up again.
    """

    stage = "dedupe"

    def __init__(self, database: Database, size: int, delay: float):
        super().__init__(1 if delay <= 0 else size, delay)
        self.database = database

    def check(
        self, item: SituationReport, source_id: int, series_id: int, stats: StatsCollector
    ) -> defer.Deferred:
        """A Deferred fired with the item's :class:`Match`, or ``None``."""
        return self.add((source_id, series_id, item), stats)

    def handle(self, entries: list[Lookup]) -> list[Match | None]:
        with self.database.reading() as connection:
            return find_matches(connection, entries)


_CHECKERS: dict[tuple[str, int, float], DedupeBatcher] = {}


def checker_for(database: Database, size: int, delay: float) -> DedupeBatcher:
    """The process's dedupe batcher for ``database`` (shared by the pipelines of all spiders)."""
    key = (database.url, size, delay)
    if key not in _CHECKERS:
        _CHECKERS[key] = DedupeBatcher(database, size, delay)
    return _CHECKERS[key]
