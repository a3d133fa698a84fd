"""``sitrep db``: schema migrations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .context import command_database
from .errors import CannotRun

if TYPE_CHECKING:
    from store.database import Database


def _known(database: Database) -> str | None:
    """The database's revision; exit 2 if a newer sitrep wrote it (its migrations are unknown)."""
    from store.database import SchemaError

    current = database.current_revision()
    try:
        database.require_known(current)
    except SchemaError as error:
        raise CannotRun(str(error)) from None
    return current


@click.group()
def db() -> None:
    """Create or migrate the database schema."""


@db.command()
@click.argument("revision", default="head")
def upgrade(revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    from store.database import safe_url

    database = command_database(read_only=False)
    _known(database)
    database.upgrade(revision)
    click.echo(f"{safe_url(database.url)} is at revision {database.current_revision()}")


@db.command()
@click.argument("revision")
def downgrade(revision: str) -> None:
    """Downgrade the schema to REVISION ("base" removes every table)."""
    from store.database import safe_url

    database = command_database(read_only=False)
    _known(database)
    database.downgrade(revision)
    click.echo(f"{safe_url(database.url)} is at revision {database.current_revision() or 'base'}")


@db.command()
def current() -> None:
    """Show the schema revision of the database and the one the code expects."""
    from store.database import safe_url

    database = command_database(read_only=True)
    click.echo(f"database: {safe_url(database.url)}")
    click.echo(f"current:  {_known(database) or 'none'}")
    click.echo(f"head:     {database.head_revision()}")
