"""Downstream use of the stored reports, on SQLite and on PostgreSQL: search, reprocess, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.replay import ReplayServer

from .conftest import CORE, SITES, core_reports, crawl, query, run_sitrep


@pytest.fixture
def crawled_db(db_url: str) -> str:
    result = crawl(db_url, sources=CORE)
    assert result.code == 0, result.stderr[-3000:]
    return db_url


def test_search_finds_reports_mentioning_a_place_ranked(crawled_db: str) -> None:
    result = run_sitrep("search", "Kharkiv", "--json", "--limit", "100", db_url=crawled_db)
    assert result.code == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits, "no hit for Kharkiv"
    exported = [json.loads(x) for x in run_sitrep("export", db_url=crawled_db).stdout.splitlines()]
    mentioning = {r["id"] for r in exported if "kharkiv" in (r["title"] + " " + r["body"]).lower()}
    assert {h["id"] for h in hits} == mentioning
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all("[" in h["snippet"] for h in hits)
    narrowed = run_sitrep(
        "search",
        "Kharkiv",
        "--source",
        "midilibre",
        "--since",
        "2024-04-05",
        "--json",
        db_url=crawled_db,
    )
    rows = [json.loads(line) for line in narrowed.stdout.splitlines()]
    assert rows and all(
        r["source"] == "midilibre" and r["report_date"] >= "2024-04-05" for r in rows
    )


def test_search_treats_the_query_as_text_not_syntax(crawled_db: str) -> None:
    for hostile in ('"', "Kharkiv OR", "'; drop table reports; --", "NEAR(", "*", "kharkiv)"):
        result = run_sitrep("search", hostile, db_url=crawled_db)
        assert result.code == 0, (hostile, result.stderr[-500:])
    assert query(crawled_db, "select count(*) from reports") == [(len(core_reports()),)]


def test_reprocess_reads_stored_pages_without_any_request(crawled_db: str) -> None:
    with ReplayServer(SITES) as server:
        result = run_sitrep("reprocess", "--json", db_url=crawled_db)
        assert server.requests == []
    assert result.code == 0, result.stderr
    outcomes = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outcomes) == len(core_reports())
    assert all(o["error"] is None for o in outcomes)


def test_reprocess_after_an_extractor_change_updates_fields(crawled_db: str) -> None:
    # The extractor changes: pretend the stored text was extracted by an older, worse version.
    query(crawled_db, "select 1")  # the database exists
    from sqlalchemy import create_engine, text

    engine = create_engine(crawled_db)
    with engine.begin() as connection:
        connection.execute(
            text("update reports set title = 'old title', body = 'old body' where id = 1")
        )
    engine.dispose()
    before = json.loads(run_sitrep("show", "1", "--json", db_url=crawled_db).stdout)
    dry = run_sitrep("reprocess", "--dry-run", "--json", db_url=crawled_db)
    assert [json.loads(x)["id"] for x in dry.stdout.splitlines() if json.loads(x)["changed"]] == [1]
    result = run_sitrep("reprocess", "--json", db_url=crawled_db)
    changed = [json.loads(x) for x in result.stdout.splitlines() if json.loads(x)["changed"]]
    assert [(c["id"], c["changed"][:2]) for c in changed] == [(1, ["title", "body"])]
    after = json.loads(run_sitrep("show", "1", "--json", db_url=crawled_db).stdout)
    assert after["title"] != "old title" and after["body"] != "old body"
    assert after["revisions"] == before["revisions"] + 1
    assert query(
        crawled_db, "select origin from revisions where report_id = 1 order by number desc limit 1"
    ) == [("reprocess",)]
    # Reprocessing again finds nothing more to change.
    again = run_sitrep("reprocess", "--json", db_url=crawled_db)
    assert not [x for x in again.stdout.splitlines() if json.loads(x)["changed"]]


def test_parquet_export(crawled_db: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "reports.parquet"
    result = run_sitrep("export", "--format", "parquet", "-o", str(target), db_url=crawled_db)
    assert result.code == 0, result.stderr
    table = pq.read_table(target)
    assert table.num_rows == len(core_reports())
    assert {"source", "report_date", "title", "body", "published_at"} <= set(table.column_names)


def test_sqlite_and_postgresql_store_the_same_reports(sqlite_url: str, postgres_url: str) -> None:
    exports = []
    for url in (sqlite_url, postgres_url):
        assert crawl(url).code == 0
        records = [json.loads(x) for x in run_sitrep("export", db_url=url).stdout.splitlines()]
        for record in records:
            for volatile in ("id", "first_seen_at", "last_seen_at"):
                record.pop(volatile)
        exports.append(sorted(records, key=lambda r: (r["source"], r["report_date"])))
    assert exports[0] == exports[1]


def test_database_passwords_are_never_printed(tmp_path: Path) -> None:
    url = "postgresql+psycopg://sitrep:hunter2secret@127.0.0.1:1/sitrep"
    for args in (("db", "current"), ("reports",), ("crawl", "--replay")):
        result = run_sitrep(*args, db_url=url)
        assert result.code != 0
        assert "hunter2secret" not in result.stdout + result.stderr, args


def test_normalize_compresses_the_page_once_and_keeps_only_the_compressed_copy() -> None:
    from crawler.items import Section, SituationReport
    from crawler.normal_form import page_bytes
    from crawler.page_codec import decompress_page
    from crawler.sources import get_source
    from pipelines.normalize import normalize_report

    page = b"<html><body><p>" + b"Le point sur la situation. " * 200 + b"</p></body></html>"
    item = SituationReport(
        source="midilibre",
        series="ukraine-daily",
        url="https://www.midilibre.fr/2024/04/04/guerre-en-ukraine-12345.php",
        title="Guerre en Ukraine : le point sur la situation",
        sections=[Section(None, ["Un paragraphe."])],
        html=page,
    )
    normalized = normalize_report(item, get_source("midilibre"))
    assert (
        normalized.html_compressed is not None
        and decompress_page(normalized.html_compressed) == page
    )
    assert normalized.html is None  # the raw page no longer travels with the item
    assert page_bytes(normalized) == page
    compressed = normalized.html_compressed
    assert normalize_report(normalized, get_source("midilibre")).html_compressed is compressed
    assert "html_compressed" not in normalized.to_dict()
