"""The crawl's stats collector: Scrapy's in-memory one, without two costs of its own.

* Scrapy 2.19 routes every attribute lookup on a stats collector through a Python
  ``__getattribute__`` (to warn about a ``spider`` argument, which sitrep never passes):
  about 50 lookups a page, each a few times dearer than a plain one.
* Each spider's stats dump is formatted when the spider closes even when the log level
  hides it; here it is formatted only when it will be written.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.statscollectors import logger as scrapy_stats_logger


class CrawlStats(MemoryStatsCollector):
    """``STATS_CLASS`` of sitrep crawls (the values and their keys are Scrapy's)."""

    __getattribute__ = object.__getattribute__  # type: ignore[assignment]

    def close_spider(self, spider: Any = None, reason: str | None = None) -> None:
        self._dump = self._dump and scrapy_stats_logger.isEnabledFor(logging.INFO)
        super().close_spider(spider, reason)
