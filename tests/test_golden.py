"""Golden tests: every saved report page of every source extracts to its reviewed expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crawler.report import report_from_html
from crawler.sources import all_sources, get_source
from pipelines.normalize import normalize_report

from .golden_check import GOLDEN, golden_files, load, mismatches

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_page(path: Path) -> None:
    golden = load(path)
    assert golden.get("reviewed") is True, (
        f'{path.relative_to(TESTS)}: review the expected fields against the page, then set "reviewed": true'
    )
    source = get_source(golden["source"])
    html = (TESTS / golden["page"]).read_bytes()
    expected = golden["expected"]
    item = report_from_html(
        html,
        golden["url"],
        source=source,
        series_key=expected.get("series"),
        fetched_at=dt.datetime.fromisoformat(golden["fetched_at"]),
    )
    record = normalize_report(item, source).to_dict()
    series = next(s for s in source.series if s.key == record["series"])
    assert series.matches_title(record["title"]), (
        f"title not recognised as {series.key}: {record['title']!r}"
    )
    assert mismatches(expected, record) == []


@pytest.mark.parametrize("source", all_sources(), ids=lambda s: s.slug)
def test_every_source_has_golden_reports(source) -> None:  # type: ignore[no-untyped-def]
    files = golden_files(source.slug)
    assert len(files) >= 2, (
        f"{source.slug}: add at least two dated report fixtures under {GOLDEN / source.slug}"
    )
