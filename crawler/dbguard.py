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
import sqlite3
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from store.database import Database, safe_url

# SQLite primary result codes (the low byte of extended codes) meaning a damaged file.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
CLOSE_REASON = "database_damaged"


def damage_of(error: BaseException | None) -> str | None:
    """SQLite's message when ``error`` (or what it wraps) says the file is damaged."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, sqlite3.DatabaseError):
            code = getattr(error, "sqlite_errorcode", None)
            text = str(error)
            if code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
                return text
            if "malformed" in text or "not a database" in text:
                return text
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None


def advice(url: str, damage: str) -> str:
    """One line: which file is damaged, and how to get a sound one back."""
    path = make_url(url).database if url.startswith("sqlite") else None
    if not path:
        return f"database {safe_url(url)} is damaged ({damage}): restore it from a backup"
    return (
        f"database {path} is damaged ({damage}); nothing more was written to it. Restore it "
        f"from a backup, or save what it holds with `sqlite3 {path} .recover | sqlite3 "
        "recovered.db` and crawl with --db sqlite:///recovered.db"
    )


class DatabaseGuard:
    """Watches one engine for damage and closes the crawlers that use it."""

    def __init__(self) -> None:
        self.damage: str | None = None
        self.crawlers: list[Any] = []
        self._watched: set[int] = set()

    def watch(self, database: Database, crawler: Any) -> None:
        if id(database.engine) not in self._watched:
            self._watched.add(id(database.engine))
            event.listen(database.engine, "handle_error", self._on_error)
        if crawler not in self.crawlers:
            self.crawlers.append(crawler)

    def _on_error(self, context: Any) -> None:
        self.check(context.original_exception)

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
