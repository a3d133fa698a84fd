"""Reading a SQLite file with the standard library's ``sqlite3`` alone.

``sitrep reports`` would spend most of its time importing SQLAlchemy (about 0.3 s on a
2-core machine, where the whole listing takes 0.1 s). When the database is a SQLite file
already at this code's schema head (the usual case), it is listed from here instead; anything
else (another database, no file, another revision, a query that fails) gives ``None`` and the
command goes through SQLAlchemy, which reads it or says what is wrong, as before.

The file is opened as :func:`store.database.make_engine` opens it for reading (the same
target and pragmas, both defined here): nothing is created or written.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import quote

from crawler.setting_values import environment_number

from .schema_head import VERSION_TABLE, head_from_scripts
from .urls import sqlite_file

# A listed report: id, source slug, report date, number of revisions, title.
ReportRow = tuple[int, str, dt.date, int, str]
# How long a connection waits for a lock another connection holds on the file.
BUSY_TIMEOUT_S = 30


def sqlite_cache_mib() -> int:
    """``SITREP_SQLITE_CACHE_MIB``: the SQLite page cache per connection, in MiB (default 8)."""
    return environment_number("SITREP_SQLITE_CACHE_MIB", 8, minimum=1)


def sqlite_pragmas(dbapi_connection, _record, *, cache_mib: int, writes: bool) -> None:  # type: ignore[no-untyped-def]
    """sitrep's settings of each SQLite connection (an engine's ``connect`` listener)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    if writes:
        write_ahead_logging(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
    else:  # SQLite itself refuses any change made through this connection
        cursor.execute("PRAGMA query_only=ON")
    # Page cache per connection: 8 MiB (a 500-report night's crawl used 9 MB less than with 16,
    # at the same cost per item over 100,000 stored reports; 64 MiB grew a 4,000-report night's
    # peak from 287 to 349 MB); lookups over a million stored reports want 64.
    cursor.execute(f"PRAGMA cache_size=-{cache_mib * 1024}")
    cursor.close()


def write_ahead_logging(cursor: sqlite3.Cursor) -> None:
    """Switch the file to write-ahead logging (the file keeps it: once switched, this is a
    no-op that takes no lock).

    The switch takes the file for itself. While another connection writes to a file not yet
    switched (two crawls opening a new database together, or a file another tool made), SQLite
    answers "database is locked" at once instead of waiting out the busy timeout, so the
    switch is tried again, for as long as that timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                raise
            if time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(2 * pause, 0.25)


def reader_target(path: Path) -> tuple[str, bool]:
    """How to open an existing SQLite file for reading only: ``(target, is_uri)``.

    A file we may write is opened as usual (``query_only`` then forbids writes), so SQLite
    removes its ``-wal``/``-shm`` files on close as after any crawl. A read-only file is opened
    with ``mode=ro``; in a read-only folder without a ``-wal`` file (an archived copy nobody can
    be writing to) with ``immutable=1``, since SQLite could not create its working files there.
    """
    folder_writable = os.access(path.parent, os.W_OK)
    if folder_writable and os.access(path, os.W_OK):
        return str(path), False
    uri = "file:" + quote(str(path))
    if not folder_writable and not path.with_name(path.name + "-wal").exists():
        return uri + "?immutable=1", True
    return uri + "?mode=ro", True


def reader(path: Path) -> Callable[[], sqlite3.Connection]:
    """What opens reading connections to the existing file ``path`` (the way to open it is
    decided once, by :func:`reader_target`)."""
    target, uri = reader_target(path)
    return partial(sqlite3.connect, target, uri=uri, timeout=30, check_same_thread=False)


def open_at_head(url: str) -> sqlite3.Connection | None:
    """A reading connection to the SQLite file of ``url`` if it exists and its schema is at the
    scripts' head; ``None`` otherwise (then SQLAlchemy is the way in)."""
    path = sqlite_file(url)
    if path is None:
        return None
    path = path.expanduser().resolve()
    head = head_from_scripts()
    if head is None or not path.is_file():
        return None
    cache_mib = sqlite_cache_mib()  # a bad value is the same error SQLAlchemy's way would give
    try:
        connection = reader(path)()
    except sqlite3.Error:
        return None
    try:
        sqlite_pragmas(connection, None, cache_mib=cache_mib, writes=False)
        stamped = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
        if stamped == [(head,)]:
            return connection
    except sqlite3.Error:  # not a database, no version table, locked: SQLAlchemy will say
        pass
    connection.close()
    return None


def listed_reports(
    connection: sqlite3.Connection,
    *,
    sources: tuple[str, ...] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int,
) -> list[ReportRow]:
    """The rows of ``sitrep reports``: the query of :func:`store.queries.report_query` (same
    filters, same order), limited, as :func:`store.queries.listed_reports` gives them."""
    conditions, parameters = [], []
    if sources:
        conditions.append(f"sources.slug IN ({', '.join('?' * len(sources))})")
        parameters.extend(sources)
    if since:
        conditions.append("reports.report_date >= ?")
        parameters.append(since.isoformat())
    if until:
        conditions.append("reports.report_date <= ?")
        parameters.append(until.isoformat())
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    rows = connection.execute(
        "SELECT reports.id, sources.slug, reports.report_date, reports.revision_count, "
        "reports.title FROM reports JOIN sources ON sources.id = reports.source_id "
        f"{where}ORDER BY reports.report_date DESC, sources.slug, reports.id LIMIT ?",
        [*parameters, limit],
    )
    return [
        (report_id, slug, dt.date.fromisoformat(day), revisions, title)
        for report_id, slug, day, revisions, title in rows
    ]
