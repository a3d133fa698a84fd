"""Several workers on one Redis frontier: each report once, and a killed worker loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import synthetic
from crawler.replay import ReplayServer

from .conftest import FAST, TESTS, assert_each_report_stored_once, query, run_sitrep, sitrep_command

REDIS_URL = "redis://127.0.0.1:6379/0"
OUTLETS, DAYS = 4, 12
ALL = ("--set", "SITREP_MAX_REPORTS_PER_SOURCE=1000", "--set", "SITREP_DISCOVERY_WINDOW_DAYS=0")


def redis_client():  # type: ignore[no-untyped-def]
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is required in CI but unreachable at {REDIS_URL}")
        pytest.skip(f"no Redis server at {REDIS_URL}")
    return client


@pytest.fixture
def frontier() -> Iterator[str]:
    """A frontier name of this test's own; its keys are deleted afterwards."""
    client = redis_client()
    name = f"test-{uuid.uuid4().hex[:10]}"
    yield name
    for key in client.scan_iter(f"sitrep:{name}:*"):
        client.delete(key)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ReplayServer, int]]:
    root = tmp_path_factory.mktemp("synthetic")
    info = synthetic.generate(root, OUTLETS, DAYS)
    with ReplayServer(root) as server:
        yield root, server, len(info.report_urls)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "SITREP_SOURCE_MODULES": "benchmarks.synthetic",
        "SITREP_SYNTHETIC_OUTLETS": str(OUTLETS),
        "PYTHONPATH": str(TESTS.parent),
        "SITREP_EXTRACT_WORKERS": "1",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return {**os.environ, **values}


def worker_command(db_url: str, server: ReplayServer, frontier: str, *extra: str) -> list[str]:
    slugs = [arg for i in range(OUTLETS) for arg in ("--source", f"journal{i:03d}")]
    return sitrep_command(
        "crawl",
        "--json",
        *FAST,
        *ALL,
        "--set",
        f"SITREP_REPLAY_URL={server.url}",
        "--redis",
        REDIS_URL,
        "--frontier",
        frontier,
        *slugs,
        *extra,
        db_url=db_url,
    )


def start_worker(command: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        env=env,
        cwd=TESTS.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its extraction workers die with it
    )


def finish(worker: subprocess.Popen) -> dict:
    stdout, stderr = worker.communicate(timeout=300)
    assert worker.returncode == 0, stdout[-3000:] + stderr[-1500:]
    return json.loads(stdout)


def stored(db_url: str) -> int:
    return query(db_url, "select count(*) from reports")[0][0]


def kill_when_stored(victim: subprocess.Popen, db_url: str, count: int) -> None:
    """SIGKILL a worker (and its extraction workers) once ``count`` reports are stored."""
    deadline = time.monotonic() + 120
    while stored(db_url) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    assert victim.poll() is None, "the worker finished before it could be killed"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()


def migrated(db_url: str) -> str:
    assert run_sitrep("db", "upgrade", db_url=db_url).code == 0
    return db_url


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_two_workers_share_the_night_and_store_each_report_once(
    db_url: str, site: tuple, frontier: str, env: dict[str, str]
) -> None:
    _, server, expected = site
    command = worker_command(db_url, server, frontier)
    first_answer = len(server.answers)
    workers = [start_worker(command, env) for _ in range(2)]
    summaries = [finish(worker) for worker in workers]
    assert_each_report_stored_once(db_url, expected)
    new = [sum(row["new"] for row in summary["sources"]) for summary in summaries]
    assert sum(new) == expected
    for summary in summaries:
        assert {row["status"] for row in summary["sources"]} <= {"ok", "no_new_report"}
    # Each page was fetched once between the two workers (robots.txt aside).
    fetched = [p for p, _ in server.answers[first_answer:] if not p.endswith("robots.txt")]
    ours = [p for p in fetched if any(f"journal{i:03d}" in p for i in range(OUTLETS))]
    twice = sorted({p for p in ours if ours.count(p) > 1})
    assert not twice, twice


def test_a_killed_worker_loses_nothing_the_survivor_finishes(
    sqlite_url: str, site: tuple, frontier: str, env: dict[str, str]
) -> None:
    _, server, expected = site
    migrated(sqlite_url)
    command = worker_command(sqlite_url, server, frontier)
    victim = start_worker(command, env)
    survivor = start_worker(command, env)
    kill_when_stored(victim, sqlite_url, expected // 4)
    summary = finish(survivor)
    assert_each_report_stored_once(sqlite_url, expected)
    assert {row["status"] for row in summary["sources"]} <= {"ok", "no_new_report"}


def test_a_rerun_finishes_the_frontier_of_a_killed_night(
    sqlite_url: str, site: tuple, frontier: str, env: dict[str, str]
) -> None:
    _, server, expected = site
    migrated(sqlite_url)
    command = worker_command(sqlite_url, server, frontier)
    victim = start_worker(command, env)
    kill_when_stored(victim, sqlite_url, expected // 3)
    before = stored(sqlite_url)
    assert 0 < before < expected
    rerun = finish(start_worker(command, env))
    assert_each_report_stored_once(sqlite_url, expected)
    assert sum(row["new"] for row in rerun["sources"]) == expected - before
