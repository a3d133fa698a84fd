"""What `sitrep crawl` writes on stderr under cron and pipes: one line per failure, error
counts that agree everywhere, elapsed times that never go backwards, and a last line."""

from __future__ import annotations

import json
import re
import socket

from .conftest import CORE, FAST, SITES, crawl, run_sitrep, source_args

PROGRESS = re.compile(r"^\[\s*(\d+)s\] (\S+)\s+(\S+)\s.*errors=(\d+)$")


def closed_port_url() -> str:
    """A loopback URL nothing listens on: every site is unreachable."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def progress_lines(stderr: str) -> list[tuple[int, str, str, int]]:
    return [
        (int(m[1]), m[2], m[3], int(m[4]))
        for line in stderr.splitlines()
        if (m := PROGRESS.match(line))
    ]


def test_an_offline_night_says_each_failure_once_without_tracebacks(sqlite_url: str) -> None:
    result = run_sitrep(
        "crawl", "--json", *FAST, "--set", f"SITREP_REPLAY_URL={closed_port_url()}",
        db_url=sqlite_url,
    )  # fmt: skip
    assert result.code == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    summary = json.loads(result.stdout)
    rows = {row["source"]: row for row in summary["sources"]}
    failures = [f for row in rows.values() for f in row["failures"]]
    assert failures and all(f["reason"] for f in failures)
    # One line per failure, nothing from Scrapy repeating them (retries, robots.txt).
    logged = [line for line in result.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
    assert len(logged) == len(failures), "\n".join(logged)
    assert not [line for line in logged if " ERROR: " in line]
    # The error counts agree: progress lines, the summary, the failures listed.
    finished = {name: errors for _, name, state, errors in progress_lines(result.stderr)}
    assert finished == {name: row["errors"] for name, row in rows.items()}
    assert all(row["errors"] == len(row["failures"]) for row in rows.values())
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"crawl run {summary['run_id']} failed: ")
    assert f" {len(failures)} errors;" in last


def test_a_good_night_counts_elapsed_time_forward_and_ends_with_the_run(sqlite_url: str) -> None:
    result = crawl(sqlite_url, SITES)
    assert result.code == 0, result.stderr[-3000:]
    seconds = [elapsed for elapsed, *_ in progress_lines(result.stderr)]
    assert len(seconds) >= len(CORE)
    assert seconds == sorted(seconds), "elapsed times went backwards"
    last = result.stderr.strip().splitlines()[-1]
    assert re.match(r"crawl run \d+ ok: 15 sources, 0 failed; \d+ new, 0 revised, 0 errors", last)


def test_json_logs_end_with_the_run_summary_on_a_good_night(sqlite_url: str) -> None:
    result = run_sitrep(
        "crawl", "--replay", "--log-format", "json", *FAST, *source_args(("midilibre",)),
        db_url=sqlite_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr[-3000:]
    entries = [json.loads(line) for line in result.stderr.splitlines()]  # every line is JSON
    assert entries[-1]["message"] == "crawl finished"
    assert entries[-1]["summary"]["status"] == "ok"
    assert entries[-1]["summary"]["sources"][0]["new"] > 0
