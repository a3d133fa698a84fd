"""What the crawl benchmarks share: a replay server in its own process, measured child
processes (wall time; peak memory of the whole process tree, sampled every 0.1 s from
/proc; its CPU time as the kernel counts it, this process reaping the tree's orphans), and
the sitrep command."""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FAST = ("--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False")


def _serve(
    root: str, port_queue: multiprocessing.Queue, answers_file: str, asks: Connection
) -> None:
    sys.path.insert(0, str(REPO))
    from crawler.replay import ReplayServer

    server = ReplayServer(Path(root))
    stamps: list[float] = []  # wall-clock time (time.time()) of each answer
    inner = server._server  # the HTTP server, whose record_answer sees every complete answer
    record_answer = inner.record_answer

    def timed(path: str, status: int) -> None:
        record_answer(path, status)
        stamps.append(time.time())

    inner.record_answer = timed  # type: ignore[method-assign]

    def stop(*_: object) -> None:
        Path(answers_file).write_text(json.dumps(server.answers), "utf-8")
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    server.start()
    port_queue.put(server.url)
    while True:
        asks.recv()
        asks.send(list(stamps))


@dataclass
class Served:
    url: str
    answers_file: Path
    asks: Connection

    def answers(self) -> list[tuple[str, int]]:
        """``(path, status)`` of every answer, available once the server has stopped."""
        return [tuple(a) for a in json.loads(self.answers_file.read_text("utf-8"))]

    def answer_times(self) -> list[float]:
        """Wall-clock times (``time.time()``) of every answer so far, in ascending order."""
        self.asks.send(None)
        return sorted(self.asks.recv())


@contextmanager
def replay_server(root: Path, workdir: Path) -> Iterator[Served]:
    """Serve a recorded-site tree from a separate process, so that serving does not share a
    core (or the GIL) with the crawl being measured."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    ours, theirs = context.Pipe()
    answers = workdir / f"answers-{time.monotonic_ns()}.json"
    process = context.Process(
        target=_serve, args=(str(root), queue, str(answers), theirs), daemon=True
    )
    process.start()
    served = Served(queue.get(timeout=30), answers, ours)
    try:
        yield served
    finally:
        process.terminate()
        process.join(timeout=30)


_TICKS = os.sysconf("SC_CLK_TCK")
_PR_SET_CHILD_SUBREAPER = 36


@cache
def _become_subreaper() -> bool:
    """Make this process the reaper of its orphaned descendants (Linux): a crawl's fork
    server and extraction workers outlive the crawl process by a moment, and their CPU time
    then reaches this process when it reaps them, instead of being lost.

    Done by the first measured run, not on import: a process that imports this module for
    something else (a test reading the peer's settings) must not start adopting orphans it
    never reaps."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reaped_cpu() -> float:
    """User + system seconds of every descendant this process has reaped so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _reap(pids: set[int], seconds: float = 30.0) -> None:
    """Wait for ``pids`` (descendants of a command that has exited) to end, reaping those
    that have become this process's children."""
    deadline = time.monotonic() + seconds
    pending = set(pids)
    while pending and time.monotonic() < deadline:
        for pid in list(pending):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:  # not (or no longer) ours: gone once /proc says so
                done = 0 if Path(f"/proc/{pid}").exists() else pid
            if done:
                pending.discard(pid)
        if pending:
            time.sleep(0.02)


def _tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def _sample(pids: list[int], cpu: dict[int, float]) -> int:
    """Memory of ``pids`` (kB of PSS: pages shared by several of them, such as the modules
    extraction workers inherit, counted once); updates each one's CPU
    seconds so far in ``cpu``."""
    rss = 0
    for pid in pids:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            rss += int(
                next(line.split()[1] for line in rollup.splitlines() if line.startswith("Pss:"))
            )
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu[pid] = max(cpu.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / _TICKS)
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    return rss


@dataclass
class Measured:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float  # user + system time of the process and its descendants (sampled)
    started_at: float = 0.0  # time.time() when the process was started
    ended_at: float = 0.0  # time.time() when it had exited
    cpu_timeline: list[tuple[float, float]] = field(default_factory=list)  # (time, CPU s)
    cpu_children_seconds: float = 0.0  # the part of cpu_seconds spent by descendants
    cpu_sampled_seconds: float = 0.0  # cpu_seconds as the 0.1 s samples saw it

    def cpu_at(self, moment: float) -> float:
        """CPU seconds of the tree at the last sample taken at or before ``moment``."""
        spent = 0.0
        for when, cpu in self.cpu_timeline:
            if when > moment:
                break
            spent = cpu
        return spent


def run_measured(
    command: list[str], env: dict[str, str] | None = None, timeout: float = 3600
) -> Measured:
    """Run a command; its wall time, the peak PSS of its process tree sampled every 0.1 s,
    and the CPU time of that tree: as the kernel counts it for every process of the tree
    once all have ended (Linux, this process being their reaper), else sampled with the
    rest; the timeline of the CPU time is sampled."""
    subreaper = _become_subreaper()
    started_at = time.time()
    started = time.perf_counter()
    reaped_before = _reaped_cpu()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
    )
    peak = 0
    cpu: dict[int, float] = {}
    timeline: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _sample(_tree(process.pid), cpu))
            timeline.append((time.time(), sum(cpu.values())))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate(timeout=timeout)
    seconds = time.perf_counter() - started
    ended_at = time.time()
    done.set()
    sampler.join()
    sampled = sum(cpu.values())
    sampled_children = sum(spent for pid, spent in cpu.items() if pid != process.pid)
    total, children = sampled, sampled_children
    if subreaper:
        own = _reaped_cpu() - reaped_before  # the command and what it reaped itself
        _reap(set(cpu) - {process.pid})
        total = max(_reaped_cpu() - reaped_before, sampled)
        # Descendants the command does not reap itself (a fork server and its workers) come
        # after it; those it reaps (workers it forked) are in ``own``, and only sampled.
        children = max(total - own, sampled_children)
    return Measured(
        process.returncode,
        stdout,
        stderr,
        seconds,
        peak / 1024,
        total,
        started_at,
        ended_at,
        timeline,
        children,
        sampled,
    )


def synthetic_env(outlets: int) -> dict[str, str]:
    """Environment that registers the synthetic outlets of ``benchmarks/synthetic.py``."""
    return {
        "SITREP_SOURCE_MODULES": "benchmarks.synthetic",
        "SITREP_SYNTHETIC_OUTLETS": str(outlets),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }


def synthetic_sources(outlets: int) -> list[str]:
    """``--source`` arguments for the first ``outlets`` synthetic outlets."""
    return [arg for i in range(outlets) for arg in ("--source", f"journal{i:03d}")]


def sitrep(*args: str) -> list[str]:
    """The ``sitrep`` command of this interpreter's environment."""
    return [sys.executable, "-m", "crawler.cli", *args]
