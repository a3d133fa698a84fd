"""Progress lines on stderr while `sitrep crawl` runs (one per source every few seconds)."""

from __future__ import annotations

import sys
import time
from typing import Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

INTERVAL = 5.0
_started: float | None = None


def started() -> float:
    """When the process's first source started (``time.monotonic``): every source's lines
    count from there, so elapsed times never go backwards from one line to the next."""
    global _started
    if _started is None:
        _started = time.monotonic()
    return _started


class ProgressReporter:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.started = started()
        self._loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("SITREP_PROGRESS"):
            raise NotConfigured
        reporter = cls(crawler)
        crawler.signals.connect(reporter.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(reporter.spider_closed, signal=signals.spider_closed)
        return reporter

    def line(self, spider: Spider, state: str) -> str:
        stats = self.crawler.stats
        return (
            f"[{time.monotonic() - self.started:5.0f}s] {spider.name:<20} {state:<8} "
            f"requests={stats.get_value('downloader/request_count', 0)} "
            f"reports={stats.get_value('sitrep/reports/scraped', 0)} "
            f"new={stats.get_value('sitrep/store/new', 0)} "
            f"revised={stats.get_value('sitrep/store/revised', 0)} "
            f"quarantined={stats.get_value('sitrep/quarantined', 0)} "
            f"errors={stats.get_value('sitrep/errors', 0)}"
        )

    def spider_opened(self, spider: Spider) -> None:
        self._loop = task.LoopingCall(
            lambda: print(self.line(spider, "running"), file=sys.stderr, flush=True)
        )
        self._loop.start(INTERVAL, now=False)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        print(self.line(spider, reason), file=sys.stderr, flush=True)
