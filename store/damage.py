"""A database that can no longer be used mid-crawl, recognised from the errors it causes, and
what to do about it: a damaged SQLite file, a full disk, or a server that stopped answering."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa
from sqlalchemy.engine import make_url

from .database import Database, safe_url
from .errors import first_line

# SQLite primary result codes (the low byte of extended codes) meaning a damaged file.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
SQLITE_FULL = 13  # "database or disk is full"


def _chain(error: BaseException | None) -> Iterator[BaseException]:
    """``error`` and what it wraps (SQLAlchemy's ``orig``, else its cause or context), each
    once."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__


def damage_of(error: BaseException | None) -> str | None:
    """SQLite's message when ``error`` (or what it wraps) says the file is damaged."""
    for link in _chain(error):
        if isinstance(link, sqlite3.DatabaseError):
            code = getattr(link, "sqlite_errorcode", None)
            text = str(link)
            if code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
                return text
            if "malformed" in text or "not a database" in text:
                return text
    return None


# The driver's words for a connection that cannot be made or was cut (PostgreSQL), or for a
# server shutting down, starting up or refusing connections to the database.
_LOST = re.compile(
    r"connection refused|could not connect|connection failed|server closed the connection"
    r"|terminating connection|connection is closed|connection is lost|connection reset"
    r"|consuming input failed|no route to host|network is unreachable"
    r"|not currently accepting connections|the database system is",
    re.IGNORECASE,
)


def lost_of(error: BaseException | None) -> str | None:
    """The driver's first line when ``error`` (or what it wraps) says the database server
    stopped answering: its connection was cut, or a new one was refused."""
    for link in _chain(error):
        if isinstance(link, sa.DBAPIError) and link.connection_invalidated:
            return first_line(link.orig or link)
        # The driver's own error, as SQLAlchemy's event hands it over or wrapped in its own.
        driver = link.orig if isinstance(link, sa.DBAPIError) else link
        if type(driver).__module__.startswith("psycopg") and _LOST.search(first_line(driver)):
            return first_line(driver)
    return None


def full_of(error: BaseException | None) -> str | None:
    """The database's message when ``error`` (or what it wraps) says its disk is full."""
    for link in _chain(error):
        if isinstance(link, sqlite3.Error):
            code = getattr(link, "sqlite_errorcode", None)
            if code is not None and code & 0xFF == SQLITE_FULL:
                return first_line(link)
        elif type(link).__module__.startswith("psycopg") and "no space left" in str(link).lower():
            return first_line(link)
    return None


def full_advice(url: str, full: str) -> str:
    """One line: which database's disk is full, and what to do."""
    return (
        f"database {safe_url(url)}: its disk is full ({full}); the crawl stopped, and what it "
        "had not stored is fetched again by the next one: free some space and run it again"
    )


def lost_advice(url: str, lost: str) -> str:
    """One line: which database stopped answering, and what to do."""
    return (
        f"database {safe_url(url)} stopped answering in the middle of the crawl ({lost}); the "
        "crawl stopped, and what it had not stored is fetched again by the next one: run it "
        "again once the server answers"
    )


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


def on_error(database: Database, callback: Callable[[BaseException | None], Any]) -> None:
    """Call ``callback`` with every error the database's engine meets (what it returns is
    dropped: SQLAlchemy would raise a handler's return value in place of the error)."""

    def handle_error(context: Any) -> None:
        callback(context.original_exception)

    event.listen(database.engine, "handle_error", handle_error)
