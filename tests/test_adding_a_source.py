"""docs/adding-a-source.md, followed to the letter in a copy of the project.

Every command of the guide's ```bash blocks runs, in order, in a copy of the
working tree (without .venv or .git), through a ``sitrep`` wrapper that runs the
copy's code. The outlet's "live" site is a local server (``SITREP_FETCH_VIA``);
its report pages are also "saved from the browser" into a temporary home. Where
the guide asks a human to edit something, the test does what a reviewer would,
and nothing more: the outlet's URLs carry no date and end in 8-digit ids, and its
standfirst needs the ``lead`` selector the guide shows.
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


def guide_selectors() -> str:
    """The ``selectors=`` line of the guide's step 5 (its ```python block)."""
    (line,) = [c for c in guide_blocks("python") if c.startswith("selectors=")]
    return line


def check_undated_skeletons(project: Path, output: str) -> None:
    """Step 1: the URLs carry no date, so each --url's skeleton is undated, numbered in order."""
    folder = project / "tests" / "golden" / outlet.SLUG
    names = ["undated.json", "undated-2.json"]
    assert sorted(p.name for p in folder.glob("*.json")) == sorted(names)
    for name, report in zip(names, outlet.REPORTS, strict=True):
        assert f"golden   tests/golden/{outlet.SLUG}/{name} (empty; not reviewed)" in output
        skeleton = json.loads((folder / name).read_text("utf-8"))
        assert skeleton["url"] == report.url and skeleton["expected"]["report_date"] is None


def check_recorded_report(project: Path, command: str, output: str) -> None:
    """Step 2: recording a report's page updates its own skeleton, renamed by the page's date;
    a standfirst the extractor missed is pointed out."""
    for old, report in zip(("undated.json", "undated-2.json"), outlet.REPORTS, strict=True):
        if command.startswith(f"sitrep record {report.url} "):
            name = f"tests/golden/{outlet.SLUG}/{report.date}.json"
            assert (
                f"golden updated: {name} (this URL's golden file, written again; it was {old})"
                in output
            )
            if json.loads((project / name).read_text("utf-8"))["expected"]["lead"] is None:
                assert "check: no lead, but the first paragraph" in output
                assert ": set selectors.lead" in output
            return
    raise AssertionError(f"not a report of the sample outlet: {command}")


def settle_todos(project: Path) -> None:
    """Step 1: check the series key and name, as the guide says: they follow the
    registered sibling papers' series, so no hand edit is needed."""
    module = project / "crawler" / "sources" / f"{outlet.SLUG}.py"
    text = module.read_text("utf-8")
    settled = ('key="ukraine-daily"', 'name="Guerre en Ukraine : le point sur la situation"')
    assert all(s in text for s in settled), text


def review_golden_files(project: Path) -> bool:
    """Step 4: compare each skeleton with its page, correct it, mark it reviewed.

    Returns whether the reviewer saw the extractor miss the standfirst (step 5's selector).
    """
    files = sorted((project / "tests" / "golden" / outlet.SLUG).glob("*.json"))
    assert [f.stem for f in files] == [r.date for r in outlet.REPORTS]
    lead_missed = False
    for path, report in zip(files, outlet.REPORTS, strict=True):
        golden = json.loads(path.read_text("utf-8"))
        assert golden["reviewed"] is False and golden["url"] == report.url
        assert (project / "tests" / golden["page"]).is_file()
        expected = golden["expected"]
        assert expected["series"] == "ukraine-daily"
        assert expected["title"] == report.title
        assert expected["report_date"] == report.date
        assert expected["published_at"] == f"{report.date}T07:30:00+02:00"
        lead_missed |= expected["lead"] != report.lead
        expected["lead"] = report.lead
        expected["first_paragraph"] = report.paragraphs[0]
        expected["last_paragraph"] = report.paragraphs[-1]
        golden["reviewed"] = True
        del golden["review"]
        path.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return lead_missed


def adjust_selectors(project: Path) -> None:
    """Step 5: the selector the guide gives for the Gazette's standfirst, in its module."""
    module = project / "crawler" / "sources" / f"{outlet.SLUG}.py"
    text = module.read_text("utf-8")
    assert "    selectors=Selectors()," in text
    module.write_text(text.replace("selectors=Selectors(),", guide_selectors()), "utf-8")


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
                if review_golden_files(project):
                    adjust_selectors(project)
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
                check_undated_skeletons(project, done.stdout)
                settle_todos(project)
            if command.startswith("sitrep record") and "--as-report" in command:
                check_recorded_report(project, command, done.stdout)
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
    stored = sorted((json.loads(line) for line in exported.splitlines()), key=lambda r: r["url"])
    assert [(r["url"], r["report_date"], r["title"]) for r in stored] == [
        (r.url, r.date, r.title) for r in outlet.REPORTS
    ]
    for record, report in zip(stored, outlet.REPORTS, strict=True):
        assert record["lead"] == report.lead
        paragraphs = [p for s in record["sections"] for p in s["paragraphs"]]
        assert (paragraphs[0], paragraphs[-1]) == (report.paragraphs[0], report.paragraphs[-1])
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
