"""What the read commands print and write: unknown sources, tables in logs and on terminals,
exports that are complete or not there at all."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import pty
import re
import resource
import stat
import struct
import subprocess
import termios
from pathlib import Path

import pytest

from .conftest import MANIFEST, TESTS, crawl, run_sitrep, sitrep_command

SLUGS = sorted({r["source"] for r in MANIFEST["reports"]})


def full_device() -> bool:
    """Linux's /dev/full is there: a device on which every write fails with ENOSPC."""
    try:
        return stat.S_ISCHR(os.stat("/dev/full").st_mode)
    except OSError:
        return False


needs_full_device = pytest.mark.skipif(not full_device(), reason="needs the /dev/full device")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Two replay crawls (the second finds nothing new) into one SQLite file."""
    url = f"sqlite:///{tmp_path_factory.mktemp('output') / 'sitrep.db'}"
    for _ in range(2):
        result = crawl(url)
        assert result.code == 0, result.stderr[-3000:]
    return url


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SITREP_DATABASE_URL", "COLUMNS")}
    return {**env, **extra}


# -- unknown sources --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("reports", "--source", "nosuch"),
        ("search", "Kharkiv", "--source", "nosuch"),
        ("export", "--source", "midilibre", "--source", "nosuch"),
        ("reprocess", "-s", "nosuch"),
    ],
)
def test_an_unknown_source_is_an_error(crawled: str, command: tuple[str, ...]) -> None:
    result = run_sitrep(*command, db_url=crawled)
    assert (result.code, result.stdout) == (2, "")
    assert one_error_line(result.stderr).endswith("unknown source 'nosuch' (see sitrep sources)")


# -- tables -----------------------------------------------------------------------------------


def table_rows(output: str) -> list[list[str]]:
    """The cells of each body line of a rich table (lines between │ borders)."""
    return [
        [cell.strip() for cell in line.strip().strip("│").split("│")]
        for line in output.splitlines()
        if line.startswith("│")
    ]


def exported(url: str) -> list[dict]:
    return [json.loads(x) for x in run_sitrep("export", db_url=url).stdout.splitlines()]


def test_a_table_written_to_a_file_keeps_each_row_whole(crawled: str) -> None:
    records = exported(crawled)
    result = run_sitrep("reports", "--limit", "1000", db_url=crawled)
    assert result.code == 0, result.stderr
    rows = table_rows(result.stdout)
    assert len(rows) == len(records)  # one line per report: nothing wrapped
    assert {(int(r[0]), r[1], r[4]) for r in rows} == {
        (r["id"], r["source"], r["title"]) for r in records
    }


def test_status_in_a_log_shows_whole_statuses_and_slugs(crawled: str) -> None:
    result = run_sitrep("status", db_url=crawled)
    assert result.code == 0, result.stderr
    rows = table_rows(result.stdout)
    assert [r[0] for r in rows] == SLUGS
    assert {r[1] for r in rows} == {"no_new_report"}
    assert {r[4] for r in rows} == {"no_new_report ok"}


def run_with_columns(url: str, columns: int, *args: str, terminal: bool) -> str:
    """``sitrep`` with ``COLUMNS`` set (on a pipe), or on a terminal of that width."""
    command = sitrep_command(*args, db_url=url)
    if not terminal:
        completed = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=environment(COLUMNS=str(columns)),
            cwd=TESTS.parent,
            timeout=120,
        )
        assert completed.returncode == 0, completed.stderr
        return completed.stdout
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen(
        command,
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=environment(),
        cwd=TESTS.parent,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""
    output = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)  # colours


@pytest.mark.parametrize("terminal", [False, True], ids=["COLUMNS", "terminal"])
def test_a_narrow_table_wraps_titles_but_never_splits_identifiers(
    crawled: str, terminal: bool
) -> None:
    output = run_with_columns(crawled, 90, "reports", "--limit", "1000", terminal=terminal)
    lines = [line for line in output.splitlines() if line.strip()]
    assert max(len(line) for line in lines) <= 90
    rows = table_rows(output)
    records = exported(crawled)
    assert len(rows) > len(records)  # titles wrapped onto more lines
    slugs = {r[1] for r in rows if r[1]}
    assert slugs == {r["source"] for r in records}
    dates = {r[2] for r in rows if r[2]}
    assert dates == {r["report_date"] for r in records}


# -- exports ----------------------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_export_into_a_missing_folder_is_one_line(crawled: str, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "reports.csv"
    result = run_sitrep("export", "--format", "csv", "-o", str(target), db_url=crawled)
    assert result.code == 2
    line = one_error_line(result.stderr)
    assert f"the folder {target.parent} does not exist" in line
    assert not target.parent.exists()


@needs_full_device
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_onto_a_full_device_is_one_line(crawled: str, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    result = run_sitrep("export", "--format", fmt, "-o", "/dev/full", db_url=crawled)
    assert result.code == 2
    assert "No space left on device" in one_error_line(result.stderr)


@needs_full_device
def test_export_to_a_full_stdout_is_one_line(crawled: str) -> None:
    full = os.open("/dev/full", os.O_WRONLY)  # never O_CREAT: only ever the device
    try:
        completed = subprocess.run(
            sitrep_command("export", db_url=crawled),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(),
            cwd=TESTS.parent,
            timeout=120,
        )
    finally:
        os.close(full)
    assert completed.returncode == 2
    assert "No space left on device" in one_error_line(completed.stderr)


def limit_file_size() -> None:
    """In the child: files may not grow past 64 KiB (the kernel refuses the write: EFBIG)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_failed_export_leaves_the_target_as_it_was(
    crawled: str, tmp_path: Path, fmt: str
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    target = tmp_path / f"reports.{fmt}"
    target.write_text("yesterday's export\n", "utf-8")
    completed = subprocess.run(
        sitrep_command("export", "--format", fmt, "-o", str(target), db_url=crawled),
        capture_output=True,
        text=True,
        env=environment(),
        cwd=TESTS.parent,
        timeout=120,
        preexec_fn=limit_file_size,
    )
    assert completed.returncode == 2, completed.stderr
    assert f"cannot write {target}: File too large" in one_error_line(completed.stderr)
    assert target.read_text("utf-8") == "yesterday's export\n"
    assert leftovers(tmp_path) == []


def test_a_complete_export_replaces_the_target(crawled: str, tmp_path: Path) -> None:
    target = tmp_path / "reports.jsonl"
    target.write_text("yesterday's export\n", "utf-8")
    target.chmod(0o640)
    result = run_sitrep("export", "-o", str(target), db_url=crawled)
    assert result.code == 0, result.stderr
    lines = target.read_text("utf-8").splitlines()
    assert len(lines) == len(MANIFEST["reports"])
    assert target.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


def test_parquet_has_dates_and_utc_instants(crawled: str, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "reports.parquet"
    result = run_sitrep("export", "--format", "parquet", "-o", str(target), db_url=crawled)
    assert result.code == 0, result.stderr
    table = pq.read_table(target)
    schema = table.schema
    assert schema.field("report_date").type == pa.date32()
    for name in ("published_at", "modified_at", "first_seen_at", "last_seen_at"):
        assert schema.field(name).type == pa.timestamp("us", tz="UTC"), name
    rows = {row["id"]: row for row in table.to_pylist()}
    records = exported(crawled)
    assert len(rows) == len(records)
    for record in records:
        row = rows[record["id"]]
        assert row["report_date"] == dt.date.fromisoformat(record["report_date"])
        assert row["published_at"] == dt.datetime.fromisoformat(record["published_at"])
        assert row["published_at"].utcoffset() == dt.timedelta(0)
        assert json.loads(row["authors"]) == record["authors"]
