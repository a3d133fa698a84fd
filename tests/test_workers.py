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
import json, os, sys
from twisted.internet import defer, task
from crawler.workers import ExtractionCrashed, ExtractionPool, extraction_pool, start_workers
from tests.worker_tasks import die, parent, square

async def scenario(pool):
    results = {"first": await pool.run(square, 3), "forked_by_us": await pool.run(parent)}
    crashing = defer.Deferred.fromCoroutine(pool.run(die))
    innocent = defer.Deferred.fromCoroutine(pool.run(square, 5))
    try:
        await crashing
        results["crash"] = "no error"
    except ExtractionCrashed as error:
        results["crash"] = str(error)
    results["innocent"] = await innocent
    results["after"] = await pool.run(square, 4)
    results["forked_by_us_after"] = await pool.run(parent)
    results["forked_by_us"] = results["forked_by_us"] == os.getpid()
    results["forked_by_us_after"] = results["forked_by_us_after"] == os.getpid()
    return results

def main(reactor):
    if sys.argv[1] == "early":  # as a crawl starts them
        start_workers({"SITREP_EXTRACT_WORKERS": "2"})
        pool = extraction_pool(2)
    else:
        pool = ExtractionPool(2)
    d = defer.Deferred.fromCoroutine(scenario(pool))
    d.addCallback(lambda results: print(json.dumps(results)))
    d.addBoth(lambda result: (pool.close(), result)[1])
    return d

task.react(main)
"""


def run_script(
    script: str, *args: str, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``script`` run by this interpreter from the checkout with ``args``, its output captured."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=TESTS.parent,
    )


@pytest.mark.parametrize("started", ["early", "lazily"])
def test_a_dying_worker_fails_its_task_only(started: str) -> None:
    """Workers forked by the crawl itself (early) or by a fork server (a pool made later):
    either way a crash fails one task, and the pool that replaces the broken one starts
    from the fork server (the crawl then runs threads it must not fork)."""
    completed = run_script(SCRIPT, started, timeout=120)
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    assert results["first"] == 9
    assert "died on this page twice" in results["crash"]
    assert results["innocent"] == 25
    assert results["after"] == 16
    assert results["forked_by_us"] is (started == "early")
    assert results["forked_by_us_after"] is False


PRELOADED = """
import json, sys
from twisted.internet import defer, task
from crawler.workers import ExtractionPool, extraction_pool, start_workers
from tests.worker_tasks import registry_state

def main(reactor):
    if sys.argv[1] == "early":
        start_workers({"SITREP_EXTRACT_WORKERS": "2"})
        pool = extraction_pool(2)
    else:
        pool = ExtractionPool(2)
    d = defer.Deferred.fromCoroutine(pool.run(registry_state))
    d.addCallback(lambda result: print(json.dumps(result)))
    d.addBoth(lambda result: (pool.close(), result)[1])
    return d

task.react(main)
"""


@pytest.mark.parametrize("started", ["early", "lazily"])
def test_workers_share_the_source_registry_loaded_before_they_were_forked(started: str) -> None:
    """A worker's first page finds the registry loaded: the crawl (early) or the fork
    server read every source module once, before forking any worker."""
    from crawler.sources import all_sources

    completed = run_script(PRELOADED, started, timeout=120)
    assert completed.returncode == 0, completed.stderr[-3000:]
    loaded, sources = json.loads(completed.stdout.strip().splitlines()[-1])
    assert loaded and sources == len(all_sources())


COLLECTING = """
import gc, json
from twisted.internet import defer, task
from crawler.workers import extraction_pool, start_workers

def main(reactor):
    gc.disable()  # as the crawl forks its workers, its own collector paused
    start_workers({"SITREP_EXTRACT_WORKERS": "1"})
    pool = extraction_pool(1)
    d = defer.Deferred.fromCoroutine(pool.run(gc.isenabled))
    d.addCallback(lambda result: print(json.dumps(result)))
    d.addBoth(lambda result: (pool.close(), result)[1])
    return d

task.react(main)
"""


def test_workers_collect_though_forked_while_the_crawl_does_not() -> None:
    completed = run_script(COLLECTING, timeout=120)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert json.loads(completed.stdout.strip().splitlines()[-1]) is True


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


# Workers forked by the crawl itself, as ``sitrep crawl`` starts them.
KILLED_EARLY_SCRIPT = """
import time
from crawler.workers import start_workers
start_workers({"SITREP_EXTRACT_WORKERS": "2"})
print("ready", flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
@pytest.mark.parametrize(
    ("script", "processes"),
    # the fork server, its two workers and multiprocessing's resource tracker; or two workers
    [(KILLED_SCRIPT, 4), (KILLED_EARLY_SCRIPT, 2)],
    ids=["fork-server", "forked-early"],
)
def test_a_killed_crawler_leaves_no_worker_process_behind(script: str, processes: int) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=TESTS.parent,
    )
    tree: set[int] = set()
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        tree = _wait_for_descendants(process.pid, processes)
        assert len(tree) >= processes, tree
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
import sys, threading, time
from crawler.workers import start_workers
if sys.argv[2] == "busy":  # a program that runs a thread of its own
    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
start_workers({"SITREP_EXTRACT_WORKERS": sys.argv[1]} if sys.argv[1] != "-" else {})
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


def _early_tree(workers: str, busy: bool) -> tuple[list[str], set[int], list[str]]:
    """Start the workers in a fresh process as a crawl does: its command line, and the pids
    and command lines of its descendants once they are there."""
    env = {k: v for k, v in os.environ.items() if k != "SITREP_EXTRACT_WORKERS"}
    process = subprocess.Popen(
        [sys.executable, "-c", EARLY_SCRIPT, workers, "busy" if busy else "alone"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=TESTS.parent,
        env=env,
    )
    tree: set[int] = set()
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "started"
        expected = {"-": os.cpu_count() or 1, "2": 2, "0": 0}[workers] if not busy else 1
        tree = _wait_for_descendants(process.pid, expected, seconds=10 if expected else 1)
        return _command_lines({process.pid}), tree, _command_lines(tree)
    finally:
        process.kill()
        process.wait(timeout=30)
        for pid in _alive(tree):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("workers", ["-", "2", "0"])
def test_a_crawl_forks_its_workers_before_any_page_unless_none_is_wanted(workers: str) -> None:
    """A crawl forks its workers first thing, from itself: no fork server, no resource
    tracker; none when SITREP_EXTRACT_WORKERS=0 extracts in-process."""
    (crawl,), tree, lines = _early_tree(workers, busy=False)
    assert len(tree) == {"-": os.cpu_count() or 1, "2": 2, "0": 0}[workers], lines
    assert all(line == crawl for line in lines), lines  # forked, not started anew


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_a_process_running_threads_starts_the_fork_server_instead_of_forking() -> None:
    """A program that runs threads when it starts a crawl must not fork: the fork server is
    started early instead, and forks the workers with the first page."""
    _, _, lines = _early_tree("2", busy=True)
    assert [line for line in lines if "multiprocessing.forkserver" in line], lines


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts open files in /proc")
def test_workers_that_cannot_start_early_are_left_to_the_pool() -> None:
    """Starting the workers early is an optimisation: when neither they nor the fork server
    can start (here, the process may open no more files), the crawl goes on, and the pool
    says why with its first page."""
    script = (
        "import os, resource\n"
        "from crawler.workers import start_workers\n"
        "opened = len(os.listdir('/proc/self/fd'))\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (opened, opened))\n"
        "start_workers({})\n"
        "print('went on')\n"
    )
    completed = run_script(script, timeout=60)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip() == "went on"
    assert "Traceback" not in completed.stderr
