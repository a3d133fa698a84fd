"""``sitrep check --save DIR``: the pages a check fetched, as fixtures and draft goldens.

``DIR`` is laid out like ``tests/``: ``DIR/sites/<host>/<path>`` with ``.http`` sidecars
(status, kept headers) and ``DIR/sites/FIXTURES.json`` marking each host recorded;
``DIR/golden/<source>/<date>.json`` with ``"reviewed": false``; ``DIR/report.md`` and
``DIR/report.json``. Every file name goes through :func:`crawler.paths.confined` (via
``url_file``), so nothing is written outside ``DIR``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.paths import UnsafePath, confined
from crawler.sources import Source

from .fetch import Fetched
from .golden import write_golden
from .project import Project, ProjectError
from .record import save_answer
from .survey import SourceSurvey


@dataclass(frozen=True)
class SaveDir(Project):
    """A folder laid out like a project's ``tests/`` (``sites/`` and ``golden/`` in it)."""

    @property
    def tests_dir(self) -> Path:
        return self.root

    @classmethod
    def create(cls, folder: Path | str) -> SaveDir:
        """The folder, made if missing; :class:`ProjectError` if it cannot be."""
        path = Path(folder).expanduser()
        if path.exists() and not path.is_dir():
            raise ProjectError(f"--save {folder}: a file is in the way; name a folder")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ProjectError(f"--save {folder}: cannot create it ({error.strerror})") from None
        return cls(path.resolve())


def save_pages(folder: SaveDir, answers: list[Fetched]) -> tuple[list[str], list[str]]:
    """Save each answer under ``sites/``; returns the saved paths and notes on the others."""
    done: list[Fetched] = []
    notes: list[str] = []
    # Deeper paths first: /x/y makes the folder x, so the page /x then lands at x/index.html.
    for answer in sorted(answers, key=lambda a: -urlsplit(a.url).path.count("/")):
        try:
            save_answer(folder, answer)
            done.append(answer)
        except (ProjectError, OSError) as error:
            notes.append(f"{answer.url} not saved: {error}")
    saved: list[str] = []
    for answer in done:  # where each page is now (a page may have moved into its folder)
        ref = folder.page_ref(folder.fixture_file(answer.url))
        if ref not in saved:
            saved.append(ref)
    return sorted(saved), notes


def save_golden(folder: SaveDir, source: Source, survey: SourceSurvey) -> str | None:
    """The draft golden file of the report the survey found (``None`` without one)."""
    answer = survey.report_answer
    if survey.report is None or answer is None:
        return None
    try:
        page = folder.fixture_file(answer.url)
        golden = write_golden(folder, source, answer.url, page, fetched_at=dt.datetime.now(dt.UTC))
    except (ProjectError, OSError) as error:
        survey.notes.append(f"no draft golden: {error}")
        return None
    survey.notes += [f"golden: {note}" for note in golden.notes]
    return golden.path.relative_to(folder.root).as_posix()


def write_text(folder: SaveDir, name: str, text: str) -> Path:
    """Write ``DIR/name`` (a name sitrep chose, still confined to ``DIR``)."""
    try:
        path = confined(folder.root, name)
    except UnsafePath as error:
        raise ProjectError(str(error)) from None
    path.write_text(text, "utf-8")
    return path


def write_json(folder: SaveDir, name: str, data: Any) -> Path:
    return write_text(folder, name, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
