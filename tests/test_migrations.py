"""Alembic migrations: both directions, on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from store.database import Database
from store.models import Base, CrawlRun, include_in_migrations


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
    names = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    return {n for n in names if not n.startswith("reports_fts")}


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
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_in_migrations}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_alembic_check_command(database: Database) -> None:
    database.upgrade()
    command.check(database.alembic_config())


def test_schema_error_names_the_fix(tmp_path) -> None:
    from store.database import SchemaError

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    with pytest.raises(SchemaError, match="sitrep db upgrade"):
        db.ensure_schema(auto_migrate=False)
    assert db.ensure_schema(auto_migrate=True) == (None, db.head_revision())
    assert db.is_current()
    assert db.ensure_schema(auto_migrate=True) is None  # nothing left to do, nothing to say


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


def test_data_written_at_each_revision_survives_every_upgrade(database: Database) -> None:
    from sqlalchemy import text

    from store.search import search_reports

    database.upgrade("0001")
    now = "2024-04-08 04:00:00"
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "insert into sources (id, slug, name, homepage, language, timezone) "
                "values (1, 'midilibre', 'Midi Libre', 'https://www.midilibre.fr/', 'fr', 'Europe/Paris')"
            )
        )
        connection.execute(
            text(
                "insert into series (id, source_id, key, name) values (1, 1, 'ukraine-daily', 'Le point')"
            )
        )
        connection.execute(
            text(
                "insert into reports (id, source_id, series_id, report_date, url, title, authors, body, sections,"
                " captions, provenance, is_paywalled, content_hash, revision_count, first_seen_at, last_seen_at,"
                " language) values (1, 1, 1, '2024-04-04', 'https://www.midilibre.fr/a.php', 'Guerre en Ukraine',"
                " '[]', :body, '[]', '[]', '{}', false, 'abc', 1, :now, :now, 'fr')"
            ),
            {
                "body": "Au moins huit morts dans des frappes russes sur Kharkiv et Soumy.",
                "now": now,
            },
        )
        connection.execute(
            text(
                "insert into revisions (report_id, number, content_hash, url, title, authors, body, sections,"
                " captions, fetched_at, created_at) values (1, 1, 'abc', 'https://www.midilibre.fr/a.php',"
                " 'Guerre en Ukraine', '[]', 'x', '[]', '[]', :now, :now)"
            ),
            {"now": now},
        )
    database.upgrade("0002")
    with database.engine.connect() as connection:
        (fingerprint,) = connection.execute(text("select simhash from reports where id = 1")).one()
    assert fingerprint != 0  # backfilled from the stored body
    database.upgrade("head")
    with database.engine.connect() as connection:
        assert connection.execute(text("select origin from revisions")).scalar_one() == "crawl"
    with database.session() as session:
        hits = search_reports(session, "Kharkiv")
    assert [hit.report.id for hit in hits] == [1]


def test_data_dictionary_matches_the_models() -> None:
    import json
    from pathlib import Path

    metadata = json.loads(
        (Path(__file__).parent.parent / "docs" / "datasette-metadata.json").read_text("utf-8")
    )
    documented = metadata["databases"]["sitrep"]["tables"]
    assert set(documented) == set(Base.metadata.tables)
    for name, table in documented.items():
        assert set(table["columns"]) <= set(Base.metadata.tables[name].columns.keys()), name


def test_source_checks_arrive_with_0007_and_leave_with_its_downgrade(database: Database) -> None:
    from sqlalchemy import text

    from store.models import SourceCheckRecord

    database.upgrade("0006")
    assert "source_checks" not in _tables(database)
    database.upgrade("0007")
    when = dt.datetime(2024, 4, 8, 3, 10, tzinfo=dt.UTC)
    with database.session() as session:
        session.add(
            SourceCheckRecord(
                source="midilibre", checked_at=when, ok=True, replay=False, summary={"a": 1}
            )
        )
    with database.session() as session:
        (row,) = session.query(SourceCheckRecord).all()
        assert (row.source, row.checked_at, row.ok, row.replay, row.summary) == (
            "midilibre",
            when,
            True,
            False,
            {"a": 1},
        )
    database.downgrade("0006")
    assert "source_checks" not in _tables(database)
    with database.engine.connect() as connection:
        assert connection.execute(text("select count(*) from crawl_runs")).scalar_one() == 0
    database.upgrade()
    assert "source_checks" in _tables(database)


def test_the_head_read_from_the_scripts_is_alembics(database: Database, tmp_path) -> None:
    """Read commands learn the head revision without importing Alembic: it must be the one
    Alembic finds, and a doubt (two heads, an unreadable script) hands over to Alembic."""
    import shutil

    from store.database import MIGRATIONS_DIR, head_from_scripts

    assert head_from_scripts() == database.head_revision()
    branched = tmp_path / "versions"
    shutil.copytree(MIGRATIONS_DIR / "versions", branched)
    (branched / "9999_second_head.py").write_text(
        'revision = "9999"\ndown_revision = "0001"\n', "utf-8"
    )
    assert head_from_scripts(branched) is None
    (branched / "9999_second_head.py").write_text("revision = (\n", "utf-8")
    assert head_from_scripts(branched) is None


@pytest.mark.parametrize(
    ("script", "head"),
    [
        ('revision: str = "0100"  # the next one\ndown_revision: str | None = "0099"\n', "0100"),
        ('"""Revision ID: 0100\nrevision = "0101"\n"""\nrevision = "0100"\n', None),
        ('revision = "0100"\ndown_revision = (\n    "0099",\n)\n', None),
        ('revision = ["0100"]\ndown_revision = "0099"\n', None),
        (
            'revision = "0100"\ndown_revision = "0099"\ndef f() -> None:\n    revision = "0102"\n',
            "0100",
        ),
    ],
)
def test_the_head_is_read_from_plain_lines_only(tmp_path, script: str, head: str | None) -> None:
    """Each script's ``revision``/``down_revision`` lines are read without parsing the whole
    script: a value that is not a literal on its line, or a name assigned twice at the start
    of a line (as in a docstring), hands over to Alembic."""
    from store.database import head_from_scripts

    (tmp_path / "0099_before.py").write_text('revision = "0099"\ndown_revision = None\n', "utf-8")
    (tmp_path / "0100_next.py").write_text(script, "utf-8")
    assert head_from_scripts(tmp_path) == head


def _insert_page_rows(database: Database, page: bytes, column: str, first_id: int) -> None:
    """A report (once), one revision and one quarantined item, each holding ``page``."""
    from sqlalchemy import text

    now = "2024-04-08 04:00:00"
    with database.engine.begin() as connection:
        if first_id == 1:
            connection.execute(
                text(
                    "insert into sources (id, slug, name, homepage, language, timezone) values"
                    " (1, 'midilibre', 'Midi Libre', 'https://www.midilibre.fr/', 'fr', 'Europe/Paris')"
                )
            )
            connection.execute(
                text(
                    "insert into series (id, source_id, key, name) values (1, 1, 'ukraine-daily', 'Le point')"
                )
            )
            connection.execute(
                text(
                    "insert into reports (id, source_id, series_id, report_date, url, title, authors,"
                    " body, sections, captions, provenance, is_paywalled, content_hash, revision_count,"
                    " first_seen_at, last_seen_at, language, simhash, sim_band0, sim_band1, sim_band2,"
                    " sim_band3) values (1, 1, 1, '2024-04-04',"
                    " 'https://www.midilibre.fr/a.php', 'Guerre en Ukraine', '[]', 'x', '[]', '[]', '{}',"
                    " false, 'abc', 2, :now, :now, 'fr', 0, 0, 0, 0, 0)"
                ),
                {"now": now},
            )
        connection.execute(
            text(
                f"insert into revisions (id, report_id, number, content_hash, url, title, authors, body,"
                f" sections, captions, fetched_at, created_at, origin, changed_fields, {column}) values"
                f" (:id, 1, :id, 'abc', 'https://www.midilibre.fr/a.php', 'Guerre en Ukraine', '[]',"
                f" 'x', '[]', '[]', :now, :now, 'crawl', '[]', :page)"
            ),
            {"id": first_id, "now": now, "page": page},
        )
        connection.execute(
            text(
                f"insert into quarantine (id, source, url, reasons, item, created_at, {column})"
                f" values (:id, 'midilibre', 'https://www.midilibre.fr/a.php', '[]', '{{}}', :now, :page)"
            ),
            {"id": first_id, "now": now, "page": page},
        )


def _pages(database: Database, column: str) -> list[bytes]:
    from sqlalchemy import text

    with database.engine.connect() as connection:
        return [
            bytes(page)
            for table in ("revisions", "quarantine")
            for (page,) in connection.execute(text(f"select {column} from {table} order by id"))
        ]


def test_pages_stored_as_zlib_stay_readable_and_zstandard_pages_go_down_as_zlib(
    database: Database,
) -> None:
    import zlib

    from crawler.page_codec import ZSTD_MAGIC, compress_page, decompress_page

    old, new = b"<html>avant 0008</html>" * 50, b"<html>depuis 0008</html>" * 50
    database.upgrade("0007")
    _insert_page_rows(database, zlib.compress(old), "html_zlib", first_id=1)
    database.upgrade("0008")
    _insert_page_rows(database, compress_page(new), "html_compressed", first_id=2)

    pages = _pages(database, "html_compressed")
    assert [decompress_page(page) for page in pages] == [old, new, old, new]
    assert [page.startswith(ZSTD_MAGIC) for page in pages] == [False, True, False, True]

    database.downgrade("0007")
    assert [zlib.decompress(page) for page in _pages(database, "html_zlib")] == [old, new, old, new]
    database.upgrade()
    assert [decompress_page(page) for page in _pages(database, "html_compressed")] == [
        old,
        new,
        old,
        new,
    ]
