"""An outlet that moves its reports to a new URL shape: the reports are still stored, and
the drift is recorded on the night and shown by ``sitrep status``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import crawl_served, fixture_path, manifest_reports, query, run_sitrep


def move_reports(sites: Path, source: str) -> dict[str, str]:
    """Move every report page of ``source`` to ``/monde/ukraine/<slug>`` (no date, no
    ``.php``) and rewrite every link to it on the site; old URL -> new URL."""
    moved = {}
    for entry in manifest_reports(source):
        old = entry["url"]
        page = fixture_path(sites, old)
        slug = old.rstrip("/").rsplit("/", 1)[-1].removesuffix(".php")
        new = f"https://www.midilibre.fr/monde/ukraine/{slug}"
        target = sites / "www.midilibre.fr" / "monde" / "ukraine" / slug
        target.parent.mkdir(parents=True, exist_ok=True)
        page.rename(target)
        for sidecar in page.parent.glob(page.name + ".*"):
            sidecar.rename(target.with_name(target.name + sidecar.name[len(page.name) :]))
        moved[old] = new
    for path in (sites / "www.midilibre.fr").rglob("*"):
        if path.is_file() and path.suffix in ("", ".xml", ".php", ".html"):
            text = path.read_text("utf-8", errors="surrogateescape")
            changed = text
            for old, new in moved.items():  # absolute and site-relative links alike
                changed = changed.replace(old.split(".fr", 1)[1], new.split(".fr", 1)[1])
            if changed != text:
                path.write_text(changed, "utf-8", errors="surrogateescape")
    return moved


def test_reports_at_a_new_url_shape_are_stored_and_the_drift_is_flagged(
    sites_copy: Path, sqlite_url: str
) -> None:
    moved = move_reports(sites_copy, "midilibre")
    result, _ = crawl_served(sites_copy, sqlite_url, sources=("midilibre",))
    assert result.code == 0, result.stderr[-3000:]
    row = {r["source"]: r for r in json.loads(result.stdout)["sources"]}["midilibre"]
    assert row["new"] == len(moved), row
    stored = {url for (url,) in query(sqlite_url, "select url from report_urls")}
    assert set(moved.values()) <= stored
    drift = query(sqlite_url, "select drift from source_runs where source = 'midilibre'")
    notes = json.loads(drift[0][0]) if isinstance(drift[0][0], str) else drift[0][0]
    assert any(n.startswith("url pattern drift: https://www.midilibre.fr/monde/") for n in notes)

    status = run_sitrep("status", db_url=sqlite_url)
    assert status.code == 0, status.stderr
    assert "midilibre: url pattern drift: https://www.midilibre.fr/monde/ukraine/" in status.stdout
