"""Several workers on one Redis frontier: each report once, and a killed worker loses nothing."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks import synthetic
from crawler.replay import ReplayServer

from .conftest import (
    FAST,
    TESTS,
    assert_each_report_stored_once,
    fixture_path,
    query,
    run_sitrep,
    sitrep_command,
)

REDIS_URL = "redis://127.0.0.1:6379/0"
OUTLETS, DAYS = 4, 12
ALL = ("--set", "SITREP_MAX_REPORTS_PER_SOURCE=1000", "--set", "SITREP_DISCOVERY_WINDOW_DAYS=0")
SLUGS = [f"journal{i:03d}" for i in range(OUTLETS)]
# How long the replay server keeps a held page's first visitor waiting (its longest delay);
# the worker's downloads wait longer still, so a held page is never answered before the kill.
HOLD_SECONDS = 60
PATIENT = ("--set", "DOWNLOAD_TIMEOUT=90")


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
    kill_leftover_workers()  # before the keys go: a worker left running would write them again
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
    slugs = [arg for slug in SLUGS for arg in ("--source", slug)]
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


_STARTED: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test() -> Iterator[None]:
    """A test that fails half-way kills the workers it left running: they would go on
    fetching from the shared replay server, and the next test counts its fetches."""
    yield
    kill_leftover_workers()


def kill_leftover_workers() -> None:
    while _STARTED:
        worker = _STARTED.pop()
        if worker.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)
            worker.communicate()


def start_worker(command: list[str], env: dict[str, str]) -> subprocess.Popen:
    worker = subprocess.Popen(
        command,
        env=env,
        cwd=TESTS.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its extraction workers die with it
    )
    _STARTED.append(worker)
    return worker


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


def misbehave(sites: Path, url: str, how: dict) -> None:
    """Make the replay server answer ``url`` as a sidecar says (see crawler/replay.py)."""
    page = fixture_path(sites, url)
    page.with_name(page.name + ".http").write_text(json.dumps(how))


def served_path(url: str) -> str:
    """The path under which the replay server receives a request for ``url``."""
    parts = urlsplit(url)
    return f"/{parts.hostname}{parts.path}"


def wait_until(condition: Callable[[], bool], what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.05)


def worker_name(worker: subprocess.Popen) -> bytes:
    """How a worker process names itself in the frontier's keys."""
    return f"{socket.gethostname()}:{worker.pid}".encode()


def frontier_stat(db_url: str, run_id: int, name: str) -> int:
    """A stat of run ``run_id``, summed over its sources."""
    rows = query(db_url, f"select stats from source_runs where run_id = {int(run_id)}")
    stats = [json.loads(value) if isinstance(value, str) else value for (value,) in rows]
    return sum(s.get(name, 0) for s in stats)


@pytest.fixture
def held_site(tmp_path: Path) -> Iterator[tuple[ReplayServer, list[str], int]]:
    """Synthetic sites whose discovery pages keep their first visitor waiting: a worker that
    pops them holds them unparsed (the server, the discovery URLs, the number of reports)."""
    info = synthetic.generate(tmp_path, OUTLETS, DAYS)
    for url in info.discovery_urls:
        misbehave(tmp_path, url, {"delay": HOLD_SECONDS, "times": 1})
    with ReplayServer(tmp_path) as server:
        yield server, list(info.discovery_urls), len(info.report_urls)


@pytest.mark.parametrize("finisher", ["survivor", "rerun"])
def test_discovery_pages_a_killed_worker_had_taken_are_parsed_by_another(
    sqlite_url: str, held_site: tuple, frontier: str, env: dict[str, str], finisher: str
) -> None:
    server, discovery, expected = held_site
    client = redis_client()
    migrated(sqlite_url)
    command = worker_command(sqlite_url, server, frontier, *PATIENT)
    victim = start_worker(command, env)
    held = {served_path(url) for url in discovery}
    wait_until(lambda: held <= set(server.requests), "the victim asked for every discovery page")
    # Every discovery page is popped: the shared queues are empty, and nothing is parsed.
    assert not any(client.zcard(f"sitrep:{frontier}:{slug}:requests") for slug in SLUGS)
    survivor = start_worker(command, env) if finisher == "survivor" else None
    if survivor is not None:
        # Its own discovery requests are duplicates: it waits, idle, for the busy victim.
        wait_until(
            lambda: all(
                worker_name(survivor) in client.hkeys(f"sitrep:{frontier}:{slug}:discovery")
                for slug in SLUGS
            ),
            "the survivor waited for the victim",
        )
    assert victim.poll() is None
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    assert not held & {path for path, _ in server.answers}, "a held page was answered"
    assert stored(sqlite_url) == 0
    summary = finish(survivor or start_worker(command, env))
    assert_each_report_stored_once(sqlite_url, expected)
    assert sum(row["new"] for row in summary["sources"]) == expected
    requeued = frontier_stat(sqlite_url, summary["run_id"], "sitrep/frontier/requeued_discovery")
    assert requeued == len(discovery)


def test_a_night_leaves_no_discovery_page_owed_not_even_a_failed_one(
    sqlite_url: str, tmp_path: Path, frontier: str, env: dict[str, str]
) -> None:
    info = synthetic.generate(tmp_path, OUTLETS, DAYS)
    feed, _, listing, _ = synthetic.discovery_urls(0)
    misbehave(tmp_path, listing, {"reset": True})  # never an answer: a download error
    misbehave(tmp_path, feed, {"status": 500})  # an error status
    client = redis_client()
    migrated(sqlite_url)
    with ReplayServer(tmp_path) as server:
        command = worker_command(sqlite_url, server, frontier)
        night = finish(start_worker(command, env))
        assert not list(client.scan_iter(f"sitrep:{frontier}:*:owed_discovery"))
        asked = len(server.requests)
        rerun = finish(start_worker(command, env))
        assert server.requests[asked:] == [], "the rerun asked again for a settled page"
    assert_each_report_stored_once(sqlite_url, len(info.report_urls))
    failed = {f["url"] for row in night["sources"] for f in row["failures"]}
    assert {feed, listing} <= failed
    for summary in (night, rerun):
        name = "sitrep/frontier/requeued_discovery"
        assert frontier_stat(sqlite_url, summary["run_id"], name) == 0


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """A Redis server of this test's own (it is shut down mid-night), on a free port."""
    import shutil

    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required in CI")
        pytest.skip("no redis-server on PATH")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    import redis

    deadline = time.monotonic() + 30
    while True:
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            assert time.monotonic() < deadline, "the private Redis server did not start"
            time.sleep(0.1)
    yield url, server
    server.kill()
    server.wait()


def test_a_frontier_lost_mid_night_ends_the_crawl_with_its_reason(
    sqlite_url: str, site: tuple, env: dict[str, str], private_redis: tuple
) -> None:
    """Redis going away in the middle of a night: every source fails with the reason, the
    crawl ends (exit 1) without a traceback, and what it stored stays."""
    _, server, _ = site
    url, redis_server = private_redis
    migrated(sqlite_url)
    command = worker_command(sqlite_url, server, f"test-{uuid.uuid4().hex[:10]}")
    command[command.index(REDIS_URL)] = url
    worker = start_worker([*command, "--set", "DOWNLOAD_DELAY=0.2"], env)
    deadline = time.monotonic() + 120
    while stored(sqlite_url) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker.poll() is None, "the night ended before Redis could go away"
    redis_server.kill()
    redis_server.wait()
    stdout, stderr = worker.communicate(timeout=120)
    assert worker.returncode == 1, stderr[-3000:]
    assert "Traceback" not in stderr, stderr[-3000:]
    summary = json.loads(stdout)
    assert summary["status"] == "failed"
    for row in summary["sources"]:
        assert row["status"] == "error", row
        reasons = [failure["reason"] for failure in row["failures"]]
        assert any("stopped answering" in reason for reason in reasons), reasons
    assert stored(sqlite_url) >= 3
