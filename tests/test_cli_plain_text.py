"""What the CLI prints is never read as rich markup: stored titles, paths and reasons often
hold brackets (``[Vidéo]``, ``[direct]``), which markup dropped, and a ``[/]`` made the
command fail with a traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .conftest import crawl, run_sitrep

TITLE = "[Vidéo] Guerre en Ukraine [direct] : le point [/] sur la situation"
LEAD = "Mise à jour [bold]14h[/bold] et [/] encore"


def test_a_path_with_brackets_is_said_whole(tmp_path: Path) -> None:
    missing = tmp_path / "nights[prod]" / "a[" / "]b"  # ".../a[/]b" once joined
    result = run_sitrep(
        "crawl", "--replay", str(missing), db_url=f"sqlite:///{tmp_path / 'sitrep.db'}"
    )
    assert result.code == 2, result.stderr[-2000:]
    assert result.stderr.strip() == f"error: replay directory not found: {missing}"


def test_stored_text_with_brackets_is_printed_as_stored(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    assert crawl(db_url, sources=("midilibre",)).code == 0
    with sqlite3.connect(tmp_path / "sitrep.db") as connection:
        report_id, sections = connection.execute(
            "select id, sections from reports order by id limit 1"
        ).fetchone()
        sections = json.loads(sections)
        sections[0]["heading"] = "Sur le front [carte]"
        sections[0]["paragraphs"][0] = "Kharkiv [/] bombardée [red]cette nuit[/red]."
        connection.execute(
            "update reports set title = ?, lead = ?, sections = ? where id = ?",
            (TITLE, LEAD, json.dumps(sections, ensure_ascii=False), report_id),
        )
    listed = run_sitrep("reports", "--limit", "1000", db_url=db_url)
    assert listed.code == 0, listed.stderr[-2000:]
    assert TITLE in listed.stdout
    shown = run_sitrep("show", str(report_id), db_url=db_url)
    assert shown.code == 0, shown.stderr[-2000:]
    for text in (
        TITLE,
        LEAD,
        "## Sur le front [carte]",
        "Kharkiv [/] bombardée [red]cette nuit[/red].",
    ):
        assert text in shown.stdout, text
