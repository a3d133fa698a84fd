"""Engine and session set-up, schema version checks and migrations.

The URL (:mod:`store.urls`), the schema head (:mod:`store.schema_head`) and the SQLite
connection settings (:mod:`store.sqlite_reads`) are kept where a command reads them without
importing SQLAlchemy; they are used, and re-exported, from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from .schema_head import MIGRATIONS_DIR, VERSION_TABLE, head_from_scripts
from .sqlite_reads import BUSY_TIMEOUT_S, reader, sqlite_cache_mib, sqlite_pragmas
from .urls import database_url

if TYPE_CHECKING:  # Alembic is imported when the schema is migrated or not at head
    from alembic.config import Config


class SchemaError(RuntimeError):
    """The database schema is not the one this code expects."""


class NoDatabase(FileNotFoundError):
    """A read-only open found no SQLite file at the path (and created none)."""


class UnsupportedDatabase(ValueError):
    """A database URL of a kind sitrep does not store in (it runs on SQLite and PostgreSQL)."""


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine with sitrep's connection settings (SQLite: WAL, foreign keys, busy timeout).

    ``read_only``: for commands that only read. A SQLite file must exist (:class:`NoDatabase`
    otherwise: no file or folder is ever created) and is opened so that nothing is written.
    """
    try:
        parsed = make_url(url)
    except ValueError:  # a port that is not a number
        raise ArgumentError("the port in the database URL is not a number") from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        parsed.get_dialect()  # a name SQLAlchemy does not know is said as a driver typo
        raise UnsupportedDatabase(
            f"sitrep stores in SQLite or PostgreSQL, not {backend} ({safe_url(url)}): use "
            "sqlite:///FILE or postgresql+psycopg://USER@HOST/DATABASE"
        )
    if backend != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    pragmas = partial(sqlite_pragmas, cache_mib=sqlite_cache_mib(), writes=not read_only)
    database = parsed.database
    if not database or database == ":memory:":
        engine = create_engine(url)
    elif read_only:
        path = Path(database).expanduser().resolve()
        if not path.is_file():
            raise NoDatabase(
                f"no database at {path}: check --db (or SITREP_DATABASE_URL); "
                "`sitrep crawl` or `sitrep db upgrade` creates one"
            )
        engine = create_engine("sqlite://", creator=reader(path), poolclass=QueuePool)
    else:
        Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    event.listen(engine, "connect", pragmas)
    return engine


class Database:
    """One database: its engine, sessions and schema state.

    The engine is made on first use, so a ``Database`` costs nothing (and touches no file)
    until it is used. ``read_only``: see :func:`make_engine`.
    """

    def __init__(self, url: str | None = None, *, read_only: bool = False):
        self.url = database_url(url)
        self.read_only = read_only
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url, read_only=self.read_only)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        return self._engine

    def __repr__(self) -> str:
        return f"Database({safe_url(self.url)!r})"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        self.engine  # noqa: B018 - makes the engine and its session factory
        assert self._sessions is not None
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for lookups that write nothing: lighter than a session (no unit of
        work, no commit); its transaction is rolled back when it returns to the pool."""
        with self.engine.connect() as connection:
            yield connection

    # -- schema ----------------------------------------------------------------------------

    def alembic_config(self) -> Config:
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        config.attributes["engine"] = self.engine
        return config

    def head_revision(self) -> str | None:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def at_head(self) -> bool:
        """Whether the version table holds the scripts' head, read with SQLAlchemy alone:
        ``False`` also when unsure (then :meth:`is_current` asks Alembic)."""
        head = head_from_scripts()
        if head is None:
            return False
        with self.engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return False
            stamped = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
            return stamped.scalars().all() == [head]

    def is_current(self) -> bool:
        return self.at_head() or self.current_revision() == self.head_revision()

    def revision_known(self, revision: str) -> bool:
        """Whether this code's migrations know ``revision``."""
        from alembic.script import ScriptDirectory
        from alembic.script.revision import RevisionError
        from alembic.util import CommandError

        script = ScriptDirectory.from_config(self.alembic_config())
        try:
            return script.get_revision(revision) is not None
        except (RevisionError, CommandError):
            return False

    def require_known(self, current: str | None) -> None:
        """Raise :class:`SchemaError` if the database is at a revision this code does not know."""
        if current is not None and not self.revision_known(current):
            raise SchemaError(
                f"database {safe_url(self.url)} is at revision {current}, which this sitrep does "
                "not know: a newer sitrep wrote it; upgrade sitrep to use it"
            )

    def require_current(self) -> None:
        """Raise :class:`SchemaError` (saying what to run) unless the schema is at head."""
        if self.at_head():
            return
        current, head = self.current_revision(), self.head_revision()
        if current == head:
            return
        self.require_known(current)
        if current is None:
            raise SchemaError(
                f"database {safe_url(self.url)} has no sitrep schema yet: "
                "run `sitrep crawl` or `sitrep db upgrade`"
            )
        raise SchemaError(
            f"database {safe_url(self.url)} is at revision {current}, "
            f"code expects {head}: run `sitrep db upgrade`"
        )

    def upgrade(self, revision: str = "head") -> None:
        from alembic import command

        command.upgrade(self.alembic_config(), revision)

    def downgrade(self, revision: str) -> None:
        from alembic import command

        command.downgrade(self.alembic_config(), revision)

    def ensure_schema(self, *, auto_migrate: bool) -> tuple[str | None, str | None] | None:
        """Bring the schema to head, or raise :class:`SchemaError` saying what to run.

        Returns ``(from, to)`` revisions when this call upgraded the schema, else ``None``.
        """
        if self.is_current():
            return None
        self.require_known(self.current_revision())
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
        if self._engine is not None:
            self._engine.dispose()


@cache
def shared_database(url: str) -> Database:
    """One :class:`Database` per URL and process, shared by the pipelines of all spiders."""
    return Database(url)
