"""Shared fixtures: temporary databases, copies of the recorded sites, the CLI as a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
SITES = TESTS / "sites"
GOLDEN = TESTS / "golden"


def derive_manifest() -> dict[str, list]:
    """What the replay snapshot holds: every golden report (``source``, ``report_date``,
    ``url``, the original it copies, the URL variants its site links to) and the articles
    listed beside reports that are not reports (``tests/non_reports.json``)."""
    reports = []
    for path in sorted(GOLDEN.glob("*/*.json")):
        golden = json.loads(path.read_text("utf-8"))
        reports.append(
            {
                "source": golden["source"],
                "report_date": golden["expected"]["report_date"],
                "url": golden["url"],
                "syndicated_from": golden.get("syndicated_from"),
                "variants": golden.get("variants", []),
            }
        )
    non_reports = json.loads((TESTS / "non_reports.json").read_text("utf-8"))["non_reports"]
    return {"reports": reports, "non_reports": non_reports}


MANIFEST = derive_manifest()
# Fast but otherwise unchanged crawl settings for tests: no politeness delays on loopback.
FAST = ("--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A crawled report is compared with its golden file (test_crawl_replay): where today's
    extraction is known to read that page wrong, the comparison is an expected failure too,
    for the same reason as the page's own golden test (``golden_check.KNOWN_DEFECTS``)."""
    from .golden_check import known_defect

    for item in items:
        if getattr(item, "originalname", None) != "test_crawled_fields_match_golden_expectations":
            continue
        entry = item.callspec.params["entry"]  # type: ignore[attr-defined]
        defect = known_defect(entry["source"], entry["report_date"])
        if defect is not None:
            item.add_marker(pytest.mark.xfail(strict=True, reason=defect.reason))


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def sitrep_command(*args: str, db_url: str | None = None) -> list[str]:
    """The argument list that runs ``sitrep`` from this checkout."""
    return [sys.executable, "-m", "crawler.cli", *(["--db", db_url] if db_url else []), *args]


def run_sitrep(
    *args: str,
    db_url: str | None = None,
    cwd: Path | None = None,
    timeout: int = 180,
    stdin: str | None = None,
) -> Result:
    """Run the real `sitrep` command in a subprocess (a fresh Twisted reactor each time),
    with ``stdin`` as its standard input."""
    env = dict(os.environ)
    env.pop("SITREP_DATABASE_URL", None)
    completed = subprocess.run(
        sitrep_command(*args, db_url=db_url),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd or TESTS.parent,
    )
    # Scrapy API drift is an error here too, as it is for the in-process tests.
    assert "ScrapyDeprecationWarning" not in completed.stderr, completed.stderr[-2000:]
    return Result(completed.returncode, completed.stdout, completed.stderr)


# The first three sources (an outlet, its sibling, an aggregator): enough for most storage tests.
CORE = ("midilibre", "lindependant", "hardwoodparoxysm")


def source_args(sources: tuple[str, ...]) -> list[str]:
    return [arg for slug in sources for arg in ("--source", slug)]


def crawl(db_url: str, sites: Path = SITES, *extra: str, sources: tuple[str, ...] = ()) -> Result:
    """A replay crawl of ``sites`` (all sources, or those named) into ``db_url``."""
    return run_sitrep(
        "crawl", "--replay", str(sites), *FAST, *source_args(sources), *extra, db_url=db_url
    )


def crawl_served(
    sites: Path, db_url: str, *extra: str, sources: tuple[str, ...] = ()
) -> tuple[Result, list[tuple[str, int]]]:
    """A crawl against a replay server run by this process: the result and every answer the
    server sent (``(path, status)``), for tests that count requests."""
    from crawler.replay import ReplayServer

    with ReplayServer(sites) as server:
        result = run_sitrep(
            "crawl",
            "--json",
            *FAST,
            "--set",
            f"SITREP_REPLAY_URL={server.url}",
            *source_args(sources),
            *extra,
            db_url=db_url,
        )
        answers = server.answers
    return result, answers


def assert_each_report_stored_once(db_url: str, expected: int) -> None:
    """``expected`` reports, no identity twice, no URL twice, every revision accounted for."""
    assert query(db_url, "select count(*) from reports") == [(expected,)]
    assert query(
        db_url,
        "select count(*) from (select source_id, series_id, report_date from reports"
        " group by source_id, series_id, report_date having count(*) > 1) as d",
    ) == [(0,)]
    assert query(
        db_url,
        "select count(*) from (select url from report_urls group by url having count(*) > 1) as u",
    ) == [(0,)]
    assert query(
        db_url,
        "select count(*) from reports r where r.revision_count <> "
        "(select count(*) from revisions v where v.report_id = r.id)",
    ) == [(0,)]


def core_reports() -> list[dict]:
    return [r for r in MANIFEST["reports"] if r["source"] in CORE]


PG_ADMIN_URL = os.environ.get(
    "SITREP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def postgres_reachable() -> bool:
    from sqlalchemy import create_engine

    engine = create_engine(PG_ADMIN_URL)
    try:
        with engine.connect():
            return True
    except Exception:
        return False
    finally:
        engine.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A throwaway database on the real PostgreSQL server, dropped afterwards.

    Outside CI the tests skip (and say so) when no server is reachable; in CI they fail.
    """
    from sqlalchemy import create_engine, text

    if not postgres_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI but unreachable at {PG_ADMIN_URL}")
        pytest.skip(f"no PostgreSQL server at {PG_ADMIN_URL}")
    name = f"sitrep_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sitrep.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The storage under test: a SQLite file, then a fresh PostgreSQL database."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


@pytest.fixture
def sites_copy(tmp_path: Path) -> Path:
    """A private copy of the recorded sites that a test may edit."""
    target = tmp_path / "sites"
    shutil.copytree(SITES, target)
    return target


def manifest_reports(source: str | None = None) -> list[dict]:
    return [r for r in MANIFEST["reports"] if source is None or r["source"] == source]


def fixture_path(sites: Path, url: str) -> Path:
    """The file that holds ``url`` in a site tree."""
    from urllib.parse import urlsplit

    from crawler.replay import resolve_file

    parts = urlsplit(url)
    found = resolve_file(sites, parts.hostname, parts.path)
    assert found is not None, url
    return found


def query(db_url: str, sql: str) -> list[tuple]:
    """Rows of a read-only SQL statement against any of the test databases."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def http_fetch(
    url: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """GET ``url`` with ``headers``: status, headers and body, error statuses included."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def project_reactor() -> Any:
    """The reactor the project's settings name (what ``sitrep crawl`` installs), for tests
    that turn Deferreds in this process."""
    from scrapy.utils.reactor import install_reactor, is_reactor_installed, verify_installed_reactor

    from crawler import settings

    if not is_reactor_installed():
        install_reactor(settings.TWISTED_REACTOR)
    verify_installed_reactor(settings.TWISTED_REACTOR)
    from twisted.internet import reactor

    return reactor
