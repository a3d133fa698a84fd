"""A schema upgrade killed after any statement leaves a database the next crawl upgrades.

The upgrade runs in a forked child that SIGKILLs itself right after its Nth DDL
statement (CREATE, ALTER, DROP: batch table rebuilds included), for every N until the
upgrade completes, from every older revision, on a copy of a database holding crawled
reports.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import event, text

from store.database import Database
from tests.conftest import CORE, crawl, query

DDL = re.compile(r"^\s*(CREATE|ALTER|DROP)\b", re.IGNORECASE)


def older_revisions() -> list[str]:
    script = ScriptDirectory.from_config(Database("sqlite://").alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]  # head first
    return ["base", *reversed(revisions[1:])]


@pytest.fixture(scope="module")
def crawled_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A SQLite file at head holding the core sources' reports (one replay crawl)."""
    path = tmp_path_factory.mktemp("crawled") / "sitrep.db"
    result = crawl(f"sqlite:///{path}", sources=CORE)
    assert result.code == 0, result.stderr[-2000:]
    yield path


def at_revision(source: Path, target: Path, revision: str) -> int:
    """Copy ``source`` to ``target``, downgrade it to ``revision``; its report count."""
    shutil.copyfile(source, target)
    database = Database(f"sqlite:///{target}")
    try:
        database.downgrade(revision)
        if revision == "base":
            return 0
        with database.engine.connect() as connection:
            return connection.execute(text("select count(*) from reports")).scalar_one()
    finally:
        database.dispose()


def upgrade_killed_after(path: Path, statements: int) -> bool:
    """Upgrade ``path`` in a child killed after its ``statements``-th DDL statement.

    True if the child was killed, False if the upgrade finished before that statement.
    """
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            database = Database(f"sqlite:///{path}")
            seen = 0

            @event.listens_for(database.engine, "after_cursor_execute")
            def _count(conn, cursor, statement, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
                nonlocal seen
                if DDL.match(statement):
                    seen += 1
                    if seen == statements:
                        os.kill(os.getpid(), signal.SIGKILL)

            database.upgrade()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0, "the upgrade failed without being killed"
    return False


def assert_sound(path: Path, reports: int) -> None:
    url = f"sqlite:///{path}"
    database = Database(url)
    try:
        database.ensure_schema(auto_migrate=True)  # what `sitrep crawl` does first
        assert database.is_current()
    finally:
        database.dispose()
    assert query(url, "pragma integrity_check") == [("ok",)]
    assert query(url, "pragma foreign_key_check") == []
    if reports:
        assert query(url, "select count(*) from reports") == [(reports,)]


def schema_of(path: Path) -> list[tuple]:
    return query(f"sqlite:///{path}", "select type, name, sql from sqlite_master order by name")


@pytest.mark.timeout(600)
@pytest.mark.parametrize("revision", older_revisions())
def test_an_upgrade_killed_after_any_statement_is_finished_by_the_next_start(
    crawled_db: Path, tmp_path: Path, revision: str
) -> None:
    start = tmp_path / "start.db"
    reports = at_revision(crawled_db, start, revision)
    assert revision == "base" or reports > 0
    before = schema_of(start)
    work = tmp_path / "work.db"
    kills = 0
    for statements in range(1, 1000):
        shutil.copyfile(start, work)
        for suffix in ("-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        if not upgrade_killed_after(work, statements):
            break
        kills += 1
        # Nothing of the killed upgrade is kept: same schema, same revision, sound file.
        assert schema_of(work) == before, f"killed after DDL {statements}"
        assert query(f"sqlite:///{work}", "pragma integrity_check") == [("ok",)]
        if statements % 5 == 1:  # and the next start finishes the upgrade (every fifth case)
            assert_sound(work, reports)
    assert kills > 0
    assert_sound(work, reports)


def test_a_crawl_after_a_killed_upgrade_upgrades_and_keeps_every_report(
    crawled_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "sitrep.db"
    reports = at_revision(crawled_db, path, older_revisions()[1])
    assert upgrade_killed_after(path, 5)
    result = crawl(f"sqlite:///{path}", sources=CORE)
    assert result.code == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert query(f"sqlite:///{path}", "select count(*) from reports") == [(reports,)]
    assert query(f"sqlite:///{path}", "pragma integrity_check") == [("ok",)]
