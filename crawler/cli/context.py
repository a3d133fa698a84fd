"""The database of one ``sitrep`` invocation, opened once and kept on the click context.

The URL is resolved once, by the ``sitrep`` group (``--db``, else ``SITREP_DATABASE_URL``, else
``sitrep.db`` here). Commands that only read open the database read-only: a SQLite file must
exist (nothing is created) and is never written, so an archived copy can be browsed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .errors import CannotRun

if TYPE_CHECKING:
    from store.database import Database

# Commands that write to the database; every other command only reads it.
WRITING_COMMANDS = frozenset({"crawl", "reprocess", "upgrade", "downgrade"})


def _state(ctx: click.Context) -> dict:
    root = ctx.find_root()
    if not isinstance(root.obj, dict):
        root.obj = {}
    return root.obj


def command_database(url: str | None = None, *, read_only: bool | None = None) -> Database:
    """The invocation's :class:`Database`, made on first call (the engine on first use).

    ``read_only`` defaults to whether the running command is one that only reads.
    """
    from store.database import Database  # SQLAlchemy: only once a command opens a database

    ctx = click.get_current_context()
    state = _state(ctx)
    database = state.get("database")
    if database is None:
        if read_only is None:
            read_only = ctx.command.name not in WRITING_COMMANDS
        database = Database(url or state.get("db_url"), read_only=read_only)
        state["database"] = database
        ctx.find_root().call_on_close(database.dispose)
    return database


def ready_database(url: str | None = None) -> Database:
    """:func:`command_database`, checked to be at this sitrep's schema revision (else exit 2
    with what to run: `sitrep db upgrade`, or upgrade sitrep for a newer database)."""
    from store.database import SchemaError

    database = command_database(url)
    try:
        database.require_current()
    except SchemaError as error:
        raise CannotRun(str(error)) from None
    return database
