"""Ctrl-C during a crawl: every source says it was interrupted, and the exit code is 130."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from .conftest import CORE, TESTS, query, sitrep_command, source_args


def opened(db_url: str) -> int:
    """How many sources of the latest run have opened their ledger row."""
    try:
        return query(
            db_url,
            "select count(*) from source_runs where run_id = (select max(id) from crawl_runs)",
        )[0][0]
    except Exception:  # the schema is not there yet
        return 0


def slow_crawl(db_url: str) -> subprocess.Popen:
    """A crawl of the first sources, one request a second per site, once each source has
    opened its ledger row."""
    command = sitrep_command(
        "crawl", "--replay", "--json", "--set", "DOWNLOAD_DELAY=1",
        "--set", "AUTOTHROTTLE_ENABLED=False", *source_args(CORE),
        db_url=db_url,
    )  # fmt: skip
    process = subprocess.Popen(
        command,
        cwd=TESTS.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a terminal's Ctrl-C reaches the whole process group
    )
    deadline = time.monotonic() + 60
    while opened(db_url) < len(CORE) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.poll() is None, "the crawl ended before it could be interrupted"
    return process


def finished(process: subprocess.Popen, seconds: float = 120) -> tuple[str, str]:
    """The crawl's output once it has ended; if it has not within ``seconds``, every
    thread's stack (``kill -USR1``), then the test fails with them."""
    try:
        return process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGUSR1)
        time.sleep(2)
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate(timeout=60)
        pytest.fail(f"the crawl did not end within {seconds} s; its stacks:\n{stderr[-8000:]}")


def test_ctrl_c_marks_every_source_interrupted_and_exits_130(sqlite_url: str) -> None:
    process = slow_crawl(sqlite_url)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = finished(process)
    assert process.returncode == 130, stderr[-3000:]
    assert "Traceback" not in stderr
    summary = json.loads(stdout)
    assert summary["status"] == "interrupted"
    for row in summary["sources"]:
        assert row["status"] == "error"
        assert any("interrupted (SIGINT)" in f["reason"] for f in row["failures"]), row
    ledger = query(sqlite_url, "select status, failures from source_runs")
    assert len(ledger) == len(CORE)
    for status, failures in ledger:
        assert status == "error" and "interrupted (SIGINT)" in str(failures)


def test_usr1_prints_every_thread_and_the_crawl_goes_on(sqlite_url: str) -> None:
    """``kill -USR1`` on a crawl that seems stuck shows where each thread is."""
    process = slow_crawl(sqlite_url)
    os.kill(process.pid, signal.SIGUSR1)
    time.sleep(1)
    assert process.poll() is None, "the crawl stopped on SIGUSR1"
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = finished(process)
    assert process.returncode == 130, stderr[-3000:]
    assert "Current thread" in stderr and 'File "' in stderr, stderr[-3000:]
