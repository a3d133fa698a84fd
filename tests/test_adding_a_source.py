"""docs/adding-a-source.md, followed to the letter in a copy of the project.

Every command of the guide's ```bash blocks runs, in order, in a copy of the
working tree (without .venv or .git), through a ``sitrep`` wrapper that runs the
copy's code. The outlet's "live" site is a local server (``SITREP_FETCH_VIA``);
its report pages are also "saved from the browser" into a temporary home. Where
the guide asks a human to edit something, the test does what a reviewer would.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from crawler.cli import cli
from crawler.replay import ReplayServer

from . import sample_outlet as outlet
from .conftest import TESTS

ROOT = TESTS.parent
GUIDE = ROOT / "docs" / "adding-a-source.md"
NOT_COPIED = shutil.ignore_patterns(
    ".venv*", ".git", "__pycache__", "*.egg-info", ".pytest_cache", ".ruff_cache", "sitrep.db*"
)
# What following the guide may add: the source's own files, and run artefacts at the top
# (database, lock, caches). Of the existing files only the generated table may change.
NEW_FILES = re.compile(
    rf"^(crawler/sources/{outlet.SLUG}\.py|tests/sites/{re.escape(outlet.HOST)}/.+"
    rf"|tests/golden/{outlet.SLUG}/[^/]+\.json|[^/]+|\.pytest_cache/.+|\.hypothesis/.+)$"
)
CHANGED_FILES = {"docs/sources.md", "tests/sites/FIXTURES.json"}


def guide_blocks(kind: str) -> list[str]:
    """The commands of the guide's code blocks of one kind (continuation lines joined)."""
    blocks = re.findall(rf"^```{kind}\n(.*?)^```", GUIDE.read_text("utf-8"), re.S | re.M)
    lines = "\n".join(blocks).replace("\\\n", " ").splitlines()
    return [" ".join(line.split()) for line in lines if line.strip()]


def snapshot(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha1(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def wrappers(folder: Path, project: Path) -> Path:
    """``sitrep`` and ``python`` commands that run this interpreter on the copy's code."""
    folder.mkdir()
    for name, command in (("sitrep", "-m crawler.cli"), ("python", "")):
        script = folder / name
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" {command} "$@"\n', "utf-8")
        script.chmod(0o755)
    return folder


def settle_todos(project: Path) -> None:
    """Step 1: check the series key and name, as the guide says: they follow the
    registered sibling papers' series, so no hand edit is needed."""
    module = project / "crawler" / "sources" / f"{outlet.SLUG}.py"
    text = module.read_text("utf-8")
    settled = ('key="ukraine-daily"', 'name="Guerre en Ukraine : le point sur la situation"')
    assert all(s in text for s in settled), text


def review_golden_files(project: Path) -> None:
    """Step 4: compare each skeleton with its page, correct it, mark it reviewed."""
    files = sorted((project / "tests" / "golden" / outlet.SLUG).glob("*.json"))
    assert [f.stem for f in files] == [r.date for r in outlet.REPORTS]
    for path, report in zip(files, outlet.REPORTS, strict=True):
        golden = json.loads(path.read_text("utf-8"))
        assert golden["reviewed"] is False and golden["url"] == report.url
        assert (project / "tests" / golden["page"]).is_file()
        expected = golden["expected"]
        assert expected["series"] == "ukraine-daily"
        assert expected["title"] == report.title
        assert expected["report_date"] == report.date
        expected["first_paragraph"] = report.paragraphs[0]
        expected["last_paragraph"] = report.paragraphs[-1]
        golden["reviewed"] = True
        del golden["review"]
        path.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", "utf-8")


def test_following_the_guide_adds_a_sixteenth_source(tmp_path: Path) -> None:
    project = tmp_path / "sitrep"
    shutil.copytree(ROOT, project, ignore=NOT_COPIED)
    before = snapshot(project)
    home = tmp_path / "home"
    outlet.write_saved_pages(home / "Downloads")
    bin_dir = wrappers(tmp_path / "bin", project)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "PYTEST_"))},
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(project),
        "HOME": str(home),
        "PYTHONWARNINGS": "error::scrapy.exceptions.ScrapyDeprecationWarning",
    }
    commands = guide_blocks("bash")
    assert commands and commands[0].startswith("sitrep new-source")
    with ReplayServer(outlet.write_live_site(tmp_path / "live")) as live:
        env["SITREP_FETCH_VIA"] = live.url
        reviewed = False
        for command in commands:
            if command.startswith("python -m pytest") and not reviewed:
                review_golden_files(project)
                reviewed = True
            done = subprocess.run(
                ["bash", "-c", command],
                cwd=project,
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
            )
            assert done.returncode == 0, f"$ {command}\n{done.stdout}\n{done.stderr[-3000:]}"
            if command.startswith("sitrep new-source"):
                settle_todos(project)
            if command.startswith("python -c"):
                assert done.stdout.split() == ["True", "True"]
    assert reviewed, "the guide never runs the golden tests"

    exported = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "export", "--source", outlet.SLUG],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    stored = [json.loads(line) for line in exported.splitlines()]
    assert sorted((r["report_date"], r["title"]) for r in stored) == [
        (r.date, r.title) for r in outlet.REPORTS
    ]
    table = (project / "docs" / "sources.md").read_text("utf-8")
    assert f"| {outlet.NAME} | `{outlet.SLUG}` | fr | Europe/Paris |" in table
    sites = project / "tests" / "sites"
    assert (sites / outlet.HOST / "robots.txt").read_text("utf-8") == outlet.ROBOTS_TXT
    fixtures = json.loads((sites / "FIXTURES.json").read_text("utf-8"))
    assert fixtures["hosts"][outlet.HOST]["kind"] == "recorded"  # sitrep record says so
    after = snapshot(project)
    assert {p for p, digest in before.items() if after.get(p) != digest} <= CHANGED_FILES
    assert {p for p in after.keys() - before.keys() if not NEW_FILES.match(p)} == set()


def test_every_sitrep_command_in_the_guide_is_valid() -> None:
    shown = [
        c
        for c in guide_blocks("bash") + guide_blocks("sh")
        if c.startswith("sitrep ") and "[" not in c
    ]
    assert len(shown) >= 10
    for command in shown:
        args = shlex.split(command)[1:]
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, f"{command}\n{result.output}"
