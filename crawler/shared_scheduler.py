"""The scheduler of a crawl on a shared frontier (``sitrep crawl --redis``, see
:mod:`crawler.frontier`): scrapy-redis's, which keeps the requests in Redis.

Should Redis stop answering in the middle of the night, every engine tick would fail with
a traceback and the spider never close. Here the first error loses the frontier
(:func:`crawler.frontier.frontier_lost`: one failure with its reason, the spider closed)
and the scheduler then answers as an empty one.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from scrapy_redis.scheduler import Scheduler

from crawler.frontier import while_frontier_answers


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler, closing the spider when Redis is lost."""

    def open(self, spider: Any) -> Any:
        self.spider = spider
        return while_frontier_answers(spider.crawler, partial(super().open, spider))

    def enqueue_request(self, request: Any) -> bool:
        ask = partial(super().enqueue_request, request)
        return bool(while_frontier_answers(self.spider.crawler, ask, False))

    def next_request(self) -> Any:
        return while_frontier_answers(self.spider.crawler, super().next_request)

    def has_pending_requests(self) -> bool:
        ask = super().has_pending_requests
        return bool(while_frontier_answers(self.spider.crawler, ask, False))
