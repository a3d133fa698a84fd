"""The scheduler of a crawl on a shared frontier (``sitrep crawl --redis``, see
:mod:`crawler.frontier`): scrapy-redis's, which keeps the requests in Redis.

Should Redis stop answering in the middle of the night, every engine tick would fail with
a traceback and the spider never close. Here the first error loses the frontier
(:func:`crawler.frontier.frontier_lost`: one failure with its reason, the spider closed)
and the scheduler then answers as an empty one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from redis.exceptions import RedisError
from scrapy_redis.scheduler import Scheduler

from crawler.frontier import frontier_lost


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler, closing the spider when Redis is lost."""

    def open(self, spider: Any) -> Any:
        self.spider = spider
        return self._asking(partial(super().open, spider), None)

    def enqueue_request(self, request: Any) -> bool:
        return bool(self._asking(partial(super().enqueue_request, request), False))

    def next_request(self) -> Any:
        return self._asking(super().next_request, None)

    def has_pending_requests(self) -> bool:
        return bool(self._asking(super().has_pending_requests, False))

    def _asking(self, ask: Callable[[], Any], otherwise: Any) -> Any:
        """``ask()`` while the frontier answers; ``otherwise`` once it is lost."""
        crawler = self.spider.crawler
        if getattr(crawler, "sitrep_frontier_lost", None):
            return otherwise
        try:
            return ask()
        except RedisError as error:
            frontier_lost(crawler, error)
            return otherwise
