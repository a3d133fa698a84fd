"""A crawl frontier shared by several worker processes through Redis (scrapy-redis).

``sitrep crawl --redis redis://host:6379/0`` switches Scrapy's scheduler and dupefilter to
scrapy-redis's, keyed by a frontier name (default: today's date), so every worker started
for the same night pulls from one queue and fetches each URL once. The database stays the
single source of truth: what is stored, and which report links are still owed.

scrapy-redis pops a request destructively: a worker killed mid-page takes its in-flight
requests with it. :class:`FrontierKeeper` makes that safe. Every report link scheduled
by any worker is recorded in Redis (``owed``), and so is every discovery page (feed,
sitemap, listing, archive: ``owed_discovery``) until it is settled: parsed with each link
it yielded scheduled (:class:`SettledDiscovery` says so), or failed for good and recorded
as a failure. A worker whose queue is empty waits while other workers are still busy, then
re-queues every owed link the database does not know yet and every discovery page still
owed (each once per process, past the dupefilter), and only then closes. A survivor
therefore finishes a killed worker's share, the links of the discovery pages it had taken
included, and so does a rerun of the same frontier.

Whoever pops a discovery page parses it, so a worker may end a night having parsed none
of a source's pages: each worker shares what its discovery found (``discovery``) and,
when it closes, takes the others' findings into its stats (``sitrep/frontier/elsewhere/*``)
so that the ledger does not call a source that another worker crawled broken.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import logging
import os
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, Self

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response

from crawler.incremental_fetch import DISCOVERY_KINDS
from store.database import shared_database
from store.errors import first_line, masked_url
from store.fetch_state import known_pages

logger = logging.getLogger(__name__)

# A worker that has not said it is busy for this long is dead or idle.
BUSY_SECONDS = 15.0
# How often a worker with work in hand (a page being extracted or stored counts) says so.
HEARTBEAT_SECONDS = 5.0
KEY_TTL_SECONDS = 3 * 24 * 3600
# Longest wait for a Redis answer before the frontier counts as lost (scrapy-redis's own).
REDIS_TIMEOUT = 30.0

# Signal, sent with ``request`` and ``spider``: a discovery request is settled (its links
# are scheduled, or it failed for good and its failure is recorded); nothing owes it now.
discovery_settled = object()


def frontier_settings(redis_url: str, frontier: str) -> dict[str, Any]:
    """The Scrapy settings that put a crawl on the shared frontier ``frontier``."""
    prefix = f"sitrep:{frontier}:%(spider)s"
    return {
        "SCHEDULER": "crawler.shared_scheduler.SharedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_PERSIST": True,  # other workers may still be using it
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:seen",
        "REDIS_URL": redis_url,
        "SITREP_REDIS_URL": redis_url,
        "SITREP_FRONTIER": frontier,
    }


def frontier_problem(redis_url: str, timeout: float = 5.0) -> str | None:
    """Why a crawl cannot share a frontier at ``redis_url`` (the package missing, the
    server unreachable or refusing), or ``None`` when Redis answers."""
    try:
        import redis
    except ImportError:
        return "--redis needs the redis package: pip install 'sitrep[redis]'"
    try:
        client = redis.Redis.from_url(
            redis_url, socket_connect_timeout=timeout, socket_timeout=timeout
        )
        client.ping()
        client.close()
    except (ValueError, redis.RedisError) as error:
        return f"Redis at {masked_url(redis_url)} does not answer ({error}): check that it runs and the URL"
    return None


def frontier_lost(crawler: Crawler, error: BaseException) -> None:
    """Redis stopped answering in the middle of the night: say so once, as the source's
    failure, and close the spider. What it stored stays; what it owed stays owed, and a
    rerun of the same frontier finishes it."""
    if getattr(crawler, "sitrep_frontier_lost", None):
        return
    url = masked_url(crawler.settings.get("SITREP_REDIS_URL") or "")
    reason = (
        f"frontier: Redis at {url} stopped answering ({first_line(error)}); "
        "run the crawl again with the same --frontier to finish the night"
    )
    crawler.sitrep_frontier_lost = reason  # type: ignore[attr-defined]
    spider = crawler.spider
    from crawler.failures import add_failure

    add_failure(crawler, spider, None, reason, kind="frontier")
    logger.warning(reason, extra={"spider": spider, "reason": reason})
    from twisted.internet import reactor

    reactor.callLater(0, _close_spider, crawler)  # type: ignore[attr-defined]


def _close_spider(crawler: Crawler) -> None:
    from scrapy.utils.defer import deferred_from_coro

    engine = crawler.engine
    if engine is not None and engine.spider is not None:
        closing = deferred_from_coro(engine.close_spider_async(reason="frontier_lost"))
        closing.addErrback(lambda failure: None)  # closing already, or closed


def is_redis_error(error: BaseException) -> bool:
    """Whether ``error`` comes from the Redis client (imported only with a shared frontier)."""
    client = sys.modules.get("redis")
    return client is not None and isinstance(error, client.RedisError)


def while_frontier_answers(crawler: Crawler, ask: Callable[[], Any], otherwise: Any = None) -> Any:
    """``ask()`` while the shared frontier answers; ``otherwise`` once it is lost, and when
    a Redis error loses it now (:func:`frontier_lost`)."""
    if getattr(crawler, "sitrep_frontier_lost", None):
        return otherwise
    try:
        return ask()
    except Exception as error:
        if not is_redis_error(error):
            raise
        frontier_lost(crawler, error)
        return otherwise


def _while_frontier_answers(method: Callable[..., Any]) -> Callable[..., Any]:
    """A :class:`FrontierKeeper` handler that does nothing once the frontier is lost, and
    loses it (instead of raising) when Redis does not answer."""

    # Scrapy's signals pass a handler only the arguments its signature names (the wrapper
    # takes them all): keep those the handler names.
    named = set(inspect.signature(method).parameters)

    @functools.wraps(method)
    def guarded(self: FrontierKeeper, *args: Any, **kwargs: Any) -> Any:
        given = {k: v for k, v in kwargs.items() if k in named}
        return while_frontier_answers(self.crawler, functools.partial(method, self, *args, **given))

    return guarded


def default_frontier() -> str:
    """Workers started the same (UTC) day share a frontier unless told otherwise."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def is_discovery(request: scrapy.Request) -> bool:
    """Whether ``request`` asks for a discovery page (feed, sitemap, listing, archive)."""
    return request.meta.get("sitrep_kind") in DISCOVERY_KINDS


def urls_of(request: scrapy.Request) -> list[str]:
    """The URL ``request`` asks for and those it was redirected from."""
    return [*request.meta.get("redirect_urls", []), request.url]


class FrontierKeeper:
    """Keeps a shared frontier whole when workers die (see the module docstring)."""

    def __init__(self, crawler: Crawler, redis: Any, frontier: str):
        self.crawler = crawler
        self.redis = redis
        self.frontier = frontier
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.requeued: set[str] = set()  # report links this worker asked for again
        self.requeued_discovery: set[str] = set()  # discovery pages it asked for again
        # The discovery request whose owed entry this worker just made: should the
        # dupefilter drop it, another worker has the page, and the entry goes.
        self._just_owed: scrapy.Request | None = None
        self._last_busy = 0.0
        self._heartbeat: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        url = crawler.settings.get("SITREP_REDIS_URL")
        if not url:
            raise NotConfigured
        import redis

        client = redis.Redis.from_url(
            url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT
        )
        keeper = cls(crawler, client, crawler.settings.get("SITREP_FRONTIER"))
        crawler.signals.connect(keeper.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(keeper.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(keeper.settled, signal=discovery_settled)
        crawler.signals.connect(keeper.spider_error, signal=signals.spider_error)
        crawler.signals.connect(keeper.busy, signal=signals.request_reached_downloader)
        crawler.signals.connect(keeper.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(keeper.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(keeper.spider_closed, signal=signals.spider_closed)
        crawler.stats.set_value("sitrep/frontier/shared", 1)
        return keeper

    def key(self, spider: scrapy.Spider, name: str) -> str:
        return f"sitrep:{self.frontier}:{spider.name}:{name}"

    def queue_key(self, spider: scrapy.Spider) -> str:
        return self.crawler.settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}

    @_while_frontier_answers
    def request_scheduled(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """Record every report link and discovery page any worker schedules, with what is
        needed to ask again."""
        if is_discovery(request):
            self._owe_discovery(request, spider)
            return
        if request.callback is None or getattr(request.callback, "__name__", "") != "parse_report":
            return
        series_key = request.cb_kwargs.get("series_key")
        owed = self.key(spider, "owed")
        with self.redis.pipeline() as pipe:
            pipe.hsetnx(owed, request.url, json.dumps({"series_key": series_key}))
            pipe.expire(owed, KEY_TTL_SECONDS)
            pipe.execute()

    def _owe_discovery(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        owed = self.key(spider, "owed_discovery")
        with self.redis.pipeline() as pipe:
            pipe.hsetnx(owed, request.url, json.dumps({"kind": request.meta["sitrep_kind"]}))
            pipe.expire(owed, KEY_TTL_SECONDS)
            created, _ = pipe.execute()
        self._just_owed = request if created else None

    @_while_frontier_answers
    def request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """A discovery page the dupefilter drops is another worker's, scheduled or parsed
        already: this scheduling owes nothing, and a redirect dropped so settles the page
        it came from (the page it leads to is owed, or parsed, on its own account)."""
        if not is_discovery(request):
            return
        settled = request.meta.get("redirect_urls", [])
        if request is self._just_owed:
            settled = [*settled, request.url]
        self._just_owed = None
        self._forget_discovery(spider, settled)

    @_while_frontier_answers
    def settled(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """A discovery page parsed (each link it yielded scheduled) or failed for good."""
        if is_discovery(request):
            self._forget_discovery(spider, urls_of(request))

    def spider_error(self, failure: Any, response: Any, spider: scrapy.Spider) -> None:
        """A discovery page whose callback raised has failed for good (the failure is
        recorded from Scrapy's error log: crawler/failures.py)."""
        request = getattr(response, "request", None)
        if request is not None:
            self.settled(request, spider)

    def _forget_discovery(self, spider: scrapy.Spider, urls: list[str]) -> None:
        if urls:
            self.redis.hdel(self.key(spider, "owed_discovery"), *urls)

    def spider_opened(self, spider: scrapy.Spider) -> None:
        """Say "busy" every few seconds while the engine has work in hand: downloads alone
        would leave a worker that is still extracting or storing pages looking idle, and
        another would ask for those pages again."""
        from twisted.internet import task

        self._heartbeat = task.LoopingCall(self._beat, spider)
        self._heartbeat.start(HEARTBEAT_SECONDS, now=False)

    @_while_frontier_answers
    def _beat(self, spider: scrapy.Spider) -> None:
        engine = self.crawler.engine
        if engine is not None and not engine.spider_is_idle():
            self._mark_busy(spider, time.time())

    @_while_frontier_answers
    def busy(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        now = time.time()
        if now - self._last_busy < 1.0:
            return
        self._mark_busy(spider, now)

    def _mark_busy(self, spider: scrapy.Spider, now: float) -> None:
        self._last_busy = now
        workers = self.key(spider, "workers")
        self.redis.hset(workers, self.worker, now)
        self.redis.expire(workers, KEY_TTL_SECONDS)
        self._share_discovery(spider)

    def _share_discovery(self, spider: scrapy.Spider) -> None:
        """Tell the other workers what this one's discovery found so far."""
        stats = self.crawler.stats.get_stats()
        found = {
            "pages": sum(
                v
                for k, v in stats.items()
                if k.startswith("sitrep/discovery/") and k.endswith("/pages")
            ),
            "matched": stats.get("sitrep/discovery/matched", 0),
            "not_modified": stats.get("sitrep/discovery/not_modified", 0),
        }
        key = self.key(spider, "discovery")
        self.redis.hset(key, self.worker, json.dumps(found))
        self.redis.expire(key, KEY_TTL_SECONDS)

    def _take_discovery_elsewhere(self, spider: scrapy.Spider) -> None:
        """Add what the other workers' discovery found to this worker's stats."""
        totals: dict[str, int] = {}
        for worker, value in self.redis.hgetall(self.key(spider, "discovery")).items():
            if worker.decode() != self.worker:
                for name, count in json.loads(value).items():
                    totals[name] = totals.get(name, 0) + int(count)
        for name, count in totals.items():
            self.crawler.stats.set_value(f"sitrep/frontier/elsewhere/{name}", count)

    @_while_frontier_answers
    def spider_idle(self, spider: scrapy.Spider) -> None:
        """Close only when the shared queue is empty, no other worker is busy, every owed
        link is known to the database or has been asked for again by this worker, and so
        has every discovery page still owed (its worker is gone: nobody is busy)."""
        self._share_discovery(spider)
        if self.redis.zcard(self.queue_key(spider)):
            raise DontCloseSpider
        workers = self.key(spider, "workers")
        self.redis.hdel(workers, self.worker)
        # The next request this worker takes must say so at once: a throttled mark would
        # leave it busy yet unlisted, and an idle worker would ask for its link again.
        self._last_busy = 0.0
        now = time.time()
        others = {name.decode(): float(seen) for name, seen in self.redis.hgetall(workers).items()}
        if any(now - seen < BUSY_SECONDS for seen in others.values()):
            raise DontCloseSpider  # their discovery may still add links to the queue
        missing = self._missing(spider)
        lost = self._lost_discovery(spider)
        if not missing and not lost:
            self._take_discovery_elsewhere(spider)
            return
        self._requeue_reports(spider, missing)
        self._requeue_discovery(spider, lost)
        raise DontCloseSpider

    def _requeue_reports(self, spider: scrapy.Spider, missing: dict[str, str]) -> None:
        """Ask again for owed report links (URL: series key) that nobody stored."""
        self._ask_again(
            spider,
            missing,
            "requeued",
            "report links owed by the frontier are not stored",
            self.requeued,
            spider.requeue_request,  # type: ignore[attr-defined]
        )

    def _requeue_discovery(self, spider: scrapy.Spider, lost: dict[str, str]) -> None:
        """Ask again for owed discovery pages (URL: kind) that nobody parsed."""
        self._ask_again(
            spider,
            lost,
            "requeued_discovery",
            "discovery pages owed by the frontier were never parsed",
            self.requeued_discovery,
            spider.requeue_discovery,  # type: ignore[attr-defined]
        )

    def _ask_again(
        self,
        spider: scrapy.Spider,
        owed: dict[str, str],
        stat: str,
        what: str,
        asked: set[str],
        request_for: Callable[[str, str], scrapy.Request],
    ) -> None:
        """Schedule ``request_for(url, value)`` for each owed entry, past the dupefilter;
        count them in ``sitrep/frontier/<stat>`` and remember them in ``asked``."""
        if not owed:
            return
        self.crawler.stats.inc_value(f"sitrep/frontier/{stat}", len(owed))
        logger.warning("%s: %d %s; asking again", spider.name, len(owed), what)
        for url, value in owed.items():
            asked.add(url)
            self.crawler.engine.crawl(request_for(url, value))  # type: ignore[union-attr]

    def _lost_discovery(self, spider: scrapy.Spider) -> dict[str, str]:
        """Discovery pages still owed that this worker has not asked for again: taken by
        a worker that is gone (the queue is empty and nobody else is busy)."""
        owed = self.redis.hgetall(self.key(spider, "owed_discovery"))
        lost = {url.decode(): json.loads(value)["kind"] for url, value in owed.items()}
        return {url: kind for url, kind in lost.items() if url not in self.requeued_discovery}

    def _missing(self, spider: scrapy.Spider) -> dict[str, str]:
        owed = {
            url.decode(): json.loads(value)["series_key"]
            for url, value in self.redis.hgetall(self.key(spider, "owed")).items()
        }
        candidates = [url for url in owed if url not in self.requeued]
        if not candidates:
            return {}
        database = shared_database(self.crawler.settings.get("SITREP_DATABASE_URL"))
        with database.session() as session:
            known = known_pages(session, candidates)
        return {url: owed[url] for url in candidates if url not in known}

    @_while_frontier_answers
    def spider_closed(self, spider: scrapy.Spider) -> None:
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        self.redis.hdel(self.key(spider, "workers"), self.worker)
        seen = self.crawler.settings.get("SCHEDULER_DUPEFILTER_KEY") % {"spider": spider.name}
        for key in (self.queue_key(spider), seen):
            self.redis.expire(key, KEY_TTL_SECONDS)


class SettledDiscovery:
    """Spider middleware, nearest the engine, on a shared frontier: once a discovery page's
    output has passed on, the page is settled (:data:`discovery_settled`).

    Scrapy (under sitrep's Twisted reactor) schedules each request a callback yields before
    it asks for the next one, so by then every link of the page is scheduled, and owed.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.get("SITREP_REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for output in result:
            yield output
        if response.request is not None and is_discovery(response.request):
            self.crawler.signals.send_catch_log(
                signal=discovery_settled, request=response.request, spider=self.crawler.spider
            )
