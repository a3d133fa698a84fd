"""Fetching a handful of live pages the way a crawl would: politely.

One request at a time; a delay between two requests to the same host (the delay a
crawl starts with, from ``crawler/settings.py``); sitrep's User-Agent; each host's
robots.txt read first and obeyed when ``ROBOTSTXT_OBEY`` is set, with the parser
Scrapy uses (Protego). Like Scrapy, a robots.txt that cannot be fetched or answers
an error allows everything. Every answer (robots.txt and redirect hops included) is
kept in :attr:`PoliteFetcher.answers`, in order, for saving as fixtures.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from protego import Protego

from crawler import settings

from .fetch import REDIRECT_STATUSES, Fetched, FetchError, fetch_once

MAX_REDIRECTS = settings.REDIRECT_MAX_TIMES


def crawl_delay() -> float:
    """Seconds between two requests to one host: what a crawl starts with."""
    if settings.AUTOTHROTTLE_ENABLED:
        return max(float(settings.DOWNLOAD_DELAY), float(settings.AUTOTHROTTLE_START_DELAY))
    return float(settings.DOWNLOAD_DELAY)


class RobotsDisallowed(FetchError):
    """robots.txt forbids sitrep this URL: it was not fetched."""


class PoliteFetcher:
    """A :data:`crawler.devtools.check.Getter` that waits, obeys robots.txt and keeps answers.

    ``clock`` and ``sleep`` are the time functions used for the per-host delay.
    """

    def __init__(
        self,
        *,
        via: str | None = None,
        delay: float | None = None,
        obey_robots: bool = bool(settings.ROBOTSTXT_OBEY),
        user_agent: str = settings.USER_AGENT,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = float(settings.DOWNLOAD_TIMEOUT),
    ):
        self.via = via
        self.delay = crawl_delay() if delay is None else delay
        self.obey_robots = obey_robots
        self.user_agent = user_agent
        self.clock, self.sleep, self.timeout = clock, sleep, timeout
        self.answers: list[Fetched] = []
        self._last: dict[str, float] = {}
        self._robots: dict[str, Protego | None] = {}

    def __call__(self, url: str) -> Fetched:
        """Fetch ``url``, following redirects (each hop waits and is checked against robots)."""
        hops: list[Fetched] = []
        current = self._one(url)
        while current.status in REDIRECT_STATUSES and current.header("Location"):
            if len(hops) == MAX_REDIRECTS:
                raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
            hops.append(current)
            current = self._one(urljoin(current.url, current.header("Location") or ""))
        current.redirects = hops
        return current

    def _one(self, url: str) -> Fetched:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if self.obey_robots:
            robots = self._robots_for(origin)
            if robots is not None and not robots.can_fetch(url, self.user_agent):
                raise RobotsDisallowed(f"{url}: disallowed by {origin}/robots.txt; not fetched")
        return self._get(url, parts.netloc)

    def _get(self, url: str, host: str) -> Fetched:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        try:
            answer = fetch_once(url, via=self.via, timeout=self.timeout)
        finally:
            self._last[host] = self.clock()
        self.answers.append(answer)
        return answer

    def _robots_for(self, origin: str) -> Protego | None:
        if origin not in self._robots:
            try:
                answer = self._get(f"{origin}/robots.txt", urlsplit(origin).netloc)
            except FetchError:
                answer = None
            ok = answer is not None and answer.status == 200
            text = answer.body.decode("utf-8", "replace") if ok and answer else ""
            self._robots[origin] = Protego.parse(text) if ok else None
        return self._robots[origin]
