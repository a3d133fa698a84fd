"""A database that can no longer be used stops the crawl: nothing more is written into it.

SQLite says a file is damaged with ``SQLITE_CORRUPT`` ("database disk image is
malformed") or ``SQLITE_NOTADB`` ("file is not a database"), often only when a query
reaches the damaged page, mid-crawl. Writing on would bury the damage under new rows.
A PostgreSQL server that stops answering mid-crawl (its connections cut, new ones
refused), or a disk that fills up, fails every later write: crawling on would fetch and
read the whole night for nothing, each item failing with an error line of its own.

So the first such error on the crawl's engine closes every spider of the process; the
ledger and the database stages write nothing more, and ``sitrep crawl`` exits 2 with
:func:`advice`, :func:`full_advice` or :func:`lost_advice`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from store.damage import advice, damage_of, full_advice, full_of, lost_advice, lost_of, on_error
from store.database import Database

__all__ = [
    "CLOSE_REASON",
    "CLOSE_REASONS",
    "FULL_REASON",
    "GUARD",
    "LOST_REASON",
    "DatabaseGuard",
    "advice",
    "damage_of",
]

CLOSE_REASON = "database_damaged"
FULL_REASON = "database_disk_full"
LOST_REASON = "database_lost"
CLOSE_REASONS = (CLOSE_REASON, FULL_REASON, LOST_REASON)
# Why a database goes out of use: the spiders' close reason, how an error says so, and the one
# line for the user. Tried in this order: a damaged file is said as such, whatever else fails.
_OUT_OF_USE: tuple[tuple[str, Callable[..., str | None], Callable[[str, str], str]], ...] = (
    (CLOSE_REASON, damage_of, advice),
    (FULL_REASON, full_of, full_advice),
    (LOST_REASON, lost_of, lost_advice),
)


class DatabaseGuard:
    """Watches one engine for errors that put the database out of use, and closes the
    crawlers that use it at the first."""

    def __init__(self) -> None:
        self.reason: str | None = None  # why the database is out of use (a close reason)
        self.problem: str | None = None  # the database's or the driver's message
        self.crawlers: list[Any] = []
        self._watched: set[int] = set()

    def watch(self, database: Database, crawler: Any) -> None:
        if id(database.engine) not in self._watched:
            self._watched.add(id(database.engine))
            on_error(database, self.check)
        if crawler not in self.crawlers:
            self.crawlers.append(crawler)

    @property
    def stopped(self) -> bool:
        """Whether the database can no longer be used (nothing more is written into it)."""
        return self.reason is not None

    def check(self, error: BaseException | None) -> bool:
        """Whether ``error`` says the database is damaged, its disk full or its server gone;
        the first such error closes every watched crawler."""
        found = next(
            (
                (reason, problem)
                for reason, recognise, _ in _OUT_OF_USE
                if (problem := recognise(error)) is not None
            ),
            None,
        )
        if found is None:
            return False
        if not self.stopped:
            self.reason, self.problem = found
            from twisted.internet import reactor

            reactor.callFromThread(self._close_all, self.reason)  # type: ignore[attr-defined]
        return True

    def advice(self, url: str) -> str | None:
        """The one line saying why the database at ``url`` went out of use and what to do;
        ``None`` while it is in use."""
        for reason, _, advise in _OUT_OF_USE:
            if reason == self.reason and self.problem is not None:
                return advise(url, self.problem)
        return None

    def _close_all(self, reason: str) -> None:
        from scrapy.utils.defer import deferred_from_coro

        for crawler in self.crawlers:
            engine = getattr(crawler, "engine", None)
            if engine is not None and engine.spider is not None:
                deferred_from_coro(_close(engine, reason))


async def _close(engine: Any, reason: str) -> None:
    with contextlib.suppress(RuntimeError):  # it closed meanwhile
        await engine.close_spider_async(reason=reason)


GUARD = DatabaseGuard()
