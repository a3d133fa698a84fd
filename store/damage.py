"""A damaged SQLite file, recognised from the errors it causes, and what to do about it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from .database import Database, safe_url

# SQLite primary result codes (the low byte of extended codes) meaning a damaged file.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


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


def on_error(database: Database, callback: Callable[[BaseException | None], Any]) -> None:
    """Call ``callback`` with every error the database's engine meets."""
    event.listen(
        database.engine, "handle_error", lambda context: callback(context.original_exception)
    )
