"""Back-pressure: report pages are not downloaded faster than the workers can read them.

Every spider of a crawl process has its own downloader and scraper, and Scrapy bounds
each one alone (``CONCURRENT_REQUESTS``, ``SCRAPER_SLOT_MAX_ACTIVE_SIZE``); twenty
spiders sharing two extraction workers could hold hundreds of downloaded pages (about
115 kB each) waiting for a worker. :class:`ExtractionBacklog` holds a report page's
request back, before it is downloaded, while the report pages downloading or waiting
for a worker, across the whole process, number ``SITREP_EXTRACT_BACKLOG``.

The backlog also knows when no item is on its way (:attr:`Backlog.dry`): the database
stages' batches are written then instead of waiting out their timer.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from crawler.workers import ExtractionPool, extraction_pool_for

HELD = "sitrep_backlog"  # request meta: this request holds a place in the backlog


class Backlog:
    """The report pages of one process downloading now, or waiting for a worker."""

    def __init__(self, pool: ExtractionPool, limit: int):
        self.pool = pool
        self.limit = max(1, limit)
        self.downloading = 0
        self._waiting: deque[Deferred] = deque()
        self.on_dry: list[Callable[[], None]] = []  # told when it becomes dry
        pool.on_task_done.append(self.wake)

    @property
    def dry(self) -> bool:
        """No report page is downloading or waiting for a worker: no item is on its way."""
        return self.downloading == 0 and self.pool.pending == 0

    @property
    def room(self) -> int:
        """How many more pages may be downloaded now."""
        return self.limit - self.downloading - self.pool.pending

    @property
    def full(self) -> bool:
        return self.room <= 0

    async def enter(self) -> None:
        """Return once a page may be downloaded, and count it."""
        while self.full:
            turn: Deferred = Deferred()
            self._waiting.append(turn)
            try:
                await maybe_deferred_to_future(turn)
            except BaseException:  # cancelled (the crawl is stopping): no longer waiting
                if turn in self._waiting:
                    self._waiting.remove(turn)
                raise
        self.downloading += 1

    def leave(self, count: int = 1) -> None:
        self.downloading = max(0, self.downloading - count)
        self.wake()

    def wake(self) -> None:
        """Let waiting requests go, as many as there is room for (each checks again)."""
        room = self.room
        while room > 0 and self._waiting:
            turn = self._waiting.popleft()
            if not turn.called:  # one cancelled meanwhile takes no room
                turn.callback(None)
                room -= 1
        if self.dry:
            for listener in self.on_dry:
                listener()


_BACKLOGS: dict[int, Backlog] = {}


def process_backlog(settings: Any) -> Backlog | None:
    """The backlog of the process's extraction pool, as these settings ask for it; ``None``
    without extraction workers, or with a shared (Redis) frontier.

    Not with a shared frontier: requests held in the downloader fill its slots, so the
    discovery pages a worker pops wait longer in flight, and those of a worker killed
    meanwhile wait for another worker to go idle and ask again (FrontierKeeper).
    """
    pool = extraction_pool_for(settings)
    if pool.workers <= 0 or settings.get("SITREP_REDIS_URL"):
        return None
    return backlog_for(pool, settings.getint("SITREP_EXTRACT_BACKLOG", 32))


def backlog_for(pool: ExtractionPool, limit: int) -> Backlog:
    """The process-wide backlog of ``pool`` (its limit set by the first spider to ask)."""
    if id(pool) not in _BACKLOGS:
        _BACKLOGS[id(pool)] = Backlog(pool, limit)
    return _BACKLOGS[id(pool)]


class ExtractionBacklog:
    """Downloader middleware: a report page waits for room in the process's backlog
    before its download (not counted against the download timeout); without extraction
    workers, or with a shared (Redis) frontier, it does nothing."""

    def __init__(self, crawler: Crawler, backlog: Backlog | None):
        self.crawler = crawler
        self.backlog = backlog
        self.held = 0  # places this spider holds

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler, process_backlog(crawler.settings))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    async def process_request(self, request: Request) -> None:
        if self.backlog is None or request.meta.get("sitrep_kind") != "report":
            return
        if request.meta.get(HELD):
            return
        await self.backlog.enter()
        request.meta[HELD] = True
        self.held += 1
        if self.crawler.stats is not None and self.backlog.full:
            self.crawler.stats.inc_value("sitrep/backlog/full")

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)

    def _release(self, request: Request) -> None:
        # Popped here, nearest the downloader, before a redirect or a retry copies the meta.
        if self.backlog is not None and request.meta.pop(HELD, False):
            self.held -= 1
            self.backlog.leave()

    def spider_closed(self) -> None:
        """Give back places a cancelled download never returned."""
        if self.backlog is not None and self.held > 0:
            self.backlog.leave(self.held)
            self.held = 0
