"""Ctrl-C or SIGTERM during a crawl, from its first moment to its last: every source says it
was interrupted, and the exit code is 128 + the signal's number (130 for Ctrl-C)."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from crawler import interrupts
from crawler.settings import EXTENSIONS

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


@pytest.mark.parametrize(
    ("moment", "name"),
    [("built", "SIGTERM"), ("opened", "SIGINT")],
    ids=["SIGTERM-while-the-crawlers-are-built", "SIGINT-as-a-spider-opens"],
)
def test_a_signal_before_the_reactor_runs_stops_the_crawl_like_any_other(
    sqlite_url: str, moment: str, name: str
) -> None:
    """Scrapy installs its shutdown handlers once the reactor runs: a signal arriving before
    (the crawl sends it to itself, see tests/self_signal.py) once left one source never
    started and the crawl never ended (SIGINT), or killed the process outright (SIGTERM)."""
    extensions = {**EXTENSIONS, "tests.self_signal.SignalItself": 0}
    command = sitrep_command(
        "crawl", "--replay", "--json", *source_args(CORE),
        "--set", f"EXTENSIONS={json.dumps(extensions)}",
        "--set", f"SELF_SIGNAL_AT={moment}", "--set", f"SELF_SIGNAL={name}",
        db_url=sqlite_url,
    )  # fmt: skip
    process = subprocess.Popen(
        command, cwd=TESTS.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    stdout, stderr = finished(process)
    assert process.returncode == 128 + signal.Signals[name], stderr[-3000:]
    assert "Traceback" not in stderr and "CRITICAL" not in stderr, stderr[-3000:]
    summary = json.loads(stdout)
    assert summary["status"] == "interrupted"
    assert sorted(row["source"] for row in summary["sources"]) == sorted(CORE)
    for row in summary["sources"]:
        assert row["status"] == "error" and row["requests"] == 0
        assert any(f"interrupted ({name})" in f["reason"] for f in row["failures"]), row
    assert query(sqlite_url, "select status from crawl_runs") == [("interrupted",)]
    for status, failures in query(sqlite_url, "select status, failures from source_runs"):
        assert status == "error" and f"interrupted ({name})" in str(failures)


@contextmanager
def waiting_on_a_silent_database(tmp_path: Path, *args: str) -> Iterator[subprocess.Popen]:
    """``sitrep --db <a server that accepts and never answers> *args``, once it is waiting
    for that database (in its own process group, as a service manager starts it)."""
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        command = sitrep_command(*args, db_url=f"postgresql+psycopg://postgres@127.0.0.1:{port}/x")
        process = subprocess.Popen(
            command,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        silent.settimeout(60)
        connection, _ = silent.accept()
        with connection:
            yield process


def test_sigterm_while_the_database_does_not_answer_ends_in_one_line(tmp_path: Path) -> None:
    """Before the run is opened there is nothing to stop gracefully: the crawl (and its
    workers, which get the signal too from a service manager) end at once, with one line."""
    with waiting_on_a_silent_database(
        tmp_path, "crawl", "--replay", "--source", "midilibre"
    ) as process:
        os.killpg(process.pid, signal.SIGTERM)
        stdout, stderr = finished(process)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert stderr.strip().splitlines() == [
        "interrupted (SIGTERM) before the crawl could finish; nothing else done"
    ]
    assert stdout == ""


@pytest.mark.parametrize(
    ("command", "name"),
    [(("db", "upgrade"), "SIGTERM"), (("reports",), "SIGINT")],
    ids=["db-upgrade-SIGTERM", "reports-SIGINT"],
)
def test_every_command_stopped_by_a_signal_says_so_in_one_line(
    tmp_path: Path, command: tuple[str, ...], name: str
) -> None:
    """Not click's "Aborted!" and exit code 1: the signal, and 128 + its number."""
    with waiting_on_a_silent_database(tmp_path, *command) as process:
        os.killpg(process.pid, signal.Signals[name])
        stdout, stderr = finished(process)
    assert process.returncode == 128 + signal.Signals[name], stderr
    assert stderr.strip().splitlines() == [f"interrupted ({name})"]
    assert stdout == ""


def test_the_setup_handler_raises_where_the_code_is_and_is_undone_after() -> None:
    before = signal.getsignal(signal.SIGTERM)
    try:
        with (
            pytest.raises(interrupts.Interrupted) as raised,
            interrupts.stopping_signals_call(interrupts.raise_interrupted),
        ):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler runs before this ends
        assert interrupts.interruption() == "SIGTERM"
    finally:
        interrupts.forget_interruption()  # this process goes on with other tests
    assert (raised.value.signal_name, raised.value.exit_code) == ("SIGTERM", 143)
    assert signal.getsignal(signal.SIGTERM) is before


def test_an_error_that_follows_a_signal_is_reported_as_the_signal() -> None:
    """SQLAlchemy closes a connection a KeyboardInterrupt went through; rolling back on it
    then raises "Cannot operate on a closed database", which once reached the user as an
    internal error instead of the interruption (seen with Ctrl-C during a first upgrade)."""
    with pytest.raises(RuntimeError, match="not interrupted"), interrupts.interruption_wins():
        raise RuntimeError("not interrupted")  # no signal: the error as it is
    try:
        interrupts.interrupted_by(signal.SIGINT)
        with pytest.raises(interrupts.Interrupted) as raised, interrupts.interruption_wins():
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
    finally:
        interrupts.forget_interruption()
    assert (raised.value.signal_name, raised.value.exit_code) == ("SIGINT", 130)
    assert isinstance(raised.value.__cause__, sqlite3.ProgrammingError)


def test_sigterm_to_the_whole_group_leaves_the_workers_to_the_crawl(sqlite_url: str) -> None:
    """A service manager stopping the crawl signals every process of it: the workers ignore
    that SIGTERM and end with the crawl, which stops gracefully (a worker killed under a page
    made the crawl log "a worker process died" and extract the page again)."""
    process = slow_crawl(sqlite_url)
    time.sleep(2)  # report pages on their way to the workers
    os.killpg(process.pid, signal.SIGTERM)
    stdout, stderr = finished(process)
    assert process.returncode == 128 + signal.SIGTERM, stderr[-3000:]
    assert "worker process died" not in stderr and "Traceback" not in stderr, stderr[-3000:]
    for row in json.loads(stdout)["sources"]:
        assert row["status"] == "error"
        assert [f["reason"] for f in row["failures"]] == [
            "interrupted (SIGTERM) before the source finished"
        ], row
