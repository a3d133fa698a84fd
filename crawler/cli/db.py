"""``sitrep db``: schema migrations."""

from __future__ import annotations

import click

from pipelines.db.database import Database, safe_url


@click.group()
def db() -> None:
    """Create or migrate the database schema."""


@db.command()
@click.argument("revision", default="head")
@click.pass_obj
def upgrade(obj: dict, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    database = Database(obj["db_url"])
    database.upgrade(revision)
    click.echo(f"{safe_url(database.url)} is at revision {database.current_revision()}")


@db.command()
@click.argument("revision")
@click.pass_obj
def downgrade(obj: dict, revision: str) -> None:
    """Downgrade the schema to REVISION ("base" removes every table)."""
    database = Database(obj["db_url"])
    database.downgrade(revision)
    click.echo(f"{safe_url(database.url)} is at revision {database.current_revision() or 'base'}")


@db.command()
@click.pass_obj
def current(obj: dict) -> None:
    """Show the schema revision of the database and the one the code expects."""
    database = Database(obj["db_url"])
    click.echo(f"database: {safe_url(database.url)}")
    click.echo(f"current:  {database.current_revision() or 'none'}")
    click.echo(f"head:     {database.head_revision()}")
