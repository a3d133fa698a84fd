"""A source selector that no longer fits the outlet's pages: the field comes from generic
extraction instead of going missing, and the drift is said on the item and on the night."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crawler.extract import extract_article
from crawler.sources import get_source
from tests.conftest import TESTS, crawl_served, fixture_path, manifest_reports, query, run_sitrep

BODY_CLASS = {
    "midilibre": b"article-full__body-content",
    "lindependant": b"article-full__body-content",
    "hardwoodparoxysm": b"entry-content",
}


def first_page(source: str) -> tuple[str, bytes]:
    golden = sorted((TESTS / "golden" / source).glob("*.json"))[0]
    entry = json.loads(golden.read_text("utf-8"))
    return entry["url"], (TESTS / entry["page"]).read_bytes()


def drift_notes(warnings: list[str]) -> list[str]:
    return [w for w in warnings if w.startswith("selector drift: ")]


@pytest.mark.parametrize("source", sorted(BODY_CLASS))
def test_a_body_selector_that_finds_nothing_falls_back_to_the_generic_body(source: str) -> None:
    url, page = first_page(source)
    hints = get_source(source).hints()
    fitting = extract_article(page, url, hints=hints)
    assert fitting.provenance["body"].startswith("selector:")
    assert drift_notes(fitting.warnings) == []

    stale = extract_article(page.replace(BODY_CLASS[source], b"renamed-body"), url, hints=hints)
    assert stale.provenance["body"] == "density"
    assert stale.paragraphs == fitting.paragraphs
    (note,) = drift_notes(stale.warnings)
    assert "found no text; generic body used" in note and "body selectors" in note


def test_a_body_selector_holding_far_less_than_the_generic_container_is_passed_over() -> None:
    url, page = first_page("midilibre")
    hints = get_source("midilibre").hints()
    fitting = extract_article(page, url, hints=hints)
    # The class moved to a short box outside the article (the outlet reused the name).
    box = (
        b'<div class="article-full__body-content"><p>'
        + b"Abonnez-vous pour lire la suite de nos articles et soutenir notre redaction. " * 3
        + b"</p></div></body>"
    )
    moved = page.replace(BODY_CLASS["midilibre"], b"renamed-body").replace(b"</body>", box, 1)
    stale = extract_article(moved, url, hints=hints)
    assert stale.provenance["body"] == "density"
    assert stale.paragraphs == fitting.paragraphs
    (note,) = drift_notes(stale.warnings)
    assert "holds" in note and "characters of text, the generic container" in note


def test_field_selectors_that_find_nothing_are_named() -> None:
    url, page = first_page("midilibre")
    hints = get_source("midilibre").hints()
    stale = extract_article(
        page.replace(b"article-full__chapo", b"renamed-chapo").replace(
            b"article-full__infos-author", b"renamed-author"
        ),
        url,
        hints=hints,
    )
    notes = drift_notes(stale.warnings)
    assert any(n.startswith("selector drift: lead selector ") for n in notes), notes
    assert any(n.startswith("selector drift: authors selector ") for n in notes), notes
    assert stale.title and stale.paragraphs


def test_a_night_on_pages_whose_body_class_changed_stores_them_and_records_the_drift(
    sites_copy: Path, sqlite_url: str
) -> None:
    reports = manifest_reports("midilibre")
    for entry in reports:
        page = fixture_path(sites_copy, entry["url"])
        page.write_bytes(page.read_bytes().replace(BODY_CLASS["midilibre"], b"renamed-body"))
    result, _ = crawl_served(sites_copy, sqlite_url, sources=("midilibre",))
    assert result.code == 0, result.stderr[-3000:]
    row = {r["source"]: r for r in json.loads(result.stdout)["sources"]}["midilibre"]
    assert row["new"] == len(reports) and row["quarantined"] == 0, row
    drift = query(sqlite_url, "select drift from source_runs where source = 'midilibre'")
    notes = json.loads(drift[0][0]) if isinstance(drift[0][0], str) else drift[0][0]
    (note,) = notes
    found = re.fullmatch(
        r"selector drift: body selectors 'div\.article-full__body-content' found no text; "
        r"generic body used on (\d+) of (\d+) reports: update crawler/sources/midilibre\.py",
        note,
    )
    assert found and found[1] == found[2] and int(found[1]) >= len(reports), note

    status = run_sitrep("status", db_url=sqlite_url)
    assert status.code == 0, status.stderr
    assert "midilibre: selector drift: body selectors" in status.stdout
