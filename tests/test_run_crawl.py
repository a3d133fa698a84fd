"""The library entry point: run_crawl() in a process of its own, as a scheduler calls it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, sys
from crawler.run import CrawlCannotRun, run_crawl
try:
    summary = run_crawl(sys.argv[1].split(","), sys.argv[2], replay="bundled", auto_migrate=True)
except CrawlCannotRun as error:
    print(json.dumps({"cannot_run": str(error)}))
else:
    print(json.dumps({**summary.as_dict(), "exit_code": summary.exit_code}))
"""


def call(sources: str, database: str, cwd: Path, script: str = SCRIPT) -> dict:
    """What ``script`` (run with ``sources`` and ``database`` in a process of its own)
    printed on its last line, read as JSON."""
    done = subprocess.run(
        [sys.executable, "-c", script, sources, database],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_run_crawl_stores_a_source_and_returns_its_summary(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'night.db'}"
    summary = call("midilibre,dna", url, tmp_path)
    assert summary["status"] == "ok" and summary["exit_code"] == 0
    assert [s["source"] for s in summary["sources"]] == ["dna", "midilibre"]
    assert all(s["new"] > 0 and s["errors"] == 0 for s in summary["sources"])
    assert summary["schema_upgraded"]["from"] is None
    again = call("midilibre,dna", url, tmp_path)
    assert sum(s["new"] for s in again["sources"]) == 0
    assert "schema_upgraded" not in again


def test_run_crawl_refuses_an_unknown_source_in_one_line(tmp_path: Path) -> None:
    result = call("midilibre,no-such-paper", f"sqlite:///{tmp_path / 'x.db'}", tmp_path)
    assert "no-such-paper" in result["cannot_run"] and "\n" not in result["cannot_run"]
    assert not (tmp_path / "x.db").exists()


def test_a_missing_replay_folder_is_said_before_the_database_is_made(tmp_path: Path) -> None:
    from .conftest import run_sitrep

    database = tmp_path / "typo.db"
    result = run_sitrep(
        "crawl",
        "-s",
        "midilibre",
        "--replay",
        str(tmp_path / "no-such-folder"),
        db_url=f"sqlite:///{database}",
    )
    assert result.code == 2, result.stderr[-2000:]
    assert "replay directory not found" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert not database.exists()


COUNTING_SCRIPT = """
import collections, json, logging, sys
made = collections.Counter()
build = logging.Logger.makeRecord

def counted(self, name, level, *args, **kwargs):
    made[f"{name.split('.')[0]} {logging.getLevelName(level)}"] += 1
    return build(self, name, level, *args, **kwargs)

logging.Logger.makeRecord = counted
from crawler.run import run_crawl
summary = run_crawl(["midilibre"], sys.argv[2], replay="bundled", auto_migrate=True,
                    log_level=sys.argv[1])
print(json.dumps({"new": sum(s["new"] for s in summary.as_dict()["sources"]), "made": made}))
"""


def records_made(level: str, tmp_path: Path) -> dict:
    return call(level, f"sqlite:///{tmp_path / level}.db", tmp_path, COUNTING_SCRIPT)


def test_a_crawl_at_the_default_level_builds_no_debug_record_of_scrapy(tmp_path: Path) -> None:
    """Scrapy logs every download and every item at DEBUG, and its process sets its loggers
    to DEBUG: a crawl that shows WARNING and above must not build those records at all
    (one or two are made while the process starts, before its levels are settled)."""
    quiet = records_made("WARNING", tmp_path)
    assert quiet["new"] > 5
    assert quiet["made"].get("scrapy DEBUG", 0) <= 2, quiet["made"]
    loud = records_made("DEBUG", tmp_path)
    assert loud["made"].get("scrapy DEBUG", 0) > quiet["new"], loud["made"]


def test_run_crawl_refuses_an_unknown_log_level_before_anything_starts(tmp_path: Path) -> None:
    script = SCRIPT.replace("auto_migrate=True)", 'auto_migrate=True, log_level="loud")')
    assert script != SCRIPT
    result = call("midilibre", f"sqlite:///{tmp_path / 'x.db'}", tmp_path, script)
    assert "expected one of DEBUG" in result["cannot_run"]
    assert not (tmp_path / "x.db").exists()
