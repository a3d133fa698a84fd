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
import sys
from collections.abc import Callable
from typing import Any

import click

from crawler.exit_codes import EXIT_CANNOT_RUN
from crawler.interrupts import interruption_wins, signal_of
from crawler.setting_values import SettingError

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


def describe(error: BaseException, url: str | None = None) -> str:
    """The one line said for ``error`` (``url``: the database the command was using)."""
    # Imported here, not above: ``sitrep --help`` must not load SQLAlchemy and Alembic.
    from store.database import NoDatabase, SchemaError, UnsupportedDatabase
    from store.errors import describe_database_problem, first_line, masked_url

    known = SchemaError | NoDatabase | UnsupportedDatabase | SettingError | click.ClickException
    if isinstance(error, known):
        return error.format_message() if isinstance(error, click.ClickException) else str(error)
    database_problem = describe_database_problem(error, url)
    if database_problem is not None:
        return database_problem
    if isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror.lower()}{where}"
    detail = first_line(error)
    if _is_alembic_command_error(error):  # an unknown or ambiguous revision
        return f"cannot migrate {masked_url(url or '')}: {detail}"
    return (
        f"internal error: {type(error).__name__}: {detail} — rerun with {DEBUG_VARIABLE}=1 "
        "for the traceback"
    )


def _is_alembic_command_error(error: BaseException) -> bool:
    """Whether ``error`` is Alembic's ``CommandError``, without importing Alembic for it: an
    error raised by Alembic means Alembic is loaded already."""
    alembic_util = sys.modules.get("alembic.util")
    return alembic_util is not None and isinstance(error, alembic_util.CommandError)


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
            with interruption_wins():
                return callback(*args, **kwargs)
        except (click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (see crawler.interrupts)
            name, code = signal_of(stop)
            click.echo(f"interrupted ({name})", err=True)
            sys.exit(code)  # not click's "Aborted!" and exit code 1
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
