"""Golden tests: every saved report page of every source extracts to its reviewed expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crawler.report import report_from_html
from crawler.sources import Source, all_sources, get_source
from pipelines.normalize import normalize_report

from .golden_check import (
    GOLDEN,
    KNOWN_DEFECTS,
    KnownDefect,
    field_mismatches,
    golden_files,
    golden_id,
    known_defect,
    load,
)

TESTS = Path(__file__).resolve().parent


class StillDefective(AssertionError):
    """The page still extracts with exactly its known defect (an expected failure)."""


def golden_case(path: Path) -> object:
    defect = known_defect(path.parent.name, path.stem)
    marks = (
        [pytest.mark.xfail(strict=True, raises=StillDefective, reason=defect.reason)]
        if defect
        else []
    )
    return pytest.param(path, defect, id=golden_id(path), marks=marks)


def page_series(source: Source, url: str, title: str | None) -> str | None:
    """The series the extracted page belongs to, as a crawl decides it: from the source's
    registered series, by URL and title; the report page itself must match the title."""
    found = source.series_match(url, title)
    if found is None or not found[0].matches_title(title):
        return None
    return found[0].key


@pytest.mark.parametrize(("path", "defect"), [golden_case(p) for p in golden_files()])
def test_golden_page(path: Path, defect: KnownDefect | None) -> None:
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
        fetched_at=dt.datetime.fromisoformat(golden["fetched_at"]),
    )
    record = normalize_report(item, source).to_dict()
    # The series is the page's own: never taken from the golden, nor a source's default.
    record["series"] = page_series(source, golden["url"], record["title"])
    assert record["series"] is not None, (
        f"page not recognised as a report of any {source.slug} series: "
        f"{golden['url']} titled {record['title']!r}"
    )
    problems = field_mismatches(expected, record)
    if defect is None:
        assert problems == {}
        return
    assert problems, (
        f"{golden_id(path)} now extracts as its page reads: "
        "remove its entry from golden_check.KNOWN_DEFECTS"
    )
    # Only the known defect may differ, and exactly as recorded.
    assert field_mismatches(defect.extracted(expected), record) == {}
    raise StillDefective("\n".join(f"{k}: {v}" for k, v in problems.items()))


def test_known_defects_name_existing_golden_files() -> None:
    assert set(KNOWN_DEFECTS) <= {golden_id(p) for p in golden_files()}


@pytest.mark.parametrize("path", golden_files(), ids=golden_id)
def test_golden_file_agrees_with_itself(path: Path) -> None:
    golden = load(path)
    expected = golden["expected"]
    paragraphs = expected.get("paragraphs")
    if paragraphs is not None:
        assert paragraphs and all(p.strip() for p in paragraphs)
        assert expected.get("first_paragraph", paragraphs[0]) == paragraphs[0]
        assert expected.get("last_paragraph", paragraphs[-1]) == paragraphs[-1]
        assert expected.get("paragraph_count", len(paragraphs)) == len(paragraphs)
    if "language" in expected:
        assert len(expected["language"]) == 2 and expected["language"].islower()
    if expected.get("lead_in_body"):
        assert golden.get("syndicated_from") and expected.get("lead"), (
            "lead_in_body is for a copy that prints the original's standfirst as a paragraph"
        )


@pytest.mark.parametrize("source", all_sources(), ids=lambda s: s.slug)
def test_every_source_has_golden_reports(source) -> None:  # type: ignore[no-untyped-def]
    files = golden_files(source.slug)
    assert len(files) >= 2, (
        f"{source.slug}: add at least two dated report fixtures under {GOLDEN / source.slug}"
    )
