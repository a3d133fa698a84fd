"""Alembic environment: sitrep's metadata, batch mode on SQLite, URL from sitrep's settings."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from store.database import database_url, make_engine
from store.migrate import (
    broken_foreign_keys,
    check_foreign_keys,
    sqlite_transactional_ddl,
)
from store.models import Base, include_in_migrations

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    # `sitrep db upgrade` passes its URL; plain `alembic` falls back to SITREP_DATABASE_URL.
    configured = config.get_main_option("sqlalchemy.url")
    return configured or database_url()


def _configure(connection: Connection | None = None, **kwargs: object) -> None:
    url = connection.engine.url if connection is not None else _url()
    is_sqlite = str(url).startswith("sqlite")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
        include_object=include_in_migrations,
        **kwargs,
    )


def run_offline() -> None:
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = config.attributes.get("engine") or make_engine(_url())
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # The whole upgrade is one SQLite transaction: a kill between two statements
            # leaves the database at the revision it started from.
            with sqlite_transactional_ddl(connection):
                broken_before = broken_foreign_keys(connection)
                _configure(connection, transactional_ddl=True)
                with context.begin_transaction():
                    context.run_migrations()
                    check_foreign_keys(connection, broken_before)
                connection.commit()
            return
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
