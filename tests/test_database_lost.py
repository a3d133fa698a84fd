"""A database that can no longer be written in the middle of a night (its PostgreSQL server
gone, its disk full): the crawl stops at once with one line and exit 2, and the next crawl,
the server back or space freed, stores what was missed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from .conftest import FAST, MANIFEST, PG_ADMIN_URL, TESTS, query, run_sitrep, sitrep_command


def _allow(name: str, allowed: bool) -> None:
    """Let connections into database ``name`` or not, cutting those it has when not."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}')
        )
        if not allowed:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
    admin.dispose()


def _stored(url: str) -> int:
    return query(url, "select count(*) from reports")[0][0]


def test_a_database_gone_mid_night_stops_the_crawl_in_one_line(postgres_url: str) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    # The politeness delay kept (0.25 s a page): the night lasts long enough to be cut.
    command = sitrep_command(
        "crawl", "--replay", "--set", "AUTOTHROTTLE_ENABLED=False", db_url=postgres_url
    )
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=TESTS.parent
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if _stored(postgres_url) > 0:
                    break
            except Exception:  # the schema is not made yet
                pass
            time.sleep(0.05)
        assert process.poll() is None, "the crawl ended before the database could be cut"
        _allow(name, False)
        cut = time.monotonic()
        _, stderr = process.communicate(timeout=120)
        stopped_after = time.monotonic() - cut
    finally:
        if process.poll() is None:
            process.kill()
        _allow(name, True)
    assert process.returncode == 2, stderr[-3000:]
    lines = stderr.strip().splitlines()
    assert not [line for line in lines if " ERROR: " in line or "Traceback" in line], stderr
    assert "stopped answering in the middle of the crawl" in lines[-1], stderr[-3000:]
    assert "run it again once the server answers" in lines[-1]
    assert stopped_after < 30, stopped_after
    partial = _stored(postgres_url)
    # The server back, the next night stores what the cut one missed.
    again = run_sitrep("crawl", "--replay", *FAST, db_url=postgres_url)
    assert again.code == 0, again.stderr[-3000:]
    assert _stored(postgres_url) > partial


def _mount_small_disk(folder: Path, size: str) -> bool:
    """A tmpfs of ``size`` at ``folder`` (root only); whether it could be mounted."""
    if os.geteuid() != 0:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


def test_a_full_disk_stops_the_crawl_in_one_line_and_the_file_stays_sound(tmp_path: Path) -> None:
    disk = tmp_path / "small"
    if not _mount_small_disk(disk, "1m"):  # the schema fits; a night (1.5 MB) cannot
        pytest.skip("needs root to mount a small tmpfs")
    try:
        url = f"sqlite:///{disk / 'sitrep.db'}"
        full = run_sitrep("crawl", "--replay", *FAST, db_url=url, cwd=disk)
        assert full.code == 2, full.stderr[-3000:]
        lines = full.stderr.strip().splitlines()
        assert not [line for line in lines if " ERROR: " in line or "Traceback" in line], lines
        assert "its disk is full" in lines[-1] and "free some space" in lines[-1], lines[-1]
        # Space freed, the next night stores what the full one missed, into a sound file.
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        again = run_sitrep("crawl", "--replay", *FAST, db_url=url, cwd=disk)
        assert again.code == 0, again.stderr[-3000:]
        with sqlite3.connect(disk / "sitrep.db") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert query(url, "select count(*) from reports")[0][0] == len(
            {(r["source"], r["report_date"]) for r in MANIFEST["reports"]}
        )
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
