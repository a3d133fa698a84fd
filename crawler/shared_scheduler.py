"""The scheduler of a crawl on a shared frontier (``sitrep crawl --redis``, see
:mod:`crawler.frontier`): scrapy-redis's, which keeps the requests in Redis.

Should Redis stop answering in the middle of the night, every engine tick would fail with
a traceback and the spider never close. Here the first error loses the frontier
(:func:`crawler.frontier.frontier_lost`: one failure with its reason, the spider closed)
and the scheduler then answers as an empty one.
"""

from __future__ import annotations

from typing import Any

from redis.exceptions import RedisError
from scrapy_redis.scheduler import Scheduler

from crawler.frontier import frontier_lost


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler, closing the spider when Redis is lost."""

    def open(self, spider: Any) -> Any:
        self.spider = spider
        try:
            return super().open(spider)
        except RedisError as error:
            frontier_lost(spider.crawler, error)
            return None

    def enqueue_request(self, request: Any) -> bool:
        if self._lost():
            return False
        try:
            return bool(super().enqueue_request(request))
        except RedisError as error:
            frontier_lost(self.spider.crawler, error)
            return False

    def next_request(self) -> Any:
        if self._lost():
            return None
        try:
            return super().next_request()
        except RedisError as error:
            frontier_lost(self.spider.crawler, error)
            return None

    def has_pending_requests(self) -> bool:
        if self._lost():
            return False
        try:
            return bool(super().has_pending_requests())
        except RedisError as error:
            frontier_lost(self.spider.crawler, error)
            return False

    def _lost(self) -> bool:
        spider = getattr(self, "spider", None)
        return spider is not None and bool(getattr(spider.crawler, "sitrep_frontier_lost", None))
