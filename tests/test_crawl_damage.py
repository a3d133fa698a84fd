"""A damaged SQLite file met mid-crawl stops the crawl: exit 2, one line naming the file and
the fix, and nothing more written into it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from .conftest import CORE, SITES, crawl

PAGE = 4096


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding one clean crawl of the core sources."""
    path = tmp_path_factory.mktemp("damage") / "sitrep.db"
    result = crawl(f"sqlite:///{path}", SITES, sources=CORE)
    assert result.code == 0, result.stderr[-3000:]
    with sqlite3.connect(path) as connection:  # everything in the file itself, none in -wal
        connection.execute("pragma wal_checkpoint(truncate)")
    connection.close()
    return path


def damage_page(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage, as a failing disk would."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("pragma page_size").fetchone() == (PAGE,)
        ((root,),) = connection.execute(
            "select rootpage from sqlite_master where name = ?", (table,)
        )
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * PAGE)
        file.write(b"\xff" * PAGE)


def runs(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute("select run_id, source, status from source_runs").fetchall()


def assert_stopped_with_one_line(stderr: str, path: Path, problem: str) -> None:
    assert "Traceback" not in stderr
    said = [line for line in stderr.splitlines() if problem in line]
    assert len(said) == 1, stderr[-3000:]
    assert str(path) in said[0] and ".recover" in said[0] and "backup" in said[0]
    assert said[0] == stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("table", ["reports", "fetch_state"])
def test_a_damaged_page_met_mid_crawl_stops_the_crawl(
    crawled: Path, tmp_path: Path, table: str
) -> None:
    path = tmp_path / "sitrep.db"
    shutil.copy(crawled, path)
    before = runs(path)
    damage_page(path, table)
    result = crawl(f"sqlite:///{path}", SITES, "--json", sources=CORE)
    assert result.code == 2, result.stderr[-3000:]
    assert_stopped_with_one_line(result.stderr, path, "database disk image is malformed")
    assert "is damaged" in json.loads(result.stdout)["error"]
    # Once the damage was met, the ledger wrote nothing more: no source's run was closed.
    after = runs(path)
    assert after[: len(before)] == before
    assert {status for *_, status in after[len(before) :]} <= {"running"}


def test_a_file_that_is_not_a_database_stops_the_crawl(crawled: Path, tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    shutil.copy(crawled, path)
    with path.open("r+b") as file:
        file.write(b"\x00" * 100)  # the header
    result = crawl(f"sqlite:///{path}", SITES, sources=CORE)
    assert result.code == 2
    assert_stopped_with_one_line(result.stderr, path, "file is not a database")
