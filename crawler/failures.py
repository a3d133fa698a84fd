"""Failures of a source that its spider does not record itself: errors logged for it (a
callback or pipeline that raised, a database read that failed).

Each is counted in ``sitrep/errors`` and kept with its reason beside the spider's own
failures, so the error count in the progress lines, the summary and the ledger is the
number of failures listed, and every one has a reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from crawler.dbguard import damage_of
from crawler.logs import REPEATED, one_line

MAX_RECORDED = 200  # per source and run; the rest are summed up in one last entry


def add_failure(
    crawler: Any, spider: Any, url: str | None, reason: str, kind: str = "logged"
) -> None:
    """Count a failure (``sitrep/errors/<kind>``) and keep its reason with the spider's."""
    crawler.stats.inc_value("sitrep/errors")
    crawler.stats.inc_value(f"sitrep/errors/{kind}")
    failures = getattr(spider, "failures", None)
    if failures is None:
        failures = spider.failures = []
    if len(failures) < MAX_RECORDED:
        failures.append({"url": url, "reason": reason, "at": dt.datetime.now(dt.UTC).isoformat()})


def listed(failures: list[dict[str, Any]], errors: int) -> list[dict[str, Any]]:
    """``failures``, with one entry more saying how many were counted but not kept."""
    missing = errors - len(failures)
    if missing <= 0:
        return list(failures)
    return [*failures, {"url": None, "reason": f"{missing} more failures (not listed)"}]


class FailureLog(logging.Handler):
    """Turns each ERROR logged for ``spider`` into one of its failures (Scrapy's copies of
    failures the spider records anyway, and damaged-database errors, excepted)."""

    def __init__(self, crawler: Any, spider: Any):
        super().__init__(logging.ERROR)
        self.crawler = crawler
        self.spider = spider

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "spider", None) is not self.spider or record.name in REPEATED:
            return
        if record.exc_info and damage_of(record.exc_info[1]) is not None:
            return  # the crawl stops and says so once
        add_failure(self.crawler, self.spider, getattr(record, "url", None), one_line(record))
