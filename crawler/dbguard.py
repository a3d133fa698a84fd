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
from typing import Any

from store.damage import advice, damage_of, full_advice, full_of, lost_advice, lost_of, on_error
from store.database import Database

__all__ = [
    "CLOSE_REASON",
    "CLOSE_REASONS",
    "GUARD",
    "LOST_REASON",
    "DatabaseGuard",
    "advice",
    "damage_of",
    "full_advice",
    "lost_advice",
]

CLOSE_REASON = "database_damaged"
FULL_REASON = "database_disk_full"
LOST_REASON = "database_lost"
CLOSE_REASONS = (CLOSE_REASON, FULL_REASON, LOST_REASON)


class DatabaseGuard:
    """Watches one engine for damage and closes the crawlers that use it."""

    def __init__(self) -> None:
        self.damage: str | None = None  # SQLite's message for a damaged file
        self.full: str | None = None  # the database's message for a full disk
        self.lost: str | None = None  # the driver's message for a server gone
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
        return self.damage is not None or self.full is not None or self.lost is not None

    def check(self, error: BaseException | None) -> bool:
        """Whether ``error`` says the database is damaged, its disk full or its server gone;
        the first such error closes every watched crawler."""
        damage = damage_of(error)
        full = None if damage is not None else full_of(error)
        lost = None if damage is not None or full is not None else lost_of(error)
        if damage is None and full is None and lost is None:
            return False
        if not self.stopped:
            self.damage, self.full, self.lost = damage, full, lost
            from twisted.internet import reactor

            reason = CLOSE_REASON if damage else FULL_REASON if full else LOST_REASON
            reactor.callFromThread(self._close_all, reason)  # type: ignore[attr-defined]
        return True

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
