"""Locks per database: one nightly crawl at a time, one schema migration at a time.

A lock file beside SQLite, an advisory lock on PostgreSQL.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from .database import Database, safe_url

ADVISORY_KEY = 0x5172_6570  # "Srep": the key of sitrep's crawl lock
MIGRATION_KEY = 0x5172_6571  # the key of the migration lock


class CrawlLocked(RuntimeError):
    """Another crawl holds the lock on this database."""


@contextmanager
def crawl_lock(database: Database) -> Iterator[None]:
    """Hold the crawl lock for the duration of the block, or raise :class:`CrawlLocked` at once."""
    with _database_lock(database, key=ADVISORY_KEY, suffix=".lock", wait=False):
        yield


@contextmanager
def migration_lock(database: Database) -> Iterator[None]:
    """Wait for and hold the migration lock: workers starting together migrate one at a time."""
    with _database_lock(database, key=MIGRATION_KEY, suffix=".migrate.lock", wait=True):
        yield


@contextmanager
def _database_lock(database: Database, *, key: int, suffix: str, wait: bool) -> Iterator[None]:
    """A lock file beside a SQLite file (an in-memory database is private: nothing to guard),
    a session advisory lock on PostgreSQL; without ``wait``, :class:`CrawlLocked` if taken."""
    url = make_url(database.url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            yield
            return
        with _file_lock(Path(url.database).expanduser().resolve().with_suffix(suffix), wait):
            yield
        return
    with database.engine.connect() as connection:
        if wait:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        elif not connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": key}
        ).scalar():
            raise CrawlLocked(f"another crawl is running on {safe_url(database.url)}")
        connection.commit()
        try:
            yield
        finally:
            try:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()
            except DBAPIError as error:
                if not error.connection_invalidated:
                    raise  # a session lock ends with its connection: a lost one holds none


@contextmanager
def _file_lock(path: Path, wait: bool = False) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise CrawlLocked(f"another crawl is running (pid {holder}, lock {path})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
