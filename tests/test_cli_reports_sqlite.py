"""``sitrep reports`` reads a SQLite file at the schema head with sqlite3 alone
(store/sqlite_reads.py), without importing SQLAlchemy: it must list what the SQLAlchemy query
lists, and hand every other database over to SQLAlchemy (which says what is wrong)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from store.database import Database
from store.queries import listed_reports as listed_with_sqlalchemy
from store.sqlite_reads import listed_reports, open_at_head
from store.urls import sqlite_file

from .conftest import CORE, crawl, run_sitrep

FILTERS: list[dict[str, Any]] = [
    {},
    {"sources": ("midilibre",)},
    {"sources": ("lindependant", "midilibre")},
    {"sources": ("nosuch",)},
    {"since": dt.date(2024, 4, 5)},
    {"until": dt.date(2024, 4, 5)},
    {"since": dt.date(2024, 4, 4), "until": dt.date(2024, 4, 6), "sources": ("midilibre",)},
    {"since": dt.date(2024, 4, 7), "until": dt.date(2024, 4, 4)},
]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('listing') / 'sitrep.db'}"
    result = crawl(url, sources=CORE)
    assert result.code == 0, result.stderr[-3000:]
    return url


def copy_of(url: str, tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    source = sqlite3.connect(url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as target:
        source.backup(target)
    source.close()
    return path


@pytest.mark.parametrize("limit", [1000, 3, 1, 0, -1])
@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_sqlite_lists_what_sqlalchemy_lists(
    crawled: str, filters: dict[str, Any], limit: int
) -> None:
    database = Database(crawled, read_only=True)
    try:
        with database.session() as session:
            expected = listed_with_sqlalchemy(session, limit=limit, **filters)
    finally:
        database.dispose()
    connection = open_at_head(crawled)
    assert connection is not None
    try:
        assert listed_reports(connection, limit=limit, **filters) == expected
    finally:
        connection.close()
    if limit == 1000 and not filters:
        assert len(expected) > 5 and len({row[1] for row in expected}) == len(CORE)


def test_the_command_prints_the_same_table_either_way(crawled: str) -> None:
    """``sqlite+pysqlite://`` names the same file but is read through SQLAlchemy."""
    path = crawled.removeprefix("sqlite:///")
    for args in (
        ("--limit", "1000"),
        ("-s", "midilibre", "--since", "2024-04-05"),
        ("--until", "2024-04-05", "-n", "2"),
    ):
        quick = run_sitrep("reports", *args, db_url=crawled)
        through_sqlalchemy = run_sitrep("reports", *args, db_url=f"sqlite+pysqlite:///{path}")
        assert quick.code == through_sqlalchemy.code == 0, quick.stderr + through_sqlalchemy.stderr
        assert quick.stdout == through_sqlalchemy.stdout
        assert any(line.startswith("│") for line in quick.stdout.splitlines()), args


def test_a_bad_date_is_still_a_usage_error(crawled: str) -> None:
    result = run_sitrep("reports", "--since", "yesterday", db_url=crawled)
    assert result.code == 2
    assert "'yesterday' is not a date (YYYY-MM-DD)" in result.stderr


@pytest.mark.parametrize(
    "command",
    [("reports",), ("export", "--format", "jsonl"), ("search", "Kharkiv"), ("reprocess",)],
)
def test_a_window_with_no_day_in_it_cannot_run(crawled: str, command: tuple) -> None:
    """``--since`` after ``--until`` used to list (export, search, re-extract) nothing, exit 0."""
    result = run_sitrep(*command, "--since", "2024-04-05", "--until", "2024-04-01", db_url=crawled)
    assert result.code == 2, result.stdout + result.stderr
    assert "--since 2024-04-05 is after --until 2024-04-01: no report date fits" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and not result.stdout


def test_the_connection_cannot_write(crawled: str) -> None:
    connection = open_at_head(crawled)
    assert connection is not None
    try:
        before = connection.execute("SELECT count(*) FROM reports").fetchone()
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("DELETE FROM reports")
        assert connection.execute("SELECT count(*) FROM reports").fetchone() == before
    finally:
        connection.close()


def test_other_databases_are_left_to_sqlalchemy(crawled: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database\n" * 200)
    older = copy_of(crawled, tmp_path)
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    for url in (
        "postgresql+psycopg://sitrep@127.0.0.1:1/sitrep",
        "sqlite://",
        "sqlite:///:memory:",
        f"sqlite:///{missing}",
        f"sqlite:///{empty}",
        f"sqlite:///{corrupt}",
        f"sqlite:///{older}",
        f"sqlite:///{crawled.removeprefix('sqlite:///')}?mode=ro",
    ):
        assert open_at_head(url) is None, url
    assert not missing.exists()
    assert corrupt.read_bytes() == b"this is not a database\n" * 200


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///sitrep.db",
        "sqlite:////tmp/a b/x.db",
        "sqlite:////tmp/x@y/z.db",
        "sqlite:///~/x.db",
        "sqlite:///./rel/x+y.db",
        "sqlite:///é.db",
        "sqlite:///x#y.db",
        "sqlite:///x.db ",
    ],
)
def test_a_sqlite_url_names_the_file_sqlalchemy_opens(url: str) -> None:
    assert sqlite_file(url) == Path(make_url(url).database or "")


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///",
        "sqlite:///:memory:",
        "sqlite:///a%20b.db",
        "sqlite:///x.db?mode=ro",
        "sqlite+pysqlite:///x.db",
        "SQLITE:///x.db",
        "postgresql://localhost/sitrep",
    ],
)
def test_other_urls_are_parsed_by_sqlalchemy(url: str) -> None:
    assert sqlite_file(url) is None
