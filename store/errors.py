"""Database errors as the store's callers meet them, named for what they mean to a writer.

Callers catch these instead of importing SQLAlchemy: the store is the one package that
speaks to the database library.
"""

from __future__ import annotations

import re

from sqlalchemy import exc as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError

# A unique constraint met: another writer stored the same row first (retry after a re-match).
WriteConflict = IntegrityError
# The server is unreachable, or the database is busy, locked or damaged.
DatabaseUnavailable = OperationalError


def masked_url(url: str) -> str:
    """A URL with its password masked, even one SQLAlchemy cannot parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return re.sub(r"(://[^/@:]*:)[^@/]*@", r"\1***@", url)


def first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


# (pattern in the driver's message, what it means and how to fix it) for database errors.
_DRIVER_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        r"role \S+ does not exist|password authentication failed|no password supplied",
        "the server refused the login ({detail}): check the user and password in the URL",
    ),
    (
        r'database "[^"]+" does not exist',
        "{detail} on the server: create it (createdb) or fix the database name in the URL",
    ),
    (
        r"connection refused|could not connect|could not translate host|name or service not"
        r"|timeout expired|no route to host|network is unreachable",
        "cannot reach the database server: check that it is running and the host and port",
    ),
    (
        r"readonly database|read-only",
        "the database file or its folder is read-only: make both writable for this command, "
        "or only read it (reports, show, status, …)",
    ),
    (
        r"file is not a database|malformed|not a database",
        "the file is not a readable SQLite database (damaged, or another kind of file): "
        "restore it from a backup or point --db at the right file",
    ),
    (
        r"unable to open database file",
        "cannot open the SQLite file: check that its folder exists and may be written",
    ),
    (r"database is locked", "the database is locked by another process: retry when it is done"),
    (
        r"no such table|no such column|undefinedtable|undefinedcolumn|relation .* does not exist",
        "the database lacks part of the sitrep schema: run `sitrep db upgrade`",
    ),
    (r"disk i/o error|disk is full|no space left", "the disk failed or is full ({detail})"),
)


def describe_database_error(error: sa.DBAPIError, url: str | None) -> str:
    """One line for an error the database driver raised."""
    detail = first_line(error.orig) if error.orig is not None else first_line(error)
    # psycopg: "connection failed: connection to server at …, port … failed: FATAL: <why>"
    detail = detail.rsplit(" failed:", 1)[-1].replace("FATAL:", "").strip() or detail
    where = f"database {masked_url(url)}" if url else "database"
    for pattern, message in _DRIVER_MESSAGES:
        if re.search(pattern, detail, re.IGNORECASE):
            return f"{where}: {message.format(detail=detail)}"
    return f"{where}: {detail}"


def describe_database_problem(error: BaseException, url: str | None) -> str | None:
    """One line for an error of the database layer (driver, URL, DBAPI); ``None`` for others."""
    if isinstance(error, sa.NoSuchModuleError):
        name = first_line(error).rsplit(":", 1)[-1].replace(".", "+")
        return (
            f"unknown database driver {name!r} in {masked_url(url or '')}: use sqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DATABASE"
        )
    if isinstance(error, sa.ArgumentError) and url is not None:
        return (
            f"cannot read the database URL {masked_url(url)!r}: write it like sqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DATABASE (--db or SITREP_DATABASE_URL)"
        )
    if isinstance(error, ModuleNotFoundError) and (error.name or "").startswith("psycopg"):
        return "the PostgreSQL driver is not installed: pip install 'sitrep[postgres]'"
    if isinstance(error, sa.DBAPIError):
        return describe_database_error(error, url)
    return None
