"""On a shared frontier, a source another worker crawled is healthy on every worker: whoever
pops a discovery page parses it, so one worker may parse none of a source's pages."""

from __future__ import annotations

import json
import os
import uuid

import pytest

from crawler.replay import ReplayServer

from .conftest import FAST, SITES, TESTS, run_sitrep, sitrep_command
from .test_frontier import REDIS_URL, redis_client, start_worker

# The race (the other worker pops every page of a source) shows in most runs, not all.
RUNS = 3


@pytest.mark.parametrize("attempt", range(RUNS))
def test_two_workers_on_the_replay_both_end_healthy(sqlite_url: str, attempt: int) -> None:
    client = redis_client()
    frontier = f"test-health-{uuid.uuid4().hex[:10]}"
    assert run_sitrep("db", "upgrade", db_url=sqlite_url).code == 0
    try:
        with ReplayServer(SITES) as server:
            command = sitrep_command(
                "crawl", "--json", *FAST, "--set", f"SITREP_REPLAY_URL={server.url}",
                "--redis", REDIS_URL, "--frontier", frontier,
                db_url=sqlite_url,
            )  # fmt: skip
            workers = [
                start_worker(command, {**os.environ, "PYTHONPATH": str(TESTS.parent)}) for _ in "ab"
            ]
            outputs = [worker.communicate(timeout=300) for worker in workers]
    finally:
        for key in client.scan_iter(f"sitrep:{frontier}:*"):
            client.delete(key)
    for worker, (stdout, stderr) in zip(workers, outputs, strict=True):
        rows = json.loads(stdout)["sources"]
        broken = [
            (r["source"], r["status"], r["requests"])
            for r in rows
            if r["status"] not in ("ok", "no_new_report")
        ]
        assert not broken and worker.returncode == 0, (broken, stderr[-2000:])
