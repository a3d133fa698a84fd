"""Opening a SQLite file while another connection writes to it."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, OperationalError

import store.sqlite_reads
from store.database import Database


def rollback_journal_file(path: Path) -> Path:
    """A database file as another tool leaves it: a table, the default (rollback) journal."""
    with sqlite3.connect(path) as connection:
        connection.execute("create table notes (text)")
    return path


@contextmanager
def writing(path: Path, seconds: float) -> Iterator[None]:
    """Another connection in a write transaction on ``path``, committed after ``seconds``."""
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("insert into notes values ('busy')")
    timer = threading.Timer(seconds, writer.execute, ("COMMIT",))
    timer.start()
    try:
        yield
    finally:
        timer.join()
        writer.close()


def journal_mode(path: Path) -> str:
    with Database(f"sqlite:///{path}").engine.connect() as connection:
        return connection.execute(text("PRAGMA journal_mode")).scalar()


def test_a_file_being_written_is_switched_to_write_ahead_logging_once_the_writer_is_done(
    tmp_path: Path,
) -> None:
    """Switching a file to write-ahead logging needs it alone: SQLite says "database is
    locked" at once, busy timeout or not, while another connection writes. Two crawls
    opening a new database together hit this; the switch now waits for the writer."""
    path = rollback_journal_file(tmp_path / "sitrep.db")
    started = time.monotonic()
    with writing(path, seconds=0.4):
        assert journal_mode(path) == "wal"
    assert time.monotonic() - started >= 0.4
    with sqlite3.connect(path) as connection:
        assert connection.execute("select count(*) from notes").fetchone() == (1,)


def test_the_switch_gives_up_after_the_busy_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store.sqlite_reads, "BUSY_TIMEOUT_S", 0.2)
    path = rollback_journal_file(tmp_path / "sitrep.db")
    with writing(path, seconds=1.0), pytest.raises(OperationalError, match="database is locked"):
        journal_mode(path)


def test_an_error_other_than_a_lock_is_not_tried_again(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    path.write_bytes(b"not a database, " * 512)
    started = time.monotonic()
    with pytest.raises(DatabaseError, match="not a database"):
        journal_mode(path)
    assert time.monotonic() - started < 5
