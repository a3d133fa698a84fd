"""Errors as one line naming the problem and the fix, never a traceback.

Exit codes of every ``sitrep`` command: 0 done, 1 done but some sources, lines or reports
failed, 2 could not run. :func:`describe` turns an exception into the line;
:func:`guard` wraps each command so that whatever it raises ends as that line on stderr
(and ``{"error": ...}`` on stdout for ``--json``) with exit code 2. ``SITREP_DEBUG=1`` shows
the traceback instead.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable
from typing import Any

import click
from alembic.util import CommandError
from sqlalchemy import exc as sa
from sqlalchemy.engine import make_url

from crawler.setting_values import SettingError
from store.database import NoDatabase, SchemaError

EXIT_OK, EXIT_FAILED, EXIT_CANNOT_RUN = 0, 1, 2
DEBUG_VARIABLE = "SITREP_DEBUG"


class CannotRun(click.ClickException):
    """The command could not run (exit 2); shown as ``error: <message>`` on stderr, and as
    ``{"error": message}`` on stdout too when the command was asked for JSON."""

    exit_code = EXIT_CANNOT_RUN

    def __init__(self, message: str, *, as_json: bool = False):
        super().__init__(message)
        self.as_json = as_json

    def show(self, file: Any = None) -> None:
        if self.as_json:
            click.echo(json.dumps({"error": self.message}, ensure_ascii=False))
        click.echo(f"error: {self.message}", err=True)


def debugging() -> bool:
    """``SITREP_DEBUG`` is set to something true: show tracebacks."""
    return os.environ.get(DEBUG_VARIABLE, "").strip().lower() not in ("", "0", "false", "no")


def _masked(url: str) -> str:
    """A URL with its password masked, even one SQLAlchemy cannot parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return re.sub(r"(://[^/@:]*:)[^@/]*@", r"\1***@", url)


def _first_line(error: BaseException) -> str:
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
    detail = _first_line(error.orig) if error.orig is not None else _first_line(error)
    # psycopg: "connection failed: connection to server at …, port … failed: FATAL: <why>"
    detail = detail.rsplit(" failed:", 1)[-1].replace("FATAL:", "").strip() or detail
    where = f"database {_masked(url)}" if url else "database"
    for pattern, message in _DRIVER_MESSAGES:
        if re.search(pattern, detail, re.IGNORECASE):
            return f"{where}: {message.format(detail=detail)}"
    return f"{where}: {detail}"


def describe(error: BaseException, url: str | None = None) -> str:
    """The one line said for ``error`` (``url``: the database the command was using)."""
    if isinstance(error, SchemaError | NoDatabase | SettingError | click.ClickException):
        return error.format_message() if isinstance(error, click.ClickException) else str(error)
    if isinstance(error, sa.NoSuchModuleError):
        name = _first_line(error).rsplit(":", 1)[-1].replace(".", "+")
        return (
            f"unknown database driver {name!r} in {_masked(url or '')}: use sqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DATABASE"
        )
    if isinstance(error, sa.ArgumentError) and url is not None:
        return (
            f"cannot read the database URL {_masked(url)!r}: write it like sqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DATABASE (--db or SITREP_DATABASE_URL)"
        )
    if isinstance(error, ModuleNotFoundError) and (error.name or "").startswith("psycopg"):
        return "the PostgreSQL driver is not installed: pip install 'sitrep[postgres]'"
    if isinstance(error, sa.DBAPIError):
        return describe_database_error(error, url)
    if isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror.lower()}{where}"
    detail = _first_line(error)
    if isinstance(error, CommandError):  # alembic: an unknown or ambiguous revision
        return f"cannot migrate {_masked(url or '')}: {detail}"
    return (
        f"internal error: {type(error).__name__}: {detail} — rerun with {DEBUG_VARIABLE}=1 "
        "for the traceback"
    )


def current_database_url() -> str | None:
    """The database URL of the running command, if there is one."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx is not None else None
    return obj.get("db_url") if isinstance(obj, dict) else None


def _guarded(callback: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        as_json = bool(kwargs.get("as_json"))
        try:
            return callback(*args, **kwargs)
        except (click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except CannotRun as error:
            error.as_json = error.as_json or as_json
            raise
        except click.ClickException as error:
            if as_json:
                click.echo(json.dumps({"error": error.format_message()}, ensure_ascii=False))
            raise
        except Exception as error:
            if debugging():
                raise
            raise CannotRun(describe(error, current_database_url()), as_json=as_json) from None

    run.sitrep_guarded = True  # type: ignore[attr-defined]
    return run


def guard(command: click.Command) -> click.Command:
    """Make ``command`` (and a group's subcommands) end any error as :class:`CannotRun`."""
    if isinstance(command, click.Group):
        for subcommand in command.commands.values():
            guard(subcommand)
    if command.callback is not None and not getattr(command.callback, "sitrep_guarded", False):
        command.callback = _guarded(command.callback)
    return command
