"""A damaged database stops the crawl: nothing more is written into it.

SQLite says a file is damaged with ``SQLITE_CORRUPT`` ("database disk image is
malformed") or ``SQLITE_NOTADB`` ("file is not a database"), often only when a query
reaches the damaged page, mid-crawl. Writing on would bury the damage under new rows,
so the first such error on the crawl's engine closes every spider of the process; the
ledger and the store write nothing more, and ``sitrep crawl`` exits 2 with
:func:`advice`.
"""

from __future__ import annotations

import contextlib
from typing import Any

from store.damage import advice, damage_of, on_error
from store.database import Database

__all__ = ["CLOSE_REASON", "GUARD", "DatabaseGuard", "advice", "damage_of"]

CLOSE_REASON = "database_damaged"


class DatabaseGuard:
    """Watches one engine for damage and closes the crawlers that use it."""

    def __init__(self) -> None:
        self.damage: str | None = None
        self.crawlers: list[Any] = []
        self._watched: set[int] = set()

    def watch(self, database: Database, crawler: Any) -> None:
        if id(database.engine) not in self._watched:
            self._watched.add(id(database.engine))
            on_error(database, self.check)
        if crawler not in self.crawlers:
            self.crawlers.append(crawler)

    def check(self, error: BaseException | None) -> bool:
        """Whether ``error`` says the database is damaged; the first such error closes every
        watched crawler."""
        damage = damage_of(error)
        if damage is None:
            return False
        if self.damage is None:
            self.damage = damage
            from twisted.internet import reactor

            reactor.callFromThread(self._close_all)  # type: ignore[attr-defined]
        return True

    def _close_all(self) -> None:
        from scrapy.utils.defer import deferred_from_coro

        for crawler in self.crawlers:
            engine = getattr(crawler, "engine", None)
            if engine is not None and engine.spider is not None:
                deferred_from_coro(_close(engine))


async def _close(engine: Any) -> None:
    with contextlib.suppress(RuntimeError):  # it closed meanwhile
        await engine.close_spider_async(reason=CLOSE_REASON)


GUARD = DatabaseGuard()
