"""Shared fixtures: temporary databases, copies of the recorded sites, the CLI as a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SITES = TESTS / "sites"
MANIFEST = json.loads((SITES / "MANIFEST.json").read_text("utf-8"))
# Fast but otherwise unchanged crawl settings for tests: no politeness delays on loopback.
FAST = ("--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False")


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def run_sitrep(
    *args: str, db_url: str | None = None, cwd: Path | None = None, timeout: int = 180
) -> Result:
    """Run the real `sitrep` command in a subprocess (a fresh Twisted reactor each time)."""
    env = {**os.environ, "PYTHONWARNINGS": "error::scrapy.exceptions.ScrapyDeprecationWarning"}
    env.pop("SITREP_DATABASE_URL", None)
    command = [sys.executable, "-m", "crawler.cli"]
    if db_url:
        command += ["--db", db_url]
    completed = subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd or TESTS.parent,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


def crawl(db_url: str, sites: Path = SITES, *extra: str) -> Result:
    return run_sitrep("crawl", "--replay", str(sites), *FAST, *extra, db_url=db_url)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sitrep.db'}"


@pytest.fixture
def sites_copy(tmp_path: Path) -> Path:
    """A private copy of the recorded sites that a test may edit."""
    target = tmp_path / "sites"
    shutil.copytree(SITES, target)
    return target


def manifest_reports(source: str | None = None) -> list[dict]:
    return [r for r in MANIFEST["reports"] if source is None or r["source"] == source]


def fixture_path(sites: Path, url: str) -> Path:
    """The file that holds ``url`` in a site tree."""
    from urllib.parse import urlsplit

    from crawler.replay import resolve_file

    parts = urlsplit(url)
    found = resolve_file(sites, parts.hostname, parts.path)
    assert found is not None, url
    return found
