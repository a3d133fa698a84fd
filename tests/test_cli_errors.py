"""A user never sees a traceback: every command that meets a database it cannot use says so in
one line on stderr (and as ``{"error": ...}`` on stdout with ``--json``) and exits 2. Read
commands create nothing and can browse a read-only copy."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import TESTS, Result, postgres_reachable, run_sitrep

PASSWORD = "s3cret-pw"
READ_COMMANDS = (
    ("reports",),
    ("status", "--json"),
    ("show", "1", "--json"),
    ("diff", "1"),
    ("search", "Kharkiv", "--json"),
    ("export",),
    ("db", "current"),
)
WRITE_COMMANDS = (("db", "upgrade"), ("reprocess",))
CRAWL = ("crawl", "--replay", "--source", "midilibre", "--set", "DOWNLOAD_DELAY=0")


def assert_one_line_error(result: Result, *expected: str, code: int = 2) -> str:
    """Exit ``code``, no traceback, one ``error:`` line on stderr containing ``expected``, no
    password anywhere; with ``--json`` the same message as ``{"error": ...}`` on stdout."""
    assert result.code == code, (result.code, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr[-2000:]
    for text in expected:
        assert text in lines[0], lines[0]
    assert PASSWORD not in result.stderr + result.stdout
    return lines[0]


def assert_json_error(result: Result) -> None:
    message = assert_one_line_error(result)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "error": message.removeprefix("error: ")
    }


def assert_crawl_cannot_run(result: Result) -> None:
    """``sitrep crawl`` words some of these errors itself: exit 2, an error, no traceback."""
    assert result.code == 2, (result.code, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr[-2000:]
    assert PASSWORD not in result.stderr + result.stdout


def every_command(db_url: str, *expected: str) -> None:
    for command in (*READ_COMMANDS, *WRITE_COMMANDS):
        result = run_sitrep(*command, db_url=db_url)
        assert_one_line_error(result, *expected)
        if "--json" in command:
            assert_json_error(result)
    assert_crawl_cannot_run(run_sitrep(*CRAWL, db_url=db_url))


@pytest.fixture
def migrated(tmp_path: Path) -> str:
    """A SQLite database at the current schema, no reports."""
    url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    assert run_sitrep("db", "upgrade", db_url=url).code == 0
    return url


def test_an_unreachable_server() -> None:
    url = f"postgresql+psycopg://sitrep:{PASSWORD}@127.0.0.1:1/sitrep"
    every_command(url, "cannot reach the database server", "sitrep:***@127.0.0.1:1")


def test_an_unknown_role() -> None:
    if not postgres_reachable():
        pytest.skip("no PostgreSQL server")
    url = f"postgresql+psycopg://no_such_role:{PASSWORD}@127.0.0.1:5432/postgres"
    every_command(url, "refused the login", "no_such_role")


def test_a_typo_in_the_driver() -> None:
    url = f"postgresq+psycopg://sitrep:{PASSWORD}@127.0.0.1/sitrep"
    every_command(url, "unknown database driver 'postgresq+psycopg'")


def test_a_database_sitrep_does_not_store_in() -> None:
    url = f"mysql://sitrep:{PASSWORD}@127.0.0.1/sitrep"
    every_command(url, "sitrep stores in SQLite or PostgreSQL, not mysql", "sitrep:***@127.0.0.1")


@pytest.mark.parametrize("url", ["no-such-scheme", f"postgresql://u:{PASSWORD}@host:port/db"])
def test_an_unparseable_url(url: str) -> None:
    every_command(url, "cannot read the database URL")


def test_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    path.write_bytes(b"this is not a database\n" * 200)
    every_command(f"sqlite:///{path}", "not a readable SQLite database")
    assert path.read_bytes() == b"this is not a database\n" * 200


def test_a_database_from_a_newer_sitrep(migrated: str) -> None:
    path = migrated.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = '0099'")
    every_command(migrated, "revision 0099", "newer sitrep", "upgrade sitrep")
    with sqlite3.connect(path) as connection:
        assert connection.execute("select version_num from alembic_version").fetchall() == [
            ("0099",)
        ]


def test_read_commands_create_no_file_or_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nonexistent" / "dir"
    url = f"sqlite:///{folder / 'sitrep.db'}"
    for command in READ_COMMANDS:
        assert_one_line_error(run_sitrep(*command, db_url=url), "no database at", str(folder))
    assert not (tmp_path / "nonexistent").exists()
    # in the working directory too: the default database is not created by reading
    assert_one_line_error(run_sitrep("reports", cwd=tmp_path), "no database at")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_schema_is_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).close()  # an empty SQLite file, e.g. made by another tool
    result = run_sitrep("reports", db_url=f"sqlite:///{path}")
    assert_one_line_error(result, "no sitrep schema yet", "sitrep db upgrade")


# -- read-only copies: permissions do not bind root, so the commands run as "nobody" then ------


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside pytest's private tree, which an unprivileged user can enter."""
    path = Path(tempfile.mkdtemp(prefix="sitrep-ro-"))
    path.chmod(0o777)
    try:
        yield path
    finally:
        path.chmod(0o755)
        for child in path.iterdir():
            child.chmod(0o644)
        shutil.rmtree(path)


def run_unprivileged(*args: str, db_url: str) -> Result:
    """``sitrep`` as an unprivileged user (``nobody`` when the tests run as root)."""
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DATABASE_URL"}
    as_user: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv to drop privileges")
        as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    completed = subprocess.run(
        [*as_user, sys.executable, "-m", "crawler.cli", "--db", db_url, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**env, "HOME": "/tmp", "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=TESTS.parent,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


def archived_copy(shared_dir: Path, migrated: str, *, folder_writable: bool) -> Path:
    path = shared_dir / "archive.db"
    shutil.copy(migrated.removeprefix("sqlite:///"), path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if not folder_writable:
        shared_dir.chmod(0o555)
    return path


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder-ro", "folder-rw"])
def test_a_read_only_copy_can_be_browsed(
    shared_dir: Path, migrated: str, folder_writable: bool
) -> None:
    path = archived_copy(shared_dir, migrated, folder_writable=folder_writable)
    before = path.read_bytes()
    url = f"sqlite:///{path}"
    for command in (("reports",), ("status", "--json"), ("export",), ("db", "current")):
        result = run_unprivileged(*command, db_url=url)
        assert result.code == 0, (command, result.stderr[-2000:])
    assert path.read_bytes() == before
    if not folder_writable:
        assert [p.name for p in shared_dir.iterdir()] == ["archive.db"]


def test_writing_to_a_read_only_file_is_one_line(shared_dir: Path, migrated: str) -> None:
    path = archived_copy(shared_dir, migrated, folder_writable=True)
    url = f"sqlite:///{path}"
    assert_one_line_error(run_unprivileged("db", "downgrade", "base", db_url=url), "read-only")
    result = run_unprivileged(*CRAWL, db_url=url)
    assert_crawl_cannot_run(result)
    assert "read-only" in result.stderr


def test_an_unexpected_error_is_one_line_unless_debugging(tmp_path: Path) -> None:
    """An internal error says how to see the traceback; SITREP_DEBUG=1 shows it."""
    script = (
        "import sys; from crawler.cli import main, cli\n"
        "@cli.command('boom')\ndef boom():\n    raise KeyError('x')\n"
        "from crawler.cli.errors import guard; guard(cli.commands['boom'])\n"
        "sys.argv = ['sitrep', 'boom']; main()\n"
    )
    for debug, expected in (("", "rerun with SITREP_DEBUG=1"), ("1", "Traceback")):
        completed = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=TESTS.parent,
            env={**os.environ, "SITREP_DEBUG": debug},
        )
        assert completed.returncode == (2 if not debug else 1), completed.stderr[-2000:]
        assert expected in completed.stderr
        if not debug:
            assert completed.stderr.strip().splitlines() == [
                "error: internal error: KeyError: 'x' — rerun with SITREP_DEBUG=1 for the traceback"
            ]
