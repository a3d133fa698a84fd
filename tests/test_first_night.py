"""Before the first live night: fixture kinds, the last live check, ``check --all --save DIR``."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli
from crawler.devtools.check import SourceCheck
from crawler.devtools.check_log import record_checks
from crawler.devtools.fixtures import read_fixtures, site_hosts, source_fixture_kind
from crawler.devtools.polite import PoliteFetcher, RobotsDisallowed
from crawler.replay import ReplayServer
from crawler.settings import USER_AGENT
from crawler.sources import all_sources, get_source
from store.database import Database

from . import sample_outlet as outlet
from .conftest import SITES, fixture_path, manifest_reports, query
from .test_scaffold import live, new_source, record, root  # noqa: F401 - fixtures

SLUGS = {s.slug for s in all_sources()}


def sitrep(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# -- fixture kinds ------------------------------------------------------------------------


def test_every_bundled_site_says_it_is_reconstructed() -> None:
    entries = read_fixtures(SITES)
    assert set(entries) == set(site_hosts(SITES))
    assert {e["kind"] for e in entries.values()} == {"reconstructed"}
    assert all(e["note"] and e["recorded_at"] is None for e in entries.values())
    assert {source_fixture_kind(s, SITES, entries) for s in all_sources()} == {"reconstructed"}


def test_record_marks_its_host_recorded(root: Path, live: ReplayServer) -> None:  # noqa: F811
    assert new_source(root).exit_code == 0
    sites = root / "tests" / "sites"
    (sites / "FIXTURES.json").write_text(
        json.dumps({"hosts": {outlet.HOST: {"kind": "reconstructed", "note": "by hand"}}}),
        "utf-8",
    )
    assert record(root, outlet.FEED, "--via", live.url).exit_code == 0
    entry = read_fixtures(sites)[outlet.HOST]
    assert entry["kind"] == "recorded"
    assert "written earlier by hand" in entry["note"]
    assert dt.datetime.fromisoformat(entry["recorded_at"]).tzinfo is not None


def test_sources_shows_fixture_kind_and_never_checked(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    as_json = sitrep("--db", f"sqlite:///{db}", "sources", "--json")
    assert as_json.exit_code == 0
    rows = json.loads(as_json.output)
    assert {r["slug"]: (r["fixture_kind"], r["last_live_check"]) for r in rows} == {
        slug: ("reconstructed", None) for slug in SLUGS
    }
    table = sitrep("--db", f"sqlite:///{db}", "sources")
    assert "reconstructed" in table.output and "never" in table.output
    assert not db.exists()  # a read command creates no database
    markdown = sitrep("sources", "--markdown")
    assert "| Site |" in markdown.output and "| reconstructed |" in markdown.output


def test_last_live_check_is_the_newest_live_check_that_found_a_report(db_url: str) -> None:
    database = Database(db_url)
    database.upgrade()
    ok, failed = SourceCheck("midilibre", report={"url": "u", "fields": {}}), SourceCheck("dna")
    first = dt.datetime(2024, 4, 8, 3, 10, tzinfo=dt.UTC)
    record_checks(database, [ok, failed], replay=False, when=first)
    record_checks(database, [failed], replay=False, when=first + dt.timedelta(days=1))
    record_checks(database, [ok], replay=True, when=first + dt.timedelta(days=2))
    database.dispose()
    rows = {r["slug"]: r for r in json.loads(sitrep("--db", db_url, "sources", "--json").output)}
    assert rows["midilibre"]["last_live_check"] == "2024-04-08T03:10:00Z"
    assert rows["dna"]["last_live_check"] is None  # only failed live checks
    table = sitrep("--db", db_url, "sources").output
    assert "2024-04-08 03:10 UTC" in table


def test_a_live_check_is_recorded_and_a_replay_check_only_when_asked(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'checks.db'}"
    assert sitrep("--db", url, "check", "--replay", "-s", "dna").exit_code == 0
    assert not (tmp_path / "checks.db").exists()  # a replay check records nothing by default
    assert sitrep("--db", url, "check", "--replay", "-s", "dna", "--record").exit_code == 0
    # Without a network the live check fails (names do not resolve), and is recorded as such.
    live_check = sitrep("--db", url, "check", "-s", "midilibre", "--delay", "0")
    assert live_check.exit_code == 1
    rows = query(url, "select source, ok, replay, summary from source_checks order by id")
    assert [(r[0], bool(r[1]), bool(r[2])) for r in rows] == [
        ("dna", True, True),
        ("midilibre", False, False),
    ]
    summary = json.loads(rows[0][3]) if isinstance(rows[0][3], str) else rows[0][3]
    assert summary["report_url"] == manifest_reports("dna")[-1]["url"]
    shown = {r["slug"]: r for r in json.loads(sitrep("--db", url, "sources", "--json").output)}
    assert shown["dna"]["last_live_check"] is None  # replay checks are not live ones


# -- polite fetching ----------------------------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now, self.slept = 100.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def agents() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """A site whose robots.txt forbids /private/; each request's path and User-Agent kept."""
    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:
            seen.append((self.path, self.headers.get("User-Agent", "")))
            body = b"User-agent: *\nDisallow: /private/\n" if self.path == "/robots.txt" else b"ok"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_polite_fetcher_reads_robots_first_waits_per_host_and_says_who_it_is(agents) -> None:  # type: ignore[no-untyped-def]
    base, seen = agents
    clock = _Clock()
    fetcher = PoliteFetcher(delay=2.0, clock=clock, sleep=clock.sleep)
    assert fetcher(f"{base}/a").status == 200
    clock.now += 0.5  # some work between the two requests
    assert fetcher(f"{base}/b").status == 200
    with pytest.raises(RobotsDisallowed, match=r"robots\.txt"):
        fetcher(f"{base}/private/page")
    assert [path for path, _ in seen] == ["/robots.txt", "/a", "/b"]
    assert {agent for _, agent in seen} == {USER_AGENT}
    assert clock.slept == [2.0, 1.5]  # after robots.txt; after /a, less the time already spent
    assert [urlsplit(a.url).path for a in fetcher.answers] == ["/robots.txt", "/a", "/b"]


# -- check --all --save DIR ---------------------------------------------------------------


@pytest.mark.timeout(900)
def test_check_all_saves_pages_headers_draft_goldens_and_report(tmp_path: Path) -> None:
    out, url = tmp_path / "first-night", f"sqlite:///{tmp_path / 'checks.db'}"
    result = sitrep("--db", url, "check", "--all", "--replay", "--save", str(out), "--json")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first-night"]  # nothing else written
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["against"] == "replay" and report["with_report"] == report["sources"] == 15
    markdown = (out / "report.md").read_text("utf-8")
    for entry in report["results"]:
        slug, source = entry["source"], get_source(entry["source"])
        assert f"## {slug}" in markdown
        assert entry["ok"] and entry["drift"] == [], (slug, entry["drift"])
        assert len(entry["pages"]) == len(source.start_urls)
        (golden_file,) = (out / "golden" / slug).glob("*.json")
        assert entry["golden"] == golden_file.relative_to(out).as_posix()
        golden = json.loads(golden_file.read_text("utf-8"))
        assert golden["reviewed"] is False and golden["url"] == entry["report"]["url"]
        assert golden["expected"]["title"] and golden["expected"]["report_date"]
        page = out / golden["page"]
        assert page.read_bytes() == fixture_path(SITES, golden["url"]).read_bytes()
        for ref in entry["saved"]:
            meta = json.loads((out / f"{ref}.http").read_text("utf-8"))
            assert meta["status"] == 200 and "Content-Type" in meta["headers"]
        robots = f"sites/{urlsplit(source.start_urls[0]).hostname}/robots.txt"
        assert robots in entry["saved"]
    fixtures = read_fixtures(out / "sites")
    assert set(fixtures) == set(site_hosts(out / "sites"))
    assert {e["kind"] for e in fixtures.values()} == {"recorded"}
    assert json.loads(result.output)[0]["pages"]  # --json: the same entries
    # What was saved replays: the saved tree is a site tree the check can run against.
    again = sitrep("check", "--replay", str(out / "sites"), "-s", "midilibre", "-s", "dna")
    assert again.exit_code == 0, again.output


def test_check_all_reports_drift_and_a_source_without_report(
    sites_copy: Path, tmp_path: Path
) -> None:
    listing = fixture_path(sites_copy, get_source("midilibre").listings[0])
    listing.write_text("<html><body><p>Page en travaux</p></body></html>", "utf-8")
    newest = manifest_reports("ladepeche")[-1]["url"]
    page = fixture_path(sites_copy, newest)
    page.write_text(
        page.read_text("utf-8").replace("article-full__infos-author", "byline"), "utf-8"
    )
    for feed in get_source("dna").start_urls:
        fixture_path(sites_copy, feed).unlink()
    out = tmp_path / "out"
    result = sitrep(
        "check", "--all", "--replay", str(sites_copy), "--save", str(out),
        "-s", "midilibre", "-s", "ladepeche", "-s", "dna",
    )  # fmt: skip
    assert result.exit_code == 1
    entries = {e["source"]: e for e in json.loads((out / "report.json").read_text())["results"]}
    assert any("no links found" in d for d in entries["midilibre"]["drift"])
    assert entries["midilibre"]["ok"]  # its feed still leads to the report
    assert any(
        "selector authors '.article-full__infos-author' finds nothing" in d
        for d in entries["ladepeche"]["drift"]
    )
    assert not entries["dna"]["ok"] and "no report found" in entries["dna"]["drift"]
    assert entries["dna"]["golden"] is None
    markdown = (out / "report.md").read_text("utf-8")
    assert "| `dna` | **NO** |" in markdown and "drift in 3" in markdown
    assert "DRIFT      selector authors" in result.output


def test_save_refuses_a_file_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("x", "utf-8")
    result = CliRunner().invoke(cli, ["check", "--replay", "-s", "dna", "--save", str(blocker)])
    assert result.exit_code == 2
    assert "taken" in result.output and "Traceback" not in result.output


def test_sources_still_lists_when_the_database_cannot_answer() -> None:
    unreachable = "postgresql+psycopg://sitrep@127.0.0.1:9/sitrep"
    result = sitrep("--db", unreachable, "sources", "--json")
    assert result.exit_code == 0
    assert "note: last live checks unknown" in result.stderr
    rows = json.loads(result.stdout)
    assert {r["last_live_check"] for r in rows} == {None} and len(rows) == len(SLUGS)
