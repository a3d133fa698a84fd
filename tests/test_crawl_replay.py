"""End to end: the real `sitrep crawl --replay` over loopback HTTP into a real SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html

from crawler.page_codec import decompress_page
from crawler.sources import get_source

from .conftest import (
    MANIFEST,
    SITES,
    crawl,
    fixture_path,
    manifest_reports,
    query,
    run_sitrep,
)
from .golden_check import golden_for, mismatches

# Per source, what one crawl of the snapshot stores: each report once, and once more as
# "unchanged" for every other URL (tracking parameters, ...) a discovery page links it by.
EXPECTED_NEW = Counter(r["source"] for r in MANIFEST["reports"])
EXPECTED_REVISITS = Counter(r["source"] for r in MANIFEST["reports"] for _ in r.get("variants", []))
ALL_SPILLED = ("--set", "SITREP_FRONTIER_MEMORY_REQUESTS=0")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One replay crawl of the bundled snapshot, shared by the read-only tests below."""
    path = tmp_path_factory.mktemp("crawl") / "sitrep.db"
    spill = path.parent / "frontier"
    # What a killed crawl leaves behind: its process is gone, so this crawl clears it.
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    abandoned = spill / f"sitrep-frontier-{finished.pid}-x" / "requests.queue"
    abandoned.mkdir(parents=True)
    (abandoned / "active.json").write_text("[]", "utf-8")
    db_url = f"sqlite:///{path}"
    # A memory frontier of 0 requests: every pending request goes through the spill folder.
    result = crawl(db_url, "--json", "--set", f"SITREP_SPILL_DIR={spill}", *ALL_SPILLED)
    exported = run_sitrep("export", "--format", "jsonl", db_url=db_url)
    return {
        "db_url": db_url,
        "path": path,
        "spill": spill,
        "result": result,
        "summary": json.loads(result.stdout) if result.stdout.strip() else None,
        "reports": [json.loads(line) for line in exported.stdout.splitlines()],
    }


def test_replay_crawl_stores_every_daily_report(crawled: dict) -> None:
    assert crawled["result"].code == 0, crawled["result"].stderr[-3000:]
    reports = crawled["reports"]
    assert len(reports) == len(MANIFEST["reports"])
    assert {r["source"] for r in reports} == set(EXPECTED_NEW)
    assert sorted((r["source"], r["report_date"]) for r in reports) == sorted(
        (r["source"], r["report_date"]) for r in MANIFEST["reports"]
    )
    stored_urls = {r["url"] for r in reports}
    assert not stored_urls & set(MANIFEST["non_reports"]), "a non-report article was stored"


@pytest.mark.parametrize(
    "entry", MANIFEST["reports"], ids=lambda r: f"{r['source']}-{r['report_date']}"
)
def test_crawled_fields_match_golden_expectations(crawled: dict, entry: dict) -> None:
    report = next(
        r
        for r in crawled["reports"]
        if (r["source"], r["report_date"]) == (entry["source"], entry["report_date"])
    )
    assert mismatches(golden_for(entry["source"], entry["report_date"])["expected"], report) == []
    paragraphs = [p for s in report["sections"] for p in s["paragraphs"]]
    assert report["body"] == "\n\n".join(paragraphs)
    for caption in report["captions"]:
        assert not caption["credit"] or caption["credit"] not in report["body"]


def test_aggregator_copy_is_clean(crawled: dict) -> None:
    report = next(
        r
        for r in crawled["reports"]
        if r["source"] == "hardwoodparoxysm" and r["report_date"] == "2024-04-04"
    )
    body = report["body"]
    assert "Your email address will not be published" not in body
    assert "Add a Comment" not in body
    assert "counter.yadro.ru" not in body and "Math.random" not in body
    assert "MAXPPP" not in body
    assert "&amp" not in body and "rsquo;" not in body and " ;" not in body
    assert 'the fight against "terrorism"' in body
    assert body.count("at least 8 dead in Russian strikes") == 0  # the duplicated headline is gone
    assert report["title"].startswith("War in Ukraine: at least 8 dead")
    assert report["authors"] == []  # "admin" is not a person


def test_syndicated_copy_stays_a_report_of_its_own_outlet(crawled: dict) -> None:
    by_url = {r["url"]: r for r in crawled["reports"]}
    # Word-for-word copies: the original is a report too, in the same language (not a translation).
    pairs = [
        (by_url[entry["url"]], by_url[entry["syndicated_from"]])
        for entry in MANIFEST["reports"]
        if entry["syndicated_from"] in by_url
        and get_source(entry["source"]).language == by_url[entry["syndicated_from"]]["language"]
    ]
    assert pairs
    for copy, original in pairs:
        assert copy["source"] != original["source"]
        assert copy["report_date"] == original["report_date"]
        assert copy["body"] == original["body"]


def test_summary_and_ledger(crawled: dict) -> None:
    summary = crawled["summary"]
    assert summary["status"] == "ok"
    assert summary["schema_upgraded"]["from"] is None  # a fresh database, brought to head
    assert f"database schema upgraded from empty to {summary['schema_upgraded']['to']}" in (
        crawled["result"].stderr
    )
    rows = {row["source"]: row for row in summary["sources"]}
    assert {slug: rows[slug]["new"] for slug in rows} == dict(EXPECTED_NEW)
    # The same report linked twice (with tracking parameters) is one report.
    assert {slug: rows[slug]["unchanged"] for slug in rows} == {
        slug: EXPECTED_REVISITS[slug] for slug in EXPECTED_NEW
    }
    assert sum(EXPECTED_REVISITS.values()) >= 1
    with sqlite3.connect(crawled["path"]) as connection:
        statuses = connection.execute("select source, status, requests from source_runs").fetchall()
    assert {s for _, s, _ in statuses} == {"ok"}
    assert all(requests > 0 for *_, requests in statuses)


def test_pending_requests_wait_on_disk_and_the_folder_goes(crawled: dict) -> None:
    """With no room in memory, every request the spiders schedule is pickled to the spill
    folder (none is unserializable); each spider's folder is removed when it closes, and a
    folder a killed crawl left behind is removed too."""
    with sqlite3.connect(crawled["path"]) as connection:
        stats = [json.loads(row[0]) for row in connection.execute("select stats from source_runs")]
    assert len(stats) == len(EXPECTED_NEW)
    for source_stats in stats:
        assert source_stats["scheduler/enqueued/disk"] == source_stats["scheduler/enqueued"] > 0
        assert "scheduler/enqueued/memory" not in source_stats
        assert "scheduler/unserializable" not in source_stats
    assert crawled["spill"].is_dir()
    assert list(crawled["spill"].iterdir()) == []


def test_a_spill_folder_that_cannot_be_made_leaves_requests_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    db_url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    result = crawl(
        db_url,
        SITES,
        "--set",
        f"SITREP_SPILL_DIR={blocker / 'spill'}",
        *ALL_SPILLED,
        sources=("midilibre",),
    )
    assert result.code == 0, result.stderr[-3000:]
    ((stats,),) = query(db_url, "select stats from source_runs")
    stats = json.loads(stats)
    assert stats["sitrep/frontier/spill_failed"] == 1
    assert stats["scheduler/enqueued/memory"] == stats["scheduler/enqueued"] > 0
    assert query(db_url, "select count(*) from reports") == [(EXPECTED_NEW["midilibre"],)]


def test_a_nights_frontier_stays_in_memory(tmp_path: Path) -> None:
    """Under SITREP_FRONTIER_MEMORY_REQUESTS no request is pickled and no folder is made."""
    spill = tmp_path / "frontier"
    db_url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    result = crawl(db_url, SITES, "--set", f"SITREP_SPILL_DIR={spill}", sources=("midilibre",))
    assert result.code == 0, result.stderr[-3000:]
    ((stats,),) = query(db_url, "select stats from source_runs")
    stats = json.loads(stats)
    assert stats["scheduler/enqueued/memory"] == stats["scheduler/enqueued"] > 0
    assert "scheduler/enqueued/disk" not in stats
    assert not spill.exists()


def test_a_running_crawls_spill_folder_is_left_alone(tmp_path: Path) -> None:
    from crawler.scheduler import remove_abandoned

    running = tmp_path / f"sitrep-frontier-{os.getpid()}-x"
    unrelated = tmp_path / "sitrep-frontier-notes"
    running.mkdir()
    unrelated.mkdir()
    assert remove_abandoned(tmp_path) == []
    assert running.is_dir() and unrelated.is_dir()


def test_each_revision_keeps_the_page_as_fetched(crawled: dict) -> None:
    rows = query(crawled["db_url"], "select url, html_compressed from revisions order by id")
    assert len(rows) == len(MANIFEST["reports"])
    for url, compressed in rows:
        assert decompress_page(compressed) == fixture_path(SITES, url).read_bytes(), url


def test_every_url_variant_is_recorded(crawled: dict) -> None:
    report = next(
        r
        for r in crawled["reports"]
        if r["source"] == "midilibre" and r["report_date"] == "2024-04-07"
    )
    shown = json.loads(
        run_sitrep("show", str(report["id"]), "--json", db_url=crawled["db_url"]).stdout
    )
    urls = {u["url"] for u in shown["urls"]}
    assert report["url"] in urls
    assert any("utm_source=" in u for u in urls)
    assert shown["revision_history"][0]["number"] == 1


def test_csv_export_has_one_row_per_report(crawled: dict, tmp_path: Path) -> None:
    import csv

    target = tmp_path / "reports.csv"
    result = run_sitrep(
        "export",
        "--format",
        "csv",
        "--source",
        "midilibre",
        "-o",
        str(target),
        db_url=crawled["db_url"],
    )
    assert result.code == 0, result.stderr
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == EXPECTED_NEW["midilibre"]
    assert {
        "source",
        "series",
        "report_date",
        "url",
        "title",
        "authors",
        "published_at",
        "body",
        "sections",
    } <= set(rows[0])
    assert all(row["published_at"].endswith("+02:00") for row in rows)


def test_broken_report_is_quarantined_with_its_reason(
    db_url: str, sites_copy: Path, tmp_path: Path
) -> None:
    # L'Indépendant's page: the realistic Midi Libre pages keep teaser lists that a fallback
    # reads instead (tests/test_realistic_pages.py, a known extraction miss).
    target = manifest_reports("lindependant")[1]
    page = fixture_path(sites_copy, target["url"])
    tree = lxml_html.fromstring(page.read_bytes())
    # A layout change: the body container and the JSON-LD articleBody are gone.
    for body in tree.cssselect("div.article-full__body-content"):
        body.getparent().replace(
            body, lxml_html.fromstring("<div class='premium'>Réservé aux abonnés</div>")
        )
    html = lxml_html.tostring(tree, encoding="unicode").replace('"articleBody"', '"x-articleBody"')
    page.write_text(html, "utf-8")
    result = crawl(db_url, sites_copy, "--json")
    rows = {r["source"]: r for r in json.loads(result.stdout)["sources"]}
    assert rows["lindependant"]["quarantined"] == 1
    assert rows["lindependant"]["new"] == EXPECTED_NEW["lindependant"] - 1
    assert rows["midilibre"]["new"] == EXPECTED_NEW["midilibre"]  # others unaffected
    ((url, reasons, html_size),) = query(
        db_url, "select url, reasons, length(html_compressed) from quarantine"
    )
    assert url == target["url"]
    assert "body too short" in str(reasons)
    assert html_size > 0


def test_unknown_source_and_bad_database_exit_2(tmp_path: Path) -> None:
    assert (
        run_sitrep("crawl", "--source", "nope", db_url=f"sqlite:///{tmp_path / 'x.db'}").code == 2
    )
    unreachable = "postgresql+psycopg://postgres:secret@127.0.0.1:1/none"
    result = run_sitrep("crawl", "--replay", db_url=unreachable)
    assert result.code == 2
    assert "secret" not in result.stderr + result.stdout


def test_plain_scrapy_crawl_works_like_a_scrapy_user_expects(tmp_path: Path) -> None:
    from crawler.replay import ReplayServer

    from .conftest import SITES, TESTS

    path = tmp_path / "scrapy.db"
    with ReplayServer(SITES) as server:
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "midilibre",
                "-s",
                f"SITREP_DATABASE_URL=sqlite:///{path}",
                "-s",
                f"SITREP_REPLAY_URL={server.url}",
                "-s",
                "DOWNLOAD_DELAY=0",
                "-s",
                "LOG_LEVEL=WARNING",
            ],
            capture_output=True,
            text=True,
            cwd=TESTS.parent,
            timeout=120,
        )
    assert completed.returncode == 0, completed.stderr[-3000:]
    with sqlite3.connect(path) as connection:
        assert connection.execute("select count(*) from reports").fetchone() == (
            EXPECTED_NEW["midilibre"],
        )
        runs = connection.execute(
            "select r.status, s.source, s.status from crawl_runs r join source_runs s"
        ).fetchall()
    assert runs == [("ok", "midilibre", "ok")]
