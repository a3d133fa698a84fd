"""Crash safety: SIGKILL the crawl at several points, rerun, and nothing is lost or doubled."""

from __future__ import annotations

import signal
import subprocess
import time

from .conftest import (
    CORE,
    TESTS,
    assert_each_report_stored_once,
    core_reports,
    crawl,
    query,
    sitrep_command,
    source_args,
)

# Where each run is killed: once it has recorded its run in the ledger (start-up, first
# downloads), then once it has stored 1, 2 and half of the reports more than the runs before.
KILL_POINTS = ("run recorded", 1, 2, "half")


def _count(db_url: str, sql: str) -> int:
    """``sql``'s count, 0 while the database or its schema does not exist yet."""
    try:
        return query(db_url, sql)[0][0]
    except Exception:
        return 0


def _kill_at(process: subprocess.Popen, db_url: str, sql: str, target: int) -> bool:
    """SIGKILL ``process`` as soon as ``sql`` counts ``target``; False if it ended first."""
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if _count(db_url, sql) >= target:
            process.send_signal(signal.SIGKILL)
            return True
        time.sleep(0.02)
    return False


def test_killed_crawls_lose_nothing_and_duplicate_nothing(db_url: str) -> None:
    command = sitrep_command(
        "crawl",
        "--replay",
        "--set",
        "DOWNLOAD_DELAY=0.4",  # each run outlives the wait for its kill point
        "--set",
        "AUTOTHROTTLE_ENABLED=False",
        *source_args(CORE),
        db_url=db_url,
    )
    killed = 0
    for point in KILL_POINTS:
        runs = _count(db_url, "select count(*) from crawl_runs")
        stored = _count(db_url, "select count(*) from reports")
        if point == "run recorded":
            sql, target = "select count(*) from crawl_runs", runs + 1
        else:
            more = len(core_reports()) // 2 if point == "half" else int(point)
            sql, target = "select count(*) from reports", stored + more
        process = subprocess.Popen(
            command, cwd=TESTS.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        killed += _kill_at(process, db_url, sql, target)
        process.wait(timeout=60)
    assert killed >= 3, "the crawl finished before it could be killed: slow it down"
    final = crawl(db_url, sources=CORE)
    assert final.code == 0, final.stderr[-3000:]

    # Every report was written whole: its revisions are all there, none extra, nothing twice.
    assert_each_report_stored_once(db_url, len(core_reports()))
    assert query(
        db_url, "select count(*) from revisions where report_id not in (select id from reports)"
    ) == [(0,)]
    # Interrupted runs are marked as such in the ledger, and the last one finished.
    statuses = [row[0] for row in query(db_url, "select status from crawl_runs order by id")]
    assert statuses[-1] == "ok" and "running" not in statuses
    if db_url.startswith("sqlite"):
        assert query(db_url, "pragma integrity_check") == [("ok",)]
