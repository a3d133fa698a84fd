"""The extraction worker pool: results come back through the reactor; a worker that dies on a
task fails that task only, and the pool goes on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import TESTS

SCRIPT = """
import json
from twisted.internet import defer, task
from crawler.workers import ExtractionCrashed, ExtractionPool
from tests.worker_tasks import die, square

async def scenario(pool):
    results = {"first": await pool.run(square, 3)}
    crashing = defer.Deferred.fromCoroutine(pool.run(die))
    innocent = defer.Deferred.fromCoroutine(pool.run(square, 5))
    try:
        await crashing
        results["crash"] = "no error"
    except ExtractionCrashed as error:
        results["crash"] = str(error)
    results["innocent"] = await innocent
    results["after"] = await pool.run(square, 4)
    return results

def main(reactor):
    pool = ExtractionPool(2)
    d = defer.Deferred.fromCoroutine(scenario(pool))
    d.addCallback(lambda results: print(json.dumps(results)))
    d.addBoth(lambda result: (pool.close(), result)[1])
    return d

task.react(main)
"""


def run_script(script: str, *, timeout: float) -> subprocess.CompletedProcess[str]:
    """``script`` run by this interpreter from the checkout, its output captured."""
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=TESTS.parent,
    )


def test_a_dying_worker_fails_its_task_only() -> None:
    completed = run_script(SCRIPT, timeout=120)
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    assert results["first"] == 9
    assert "died on this page twice" in results["crash"]
    assert results["innocent"] == 25
    assert results["after"] == 16


PRELOADED = """
import json
from twisted.internet import defer, task
from crawler.workers import ExtractionPool
from tests.worker_tasks import registry_state

def main(reactor):
    pool = ExtractionPool(2)
    d = defer.Deferred.fromCoroutine(pool.run(registry_state))
    d.addCallback(lambda result: print(json.dumps(result)))
    d.addBoth(lambda result: (pool.close(), result)[1])
    return d

task.react(main)
"""


def test_workers_share_the_source_registry_their_fork_server_loaded() -> None:
    """A worker's first page finds the registry loaded: the fork server read every source
    module once, before forking any worker."""
    from crawler.sources import all_sources

    completed = run_script(PRELOADED, timeout=120)
    assert completed.returncode == 0, completed.stderr[-3000:]
    loaded, sources = json.loads(completed.stdout.strip().splitlines()[-1])
    assert loaded and sources == len(all_sources())


def test_in_process_pool_runs_in_the_calling_thread() -> None:
    from twisted.internet import defer

    from crawler.workers import ExtractionPool

    from .worker_tasks import square

    result = defer.Deferred.fromCoroutine(ExtractionPool(0).run(square, 6))
    assert result.result == 36


# Two slow tasks submitted together: the pool starts a second worker only when no worker is
# idle, so quick tasks could all be served by the first one.
KILLED_SCRIPT = """
import sys
import time
from twisted.internet import defer, task
from crawler.workers import ExtractionPool

async def scenario(pool):
    await defer.gatherResults(
        [defer.Deferred.fromCoroutine(pool.run(time.sleep, 2)) for _ in range(2)]
    )
    print("ready", flush=True)
    await task.deferLater(reactor, 600, lambda: None)

def main(reactor_):
    global reactor
    reactor = reactor_
    return defer.Deferred.fromCoroutine(scenario(ExtractionPool(2)))

task.react(main)
"""


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    return children


def _descendants(pid: int) -> set[int]:
    children, found, todo = _children(), set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if Path(f"/proc/{pid}").exists()}


def _wait_for_descendants(pid: int, count: int, seconds: float = 60) -> set[int]:
    """The process tree under ``pid`` once it holds ``count`` processes (or at the deadline):
    workers are started in the background, so "ready" can come before the last one exists."""
    deadline = time.monotonic() + seconds
    tree = _descendants(pid)
    while len(tree) < count and time.monotonic() < deadline:
        time.sleep(0.1)
        tree = _descendants(pid)
    return tree


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_a_killed_crawler_leaves_no_worker_process_behind() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_SCRIPT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=TESTS.parent,
    )
    tree: set[int] = set()
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        # the fork server, its two workers and multiprocessing's resource tracker
        tree = _wait_for_descendants(process.pid, 4)
        assert len(tree) >= 4, tree
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _alive(tree) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(tree), f"left behind: {sorted(_alive(tree))}"
    finally:
        process.kill()
        for pid in _alive(tree):
            os.kill(pid, signal.SIGKILL)


EARLY_SCRIPT = """
import sys, time
from crawler.workers import start_fork_server
start_fork_server({"SITREP_EXTRACT_WORKERS": sys.argv[1]} if sys.argv[1] != "-" else {})
print("started", flush=True)
time.sleep(60)
"""


def _command_lines(pids: set[int]) -> list[str]:
    lines = []
    for pid in pids:
        try:
            lines.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return lines


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
@pytest.mark.parametrize(("workers", "fork_server"), [("-", True), ("2", True), ("0", False)])
def test_the_fork_server_starts_before_any_page_unless_no_worker_is_wanted(
    workers: str, fork_server: bool
) -> None:
    """A crawl starts the workers' fork server first thing, so that its imports run while
    the crawl imports Scrapy; not when SITREP_EXTRACT_WORKERS=0 extracts in-process."""
    env = {k: v for k, v in os.environ.items() if k != "SITREP_EXTRACT_WORKERS"}
    process = subprocess.Popen(
        [sys.executable, "-c", EARLY_SCRIPT, workers],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=TESTS.parent,
        env=env,
    )
    tree: set[int] = set()
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "started"
        tree = _wait_for_descendants(process.pid, 2, seconds=10 if fork_server else 1)
        servers = [c for c in _command_lines(tree) if "multiprocessing.forkserver" in c]
        assert bool(servers) == fork_server, _command_lines(tree)
    finally:
        process.kill()
        process.wait(timeout=30)
        for pid in _alive(tree):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts open files in /proc")
def test_a_fork_server_that_cannot_start_early_is_left_to_the_pool() -> None:
    """Starting the fork server early is an optimisation: when it cannot start (here, the
    process may open no more files), the crawl goes on, and the pool says why with its
    first page."""
    script = (
        "import os, resource\n"
        "from crawler.workers import start_fork_server\n"
        "opened = len(os.listdir('/proc/self/fd'))\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (opened, opened))\n"
        "start_fork_server({})\n"
        "print('went on')\n"
    )
    completed = run_script(script, timeout=60)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip() == "went on"
    assert "Traceback" not in completed.stderr
