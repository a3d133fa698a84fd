"""Crash safety: SIGKILL the crawl at several points, rerun, and nothing is lost or doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from .conftest import CORE, TESTS, core_reports, crawl, query

KILL_AFTER_SECONDS = (0.8, 2.0, 3.5, 5.0)


def test_killed_crawls_lose_nothing_and_duplicate_nothing(db_url: str) -> None:
    command = [
        sys.executable,
        "-m",
        "crawler.cli",
        "--db",
        db_url,
        "crawl",
        "--replay",
        "--set",
        "DOWNLOAD_DELAY=0.15",
        "--set",
        "AUTOTHROTTLE_ENABLED=False",
    ]
    command += [arg for slug in CORE for arg in ("--source", slug)]
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

    assert query(db_url, "select count(*) from reports") == [(len(core_reports()),)]
    assert query(
        db_url,
        "select count(*) from (select source_id, series_id, report_date from reports"
        " group by source_id, series_id, report_date having count(*) > 1) as d",
    ) == [(0,)]
    assert query(
        db_url,
        "select count(*) from (select url from report_urls group by url having count(*) > 1) as u",
    ) == [(0,)]
    # Every report was written whole: its revisions are all there, numbered 1..n, none extra.
    assert query(
        db_url,
        "select count(*) from reports r where r.revision_count <> "
        "(select count(*) from revisions v where v.report_id = r.id)",
    ) == [(0,)]
    assert query(
        db_url, "select count(*) from revisions where report_id not in (select id from reports)"
    ) == [(0,)]
    # Interrupted runs are marked as such in the ledger, and the last one finished.
    statuses = [row[0] for row in query(db_url, "select status from crawl_runs order by id")]
    assert statuses[-1] == "ok" and "running" not in statuses
    if db_url.startswith("sqlite"):
        assert query(db_url, "pragma integrity_check") == [("ok",)]
