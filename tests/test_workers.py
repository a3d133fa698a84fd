"""The extraction worker pool: results come back through the reactor; a worker that dies on a
task fails that task only, and the pool goes on."""

from __future__ import annotations

import json
import subprocess
import sys

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


def test_a_dying_worker_fails_its_task_only() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=TESTS.parent,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    assert results["first"] == 9
    assert "died on this page twice" in results["crash"]
    assert results["innocent"] == 25
    assert results["after"] == 16


def test_in_process_pool_runs_in_the_calling_thread() -> None:
    from twisted.internet import defer

    from crawler.workers import ExtractionPool

    from .worker_tasks import square

    result = defer.Deferred.fromCoroutine(ExtractionPool(0).run(square, 6))
    assert result.result == 36
