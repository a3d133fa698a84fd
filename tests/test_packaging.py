"""The wheel a user installs: every package in it, and the replay snapshot with them, so
that an installed sitrep (not a checkout) can ``sitrep crawl --replay``."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
SNAPSHOT_PACKAGE = "crawler.replay_sites"


def test_every_package_of_the_code_is_listed_for_the_wheel() -> None:
    listed = set(PROJECT["tool"]["setuptools"]["packages"])
    found = set(
        find_packages(str(ROOT), include=["crawler*", "pipelines*", "store*", "migrations*"])
    )
    assert listed - {SNAPSHOT_PACKAGE} == found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built offline from a copy of the sources (the checkout stays clean)."""
    source = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("crawler", "pipelines", "store", "migrations", "tests/sites"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("sitrep-*.whl")
    return built


def test_the_wheel_ships_the_snapshot_without_its_build_scripts(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    snapshot = [n for n in names if n.startswith("crawler/replay_sites/")]
    recorded = [
        p
        for p in (ROOT / "tests" / "sites").rglob("*")
        if p.is_file() and "_build" not in p.parts and "__pycache__" not in p.parts
    ]
    assert len(snapshot) == len(recorded)
    assert "crawler/replay_sites/FIXTURES.json" in names
    assert not any("/_build/" in n for n in names)


def test_an_installed_sitrep_replays_its_bundled_snapshot(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "SITREP_DATABASE_URL": "sqlite:///night.db"}
    where = subprocess.run(
        [sys.executable, "-c", "import crawler.replay as r; print(r.__file__, r.bundled_sites())"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module, snapshot = where.stdout.split()
    assert module.startswith(str(site)) and snapshot == str(site / "crawler" / "replay_sites")
    crawl = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--replay", "-s", "midilibre"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert f"replaying recorded sites from {snapshot}" in crawl.stderr
    assert " ok: 1 sources, 0 failed; " in crawl.stderr
    assert int(re.search(r"; (\d+) new,", crawl.stderr).group(1)) > 0
    assert (work / "night.db").is_file()
