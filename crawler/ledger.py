"""The crawl ledger: one row per run and per source's part of it, with counts and a status.

A Scrapy extension: it opens the source's row when the spider opens and fills
it from the crawler's stats and the spider's recorded failures when it closes,
so the outcome of every night is in the database, whatever happened.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from sqlalchemy import select

from pipelines.base import run_id_of
from pipelines.db.database import shared_database
from pipelines.db.models import CrawlRun, SourceRun

logger = logging.getLogger(__name__)

STATUSES = ("ok", "no_new_report", "blocked", "discovery_broken", "parser_drift", "error")
FAILED_STATUSES = frozenset({"blocked", "discovery_broken", "parser_drift", "error"})


def source_status(stats: dict[str, Any], finish_reason: str | None) -> str:
    """The health of one source's crawl, from its stats."""
    stored = sum(stats.get(f"sitrep/store/{k}", 0) for k in ("new", "revised"))
    seen = stored + stats.get("sitrep/store/unchanged", 0) + stats.get("sitrep/store/duplicate", 0)
    blocked = sum(stats.get(f"downloader/response_status_count/{code}", 0) for code in (403, 429))
    if finish_reason not in (None, "finished"):
        return "error"
    if blocked and not seen:
        return "blocked"
    if stats.get("sitrep/discovery/matched", 0) == 0:
        return "discovery_broken" if not seen else "ok"
    if not seen:
        if stats.get("sitrep/quarantined", 0):
            return "parser_drift"
        return "error"
    return "ok" if stored else "no_new_report"


class CrawlLedger:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.source_run_id: int | None = None
        self._own_run = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ledger = cls(crawler)
        crawler.signals.connect(ledger.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ledger.spider_closed, signal=signals.spider_closed)
        return ledger

    @property
    def database(self):  # type: ignore[no-untyped-def]
        return shared_database(self.crawler.settings.get("SITREP_DATABASE_URL"))

    def spider_opened(self, spider: Spider) -> None:
        try:
            with self.database.session() as session:
                run_id = run_id_of(self.crawler)
                if run_id is None:
                    run = CrawlRun(
                        sources=[spider.name],
                        replay=bool(self.crawler.settings.get("SITREP_REPLAY_URL")),
                    )
                    session.add(run)
                    session.flush()
                    run_id, self._own_run = run.id, True
                    self.crawler.sitrep_run_id = run_id  # type: ignore[attr-defined]
                row = session.scalar(
                    select(SourceRun).where(
                        SourceRun.run_id == run_id, SourceRun.source == spider.name
                    )
                )
                if row is None:
                    row = SourceRun(run_id=run_id, source=spider.name)
                    session.add(row)
                    session.flush()
                self.source_run_id = row.id
        except Exception:  # the ledger must never stop a crawl
            logger.exception("could not open the crawl ledger for %s", spider.name)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.source_run_id is None:
            return
        stats = self.crawler.stats.get_stats()
        status = source_status(stats, reason)
        try:
            with self.database.session() as session:
                row = session.get(SourceRun, self.source_run_id)
                if row is None:
                    return
                row.finished_at = dt.datetime.now(dt.UTC)
                row.finish_reason = reason
                row.status = status
                row.requests = stats.get("downloader/request_count", 0)
                row.discovered = stats.get("sitrep/discovery/unique", 0)
                for outcome in ("new", "revised", "unchanged"):
                    setattr(row, outcome, stats.get(f"sitrep/store/{outcome}", 0))
                row.duplicate = stats.get("sitrep/store/duplicate", 0)
                row.quarantined = stats.get("sitrep/quarantined", 0)
                row.errors = stats.get("sitrep/errors", 0) + stats.get("log_count/ERROR", 0)
                row.failures = list(getattr(spider, "failures", []))
                prefix = "downloader/response_status_count/"
                row.http_status_counts = {
                    k.removeprefix(prefix): v for k, v in stats.items() if k.startswith(prefix)
                }
                if self._own_run:
                    run = session.get(CrawlRun, row.run_id)
                    if run is not None:
                        run.finished_at = row.finished_at
                        run.status = "failed" if status in FAILED_STATUSES else "ok"
        except Exception:
            logger.exception("could not close the crawl ledger for %s", spider.name)
        self.crawler.stats.set_value("sitrep/status", status)
