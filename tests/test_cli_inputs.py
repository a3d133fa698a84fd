"""Bad input to ``sitrep`` is one line and a documented exit code: files to extract, URLs,
``--set`` values, environment variables, and a reviewed golden file that ``record`` would
overwrite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.replay import ReplayServer
from crawler.setting_values import SettingError, check_overrides

from . import sample_outlet as outlet
from .conftest import SITES, TESTS, Result, fixture_path, manifest_reports, run_sitrep

PAGE = fixture_path(SITES, manifest_reports("midilibre")[0]["url"])


def assert_one_line(result: Result, code: int, *expected: str) -> None:
    assert result.code == code, (result.code, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    for text in expected:
        assert text in lines[0], lines[0]


def test_extract_a_missing_file_cannot_run(tmp_path: Path) -> None:
    assert_one_line(run_sitrep("extract", str(tmp_path / "nope.html")), 2, "no such file")


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "is empty"), (b"  \n", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00" * 50, "binary")],
)
def test_extract_a_file_that_is_no_page_fails(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    result = run_sitrep("extract", str(path))
    assert_one_line(result, 1, reason)
    assert result.stdout == ""


def test_extract_url_must_be_absolute_http() -> None:
    for url in ("not a url", "ftp://example.org/a", "/2024/04/04/a.html", "http://[::1"):
        result = run_sitrep("extract", "--url", url, str(PAGE))
        assert_one_line(result, 2, "--url", "absolute http(s) URL")
    assert run_sitrep("extract", "--url", "https://www.midilibre.fr/a", str(PAGE)).code == 0


def test_extract_batch_names_failed_lines_and_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    lines = [
        {"id": "a", "html_path": str(PAGE), "url": "https://www.midilibre.fr/a.html"},
        {"id": "b", "html_path": str(tmp_path / "missing.html")},
        {"id": "c", "html_path": str(empty)},
        {"id": "d", "html_path": str(PAGE), "url": "not a url"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    completed = run_sitrep("extract", "--batch", stdin=stdin)
    assert completed.code == 1, completed.stderr[-2000:]
    results = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [r["id"] for r in results] == ["a", "b", "c", "d", None]
    assert "error" not in results[0] and results[0]["title"]
    for number, result in enumerate(results[1:], start=2):
        assert result["line"] == number
        assert result["error"].startswith(f"line {number}: "), result
    assert completed.stderr.strip() == "4 of 5 lines failed"


def test_set_values_are_checked_against_the_setting_type() -> None:
    good = (" DOWNLOAD_DELAY=0.5", "RETRY_TIMES=1", "AUTOTHROTTLE_ENABLED=False", "X_EXT=a")
    assert check_overrides(good) == (
        "DOWNLOAD_DELAY=0.5",
        "RETRY_TIMES=1",
        "AUTOTHROTTLE_ENABLED=False",
        "X_EXT=a",
    )
    bad = {
        "SITREP_MAX_REPORTS_PER_SOURCE=x": "expected an integer",
        "DOWNLOAD_TIMEOUT=soon": "expected a number",
        "SITREP_STORE_HTML=maybe": "expected 1/0 or true/false",
        "SITREP_EXTRACT_WORKERS=many": "expected an integer",
        "FOO": "expected NAME=VALUE",
        "=1": "expected NAME=VALUE",
        "SITREP_NO_SUCH=1": "no such sitrep setting",
        "ITEM_PIPELINES=x": "expected a JSON object",
        "ITEM_PIPELINES=[1, 2]": "expected a JSON object",
        "TWISTED_REACTOR=nope.Reactor": "cannot be imported",
        "STATS_CLASS=crawler.stats.NoSuchStats": "cannot be imported",
        "DOWNLOAD_TIMEOUT=-1": "at least 0",
        "CONCURRENT_REQUESTS=-4": "at least 0",
        "SITREP_STORE_BATCH=-3": "at least 0",
        # 0 would never download a page (the crawl then hangs), or never store an item
        "CONCURRENT_REQUESTS_PER_DOMAIN=0": "at least 1",
        "CONCURRENT_ITEMS=0": "at least 1",
        "SITREP_MAX_REPORTS_PER_SOURCE=0": "at least 1",
    }
    for text, message in bad.items():
        with pytest.raises(SettingError, match=message):
            check_overrides((text,))
    components = (
        "DEPTH_PRIORITY=-1",  # a priority may be negative
        'ITEM_PIPELINES={"pipelines.store.StorePipeline": 400}',
        "TWISTED_REACTOR=twisted.internet.epollreactor.EPollReactor",
    )
    assert check_overrides(components) == components


def run_with_env(*args: str, **env: str) -> Result:
    completed = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=TESTS.parent,
        env={**os.environ, **env},
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


@pytest.mark.parametrize("value", ["lots", "0", "-4"])
def test_a_bad_sqlite_cache_size_names_the_variable(tmp_path: Path, value: str) -> None:
    url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    result = run_with_env("--db", url, "db", "upgrade", SITREP_SQLITE_CACHE_MIB=value)
    assert_one_line(result, 2, f"SITREP_SQLITE_CACHE_MIB={value!r}")
    assert "cannot open database" not in result.stderr


def test_a_malformed_environment_setting_stops_a_crawl_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    result = run_with_env(
        "--db", url, "crawl", "--replay", "-s", "midilibre", SITREP_STORE_BATCH="many"
    )
    assert result.code == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "environment variable SITREP_STORE_BATCH='many': expected an integer" in result.stderr
    negative = run_with_env(
        "--db", url, "crawl", "--replay", "-s", "midilibre", SITREP_STORE_BATCH="-3"
    )
    assert_one_line(negative, 2, "SITREP_STORE_BATCH='-3': expected a number of at least 0")
    none = run_with_env(
        "--db", url, "crawl", "--replay", "-s", "midilibre", SITREP_MAX_REPORTS_PER_SOURCE="0"
    )
    assert_one_line(none, 2, "SITREP_MAX_REPORTS_PER_SOURCE='0': expected a number of at least 1")


# -- record over a reviewed golden file ------------------------------------------------------


def sitrep_in(root: Path, *args: str) -> Result:
    return run_sitrep(*args, "--root", str(root))


def test_record_refuses_a_reviewed_report_before_writing_anything(tmp_path: Path) -> None:
    root = tmp_path / "project"
    for folder in ("crawler/sources", "crawler/spiders", "tests/sites", "tests/golden"):
        (root / folder).mkdir(parents=True)
    site = outlet.write_live_site(tmp_path / "live")
    report = outlet.REPORTS[1]
    created = sitrep_in(
        root, "new-source", outlet.NAME, "--slug", outlet.SLUG, "--url", outlet.REPORTS[0].url
    )
    assert created.code == 0, created.stderr[-2000:]
    with ReplayServer(site) as live:
        record = ("record", report.url, "--source", outlet.SLUG, "--as-report", "--via", live.url)
        assert sitrep_in(root, *record).code == 0
        golden_path = root / "tests" / "golden" / outlet.SLUG / f"{report.date}.json"
        golden = json.loads(golden_path.read_text("utf-8"))
        golden["reviewed"] = True
        golden_path.write_text(json.dumps(golden), "utf-8")
        page = root / "tests" / golden["page"]
        recorded = page.read_bytes()
        # the outlet changes the page; recording it again must not touch the reviewed report
        live_page = fixture_path(site, report.url)
        live_page.write_bytes(live_page.read_bytes().replace(b"</body>", b"<p>changed</p></body>"))
        refused = sitrep_in(root, *record)
        assert_one_line(refused, 1, "already reviewed", "nothing was written", "--force")
        assert page.read_bytes() == recorded
        assert json.loads(golden_path.read_text("utf-8"))["reviewed"] is True
        forced = sitrep_in(root, *record, "--force")
        assert forced.code == 0, forced.stderr[-2000:]
    assert page.read_bytes() == live_page.read_bytes()
    assert json.loads(golden_path.read_text("utf-8"))["reviewed"] is False


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("DOWNLOAD_DELAY=x", "error: --set DOWNLOAD_DELAY='x': expected a number"),
        ("FOO", "error: --set 'FOO': expected NAME=VALUE"),
        ("SITREP_MAX_REPORTS_PER_SOURCE=abc", "expected an integer"),
        # the crawl would wait for ever, SIGTERM included
        ("CONCURRENT_REQUESTS_PER_DOMAIN=0", "expected a number of at least 1"),
    ],
)
def test_a_bad_set_stops_a_crawl_before_it_starts(
    tmp_path: Path, setting: str, message: str
) -> None:
    db = tmp_path / "sitrep.db"
    result = run_sitrep("crawl", "--replay", "--set", setting, db_url=f"sqlite:///{db}")
    assert result.code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not db.exists()


def test_a_log_level_is_checked_before_the_crawl_starts(tmp_path: Path) -> None:
    """An unknown level is one line and exit 2, before the database is made; a level's name
    may be in any case."""
    database = tmp_path / "night.db"
    db_url = f"sqlite:///{database}"
    crawl = ("crawl", "-s", "midilibre", "--replay", "--json")
    by_option = run_sitrep(*crawl, "--log-level", "verbose", db_url=db_url)
    assert by_option.code == 2 and "verbose" in by_option.stderr
    assert "Traceback" not in by_option.stderr and "internal error" not in by_option.stderr
    by_setting = run_sitrep(*crawl, "--set", "LOG_LEVEL=verbose", db_url=db_url)
    assert_one_line(by_setting, 2, "LOG_LEVEL", "expected one of DEBUG, INFO")
    assert not database.exists()
    lower = run_sitrep(*crawl, "--log-level", "error", "--set", "LOG_LEVEL=warning", db_url=db_url)
    assert lower.code == 0, lower.stderr[-2000:]
    assert json.loads(lower.stdout)["sources"][0]["new"] > 0
    with pytest.raises(SettingError, match="expected one of"):
        check_overrides(("LOG_LEVEL=loud",))
    assert check_overrides(("LOG_LEVEL=debug", "LOG_LEVEL=10")) == (
        "LOG_LEVEL=debug",
        "LOG_LEVEL=10",
    )


def test_an_unreachable_redis_is_one_line_before_anything_starts(tmp_path: Path) -> None:
    """``--redis`` to a server that does not answer: one line naming it (password masked),
    exit 2, no database made and no run opened."""
    database = tmp_path / "night.db"
    result = run_sitrep(
        "crawl", "-s", "midilibre", "--replay", "--redis", "redis://:s3cret@127.0.0.1:1/0",
        db_url=f"sqlite:///{database}",
    )  # fmt: skip
    assert_one_line(result, 2, "Redis at redis://:***@127.0.0.1:1/0 does not answer")
    assert "s3cret" not in result.stderr
    assert not database.exists()


@pytest.mark.parametrize(
    ("window", "said"),
    [
        (("--since", "2024-05-01", "--until", "2024-04-01"), "is after --until 2024-04-01"),
        (("--since", "2099-01-01"), "is in the future"),
    ],
)
def test_a_backfill_window_without_a_day_is_refused(
    tmp_path: Path, window: tuple[str, ...], said: str
) -> None:
    database = tmp_path / "night.db"
    result = run_sitrep(
        "crawl", "-s", "midilibre", "--replay", *window, db_url=f"sqlite:///{database}"
    )
    assert_one_line(result, 2, said, "no day to backfill")
    assert not database.exists()
