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

KILL_AFTER_SECONDS = (0.8, 2.0, 3.5, 5.0)


def test_killed_crawls_lose_nothing_and_duplicate_nothing(db_url: str) -> None:
    command = sitrep_command(
        "crawl",
        "--replay",
        "--set",
        "DOWNLOAD_DELAY=0.4",  # long enough to be killed four times, reruns included
        "--set",
        "AUTOTHROTTLE_ENABLED=False",
        *source_args(CORE),
        db_url=db_url,
    )
    killed = 0
    for delay in KILL_AFTER_SECONDS:
        process = subprocess.Popen(
            command, cwd=TESTS.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
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
