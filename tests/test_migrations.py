"""Alembic migrations: both directions, on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from pipelines.db.database import Database
from pipelines.db.models import Base, CrawlRun

PG_ADMIN_URL = os.environ.get(
    "SITREP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _postgres_reachable() -> bool:
    try:
        with create_engine(PG_ADMIN_URL).connect():
            return True
    except Exception:
        return False


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A throwaway database on the real PostgreSQL server, dropped afterwards."""
    if not _postgres_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI but unreachable at {PG_ADMIN_URL}")
        pytest.skip(f"no PostgreSQL server at {PG_ADMIN_URL}")
    name = f"sitrep_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'migrations.db'}"
        db = Database(url)
        yield db
        db.dispose()
    else:
        url = request.getfixturevalue("postgres_url")
        db = Database(url)
        yield db
        db.dispose()


def _tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade_keeps_data(database: Database) -> None:
    database.upgrade()
    assert _tables(database) == set(Base.metadata.tables)
    assert database.is_current()
    with database.session() as session:
        session.add(
            CrawlRun(started_at=dt.datetime(2024, 4, 8, 4, 0, tzinfo=dt.UTC), sources=["midilibre"])
        )
    database.downgrade("base")
    assert _tables(database) == set()
    database.upgrade()
    assert _tables(database) == set(Base.metadata.tables)


def test_models_and_migrations_agree(database: Database) -> None:
    database.upgrade()
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_alembic_check_command(database: Database) -> None:
    database.upgrade()
    command.check(database.alembic_config())


def test_schema_error_names_the_fix(tmp_path) -> None:
    from pipelines.db.database import SchemaError

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    with pytest.raises(SchemaError, match="sitrep db upgrade"):
        db.ensure_schema(auto_migrate=False)
    db.ensure_schema(auto_migrate=True)
    assert db.is_current()


def test_timestamps_round_trip_as_aware_utc(database: Database) -> None:
    database.upgrade()
    when = dt.datetime(2024, 4, 4, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with database.session() as session:
        run = CrawlRun(started_at=when, sources=[])
        session.add(run)
        session.flush()
        run_id = run.id
    with database.session() as session:
        stored = session.get(CrawlRun, run_id).started_at
    assert stored == when and stored.utcoffset() == dt.timedelta(0)
    with pytest.raises(Exception, match="naive"), database.session() as session:
        session.add(CrawlRun(started_at=dt.datetime(2024, 4, 4), sources=[]))
