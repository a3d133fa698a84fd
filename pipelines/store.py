"""Store: write each report, its URL variants, a revision when content changed and the page's
fetch state atomically — several items per transaction when they can share one.

A backfill (``--since``/``--until``) stores only reports whose report date is in its window;
the others are counted (``sitrep/reports/outside_window``) and left alone. Once the
database is known to be damaged (:mod:`crawler.dbguard`) nothing more is written.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import CloseSpider, DropItem
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from crawler.dbguard import GUARD
from crawler.incremental import IncrementalPolicy
from crawler.items import SituationReport
from crawler.similarity import bands
from crawler.sources import get_source
from store.database import Database, SchemaError, safe_url
from store.errors import DatabaseUnavailable, WriteConflict
from store.fetch_state import PageSeen, page_rows, save_page_rows
from store.repository import find_match
from store.writes import NewReport, Outcome, insert_reports, save_report

from .base import SitrepPipeline, database_stage
from .batching import Batcher
from .dedupe import identity_conflict

if TYPE_CHECKING:
    from store.database import Session

logger = logging.getLogger(__name__)


class StorePipeline(SitrepPipeline):
    """Hands items to the process's :class:`StoreBatcher` and reports each one's outcome."""

    def open_spider(self) -> None:
        try:
            upgraded = self.database.ensure_schema(
                auto_migrate=self.settings.getbool("SITREP_AUTO_MIGRATE")
            )
        except SchemaError as error:
            raise CloseSpider(str(error)) from error
        except DatabaseUnavailable as error:
            raise CloseSpider(
                f"database {safe_url(self.database.url)} unreachable: {error.orig}"
            ) from error
        if upgraded:
            logger.info(
                "database schema upgraded from %s to %s", upgraded[0] or "empty", upgraded[1]
            )
        self.batcher = batcher_for(
            self.database,
            self.settings.getint("SITREP_STORE_BATCH"),
            self.settings.getfloat("SITREP_STORE_BATCH_SECONDS"),
        )
        self.batcher.follow(self.flow)
        self.policy = IncrementalPolicy.from_settings(self.settings)

    @database_stage
    async def process_item(self, item: SituationReport) -> SituationReport:
        if not self.policy.wanted(item.report_date):
            self.stats.inc_value("sitrep/reports/outside_window")
            raise DropItem(
                f"{item.url}: report of {item.report_date}, outside the backfill window",
                log_level="DEBUG",
            )
        outcome, report_id = await maybe_deferred_to_future(self.batcher.store(item, self))
        item.match_report_id = report_id
        item.store_outcome = outcome
        self.stats.inc_value(f"sitrep/store/{outcome}")
        return item

    def close_spider(self) -> None:
        self.batcher.flush()

    def store_in(
        self,
        session: Session,
        item: SituationReport,
        *,
        rematch: bool = False,
        fetch_state: bool = True,
    ) -> tuple[Outcome, int]:
        """Write one item in ``session``'s transaction (``rematch``: look its report up again,
        another process may have stored it meanwhile; ``fetch_state``: the page's fetch
        state too, else the caller writes it)."""
        source = get_source(item.source)
        source_id, series_ids = self.source_ids(item.source)
        series_id = series_ids[item.series]
        if rematch:
            match = find_match(session, source_id, series_id, item)
            conflict = identity_conflict(item, match)
            if conflict:  # what dedupe quarantines, whenever the report was stored
                raise IdentityConflict(conflict)
            item.match_report_id = match.report_id if match else None
            item.match_rule = match.rule if match else None
        outcome, report_id = save_report(
            session,
            item,
            source_id=source_id,
            series_id=series_id,
            domains=source.allowed_domains,
            store_html=self.settings.getbool("SITREP_STORE_HTML"),
        )
        if fetch_state:
            remember_fetched(session, item, report_id)
        return outcome, report_id

    def new_report(self, item: SituationReport) -> NewReport:
        """An item no stored report matched, ready for :func:`insert_reports`."""
        source_id, series_ids = self.source_ids(item.source)
        return NewReport(
            item,
            source_id,
            series_ids[item.series],
            get_source(item.source).allowed_domains,
            keep_page=self.settings.getbool("SITREP_STORE_HTML"),
        )

    def store_alone(self, item: SituationReport, *, rematch: bool = False) -> tuple[Outcome, int]:
        """One item in its own transaction, once more after a unique-constraint race
        (``rematch``: look its report up again from the start, an item stored since its
        dedupe lookup may be its report)."""
        for attempt in range(2):
            try:
                with self.database.session() as session:
                    return self.store_in(session, item, rematch=rematch or bool(attempt))
            except WriteConflict:
                if attempt:
                    raise
            except IdentityConflict as conflict:
                raise self.quarantined(item, [str(conflict)]) from None
        raise AssertionError("unreachable")


class IdentityConflict(Exception):
    """Looked up again, the item claims a stored report's day with unrelated text."""


Pending = tuple[SituationReport, StorePipeline]


class StoreBatcher(Batcher[Pending]):
    """Items of every spider of the process (one database), stored ``size`` per transaction
    or after ``delay`` seconds, whichever comes first.

    Batching costs nothing in safety: each item's fetch state is written with it, so a
    batch lost to a crash is fetched again next time. An item that could collide with one
    before it in the batch — the same identity, URL, content or matched report — is stored
    alone after the others; a batch that meets a unique-constraint race is stored one by
    one.
    """

    stage = "store"

    def __init__(self, database: Database, size: int, delay: float):
        super().__init__(1 if delay <= 0 else size, delay)
        self.database = database

    def store(self, item: SituationReport, pipeline: StorePipeline) -> defer.Deferred:
        """A Deferred fired with ``(outcome, report id)`` once the item is committed."""
        return self.add((item, pipeline), pipeline.stats)

    def handle(self, entries: list[Pending]) -> list[tuple[Outcome, int] | BaseException]:
        return self._write(entries)

    def _write(self, batch: list[Pending]) -> list[tuple[Outcome, int] | BaseException]:
        if GUARD.stopped:  # nothing more into a database out of use
            return [DropItem("not stored, the database is out of use", "DEBUG") for _ in batch]
        results: list[tuple[Outcome, int] | BaseException | None] = [None] * len(batch)
        together, colliding = together_and_alone([item for item, _ in batch])
        one_by_one = list(range(len(batch)))
        if len(together) > 1:
            try:
                with self.database.session() as session:
                    stored = store_together(session, [batch[n] for n in together])
            except (WriteConflict, DatabaseUnavailable):
                pass  # a race with another process, or a busy database: one by one below
            except Exception as error:
                if GUARD.check(error):
                    return self._write(batch)
                # An item the database refuses (a value too long...) rolled the batch back:
                # one by one below, so that only that item fails.
            else:
                for n, result in zip(together, stored, strict=True):
                    results[n] = result
                one_by_one = colliding
        for n in one_by_one:  # in the order they came
            item, pipeline = batch[n]
            if GUARD.stopped:
                results[n] = DropItem("not stored, the database is out of use", "DEBUG")
                continue
            try:
                # One that collides with an item before it is looked up again: that item,
                # stored now, may be its report (a copy of it under another URL).
                results[n] = pipeline.store_alone(item, rematch=n in colliding)
            except Exception as error:  # this item fails; the others are stored
                GUARD.check(error)
                results[n] = error
        assert all(result is not None for result in results)
        return results  # type: ignore[return-value]


def store_together(session: Session, batch: list[Pending]) -> list[tuple[Outcome, int]]:
    """Write independent items in ``session``'s transaction: the new reports with one
    statement per table, the others one by one, and every page's fetch state in one upsert."""
    results: list[tuple[Outcome, int] | None] = [None] * len(batch)
    new = [n for n, (item, _) in enumerate(batch) if item.match_report_id is None]
    for n, (item, pipeline) in enumerate(batch):
        if item.match_report_id is not None:
            results[n] = pipeline.store_in(session, item, fetch_state=False)
    ids = insert_reports(session, [batch[n][1].new_report(batch[n][0]) for n in new])
    for n, report_id in zip(new, ids, strict=True):
        results[n] = ("new", report_id)
    stored = [result for result in results if result is not None]
    assert len(stored) == len(batch)
    save_page_rows(
        session,
        [
            row
            for (item, _), (_, report_id) in zip(batch, stored, strict=True)
            for row in fetched_rows(item, report_id)
        ],
    )
    return stored


def together_and_alone(items: list[SituationReport]) -> tuple[list[int], list[int]]:
    """The positions of the items that can be written together, and of those written one by
    one after them: an item that could touch the rows of an item before it (the same
    identity, URL, content, near-duplicate band or matched report) waits for that one."""
    together: list[int] = []
    alone: list[int] = []
    seen: set[object] = set()
    for n, item in enumerate(items):
        keys = {
            ("identity", item.source, item.series, item.report_date),
            ("hash", item.content_hash),
            # near-duplicates of one source (the same text under another day's URL)
            *(("band", item.source, i, band) for i, band in enumerate(bands(item.simhash or 0))),
            *(("url", url) for url in (*item.url_variants, item.url, item.normalized_url) if url),
        }
        if item.match_report_id is not None:
            keys.add(("report", item.match_report_id))
        (alone if keys & seen else together).append(n)
        seen |= keys
    return together, alone


_BATCHERS: dict[tuple[str, int, float], StoreBatcher] = {}


def batcher_for(database: Database, size: int, delay: float) -> StoreBatcher:
    """The process's batcher for ``database`` (shared by the pipelines of all spiders)."""
    key = (database.url, size, delay)
    if key not in _BATCHERS:
        _BATCHERS[key] = StoreBatcher(database, size, delay)
    return _BATCHERS[key]


def remember_fetched(session: Session, item: SituationReport, report_id: int) -> None:
    """Keep the page's validators with the report, in the same transaction: a page is only
    ever skipped or revalidated once what it holds is stored."""
    save_page_rows(session, fetched_rows(item, report_id))


def fetched_rows(item: SituationReport, report_id: int) -> list[dict[str, Any]]:
    """The ``fetch_state`` rows of the item's page under each of its URLs."""
    if item.fetch is None:
        return []
    urls = [*item.url_variants, item.url]
    if item.normalized_url:
        urls.append(item.normalized_url)
    return page_rows(
        (PageSeen(url, item.fetch.etag, item.fetch.last_modified) for url in urls),
        source=item.source,
        kind="report",
        fetched_at=item.fetch.fetched_at,
        report_id=report_id,
    )
