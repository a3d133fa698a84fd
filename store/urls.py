"""Database URLs as the command line reads them, without importing SQLAlchemy.

Every ``sitrep`` command resolves its URL first; importing SQLAlchemy for that alone cost
``sitrep reports`` about a quarter of a second. :mod:`store.database` re-exports these names.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_URL = "sqlite:///sitrep.db"
SQLITE_FILE_PREFIX = "sqlite:///"


def database_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else ``SITREP_DATABASE_URL``, else ``sitrep.db`` here."""
    return explicit or os.environ.get("SITREP_DATABASE_URL") or DEFAULT_URL


def sqlite_file(url: str) -> Path | None:
    """The file a plain SQLite URL (``sqlite:///PATH``) names, as SQLAlchemy reads it; ``None``
    for any other URL, and for those whose reading takes SQLAlchemy's parser (a query string,
    ``%`` escapes, another driver, an in-memory database)."""
    if not url.startswith(SQLITE_FILE_PREFIX):
        return None
    database = url[len(SQLITE_FILE_PREFIX) :]
    if not database or database == ":memory:" or "?" in database or "%" in database:
        return None
    return Path(database)
