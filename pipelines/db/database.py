"""Engine and session set-up, schema version checks and migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///sitrep.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "migrations"


class SchemaError(RuntimeError):
    """The database schema is not the one this code expects."""


def database_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else ``SITREP_DATABASE_URL``, else ``sitrep.db`` here."""
    return explicit or os.environ.get("SITREP_DATABASE_URL") or DEFAULT_URL


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Page cache per connection: 16 MiB keeps a night's memory flat (64 MiB grew a 4,000-report
    # night's peak from 287 to 349 MB); lookups over a million stored reports want 64.
    cache_mib = int(os.environ.get("SITREP_SQLITE_CACHE_MIB", "16"))
    cursor.execute(f"PRAGMA cache_size=-{cache_mib * 1024}")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with sitrep's connection settings (SQLite: WAL, foreign keys, busy timeout)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its engine, sessions and schema state."""

    def __init__(self, url: str | None = None):
        self.url = database_url(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Database({safe_url(self.url)!r})"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    # -- schema ----------------------------------------------------------------------------

    def alembic_config(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        config.attributes["engine"] = self.engine
        return config

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def is_current(self) -> bool:
        return self.current_revision() == self.head_revision()

    def upgrade(self, revision: str = "head") -> None:
        command.upgrade(self.alembic_config(), revision)

    def downgrade(self, revision: str) -> None:
        command.downgrade(self.alembic_config(), revision)

    def ensure_schema(self, *, auto_migrate: bool) -> tuple[str | None, str | None] | None:
        """Bring the schema to head, or raise :class:`SchemaError` saying what to run.

        Returns ``(from, to)`` revisions when this call upgraded the schema, else ``None``.
        """
        if self.is_current():
            return None
        if auto_migrate:
            from .lock import migration_lock  # the lock module builds on this one

            with migration_lock(self):
                before, head = self.current_revision(), self.head_revision()
                if before == head:  # another worker did it meanwhile
                    return None
                self.upgrade()
                return before, head
        raise SchemaError(
            f"database {safe_url(self.url)} is at revision {self.current_revision() or 'none'}, "
            f"code expects {self.head_revision()}: run `sitrep db upgrade`"
        )

    def dispose(self) -> None:
        self.engine.dispose()


@cache
def shared_database(url: str) -> Database:
    """One :class:`Database` per URL and process, shared by the pipelines of all spiders."""
    return Database(url)
