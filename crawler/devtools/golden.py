"""Golden JSON skeletons: what the extractor makes of a saved page, waiting for a human review.

The file format is the one ``tests/golden_check.py`` reads. A skeleton always has
``"reviewed": false``, so ``tests/test_golden.py`` fails until someone has checked
every expected field against the page and flipped it to ``true``.

A golden file is named by its report's date, ``<YYYY-MM-DD>.json``; with no date known
(neither the URL nor the page says it, and no ``--date``), ``undated.json``. Another
report with the same name gets the next free one (``undated-2.json``, ``undated-3.json``…):
a golden file is only ever rewritten for its own URL, and the notes then say so.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from crawler.extract.dates import date_from_url, zone
from crawler.items import SituationReport
from crawler.normal_form import normalize_report
from crawler.report import report_from_html
from crawler.sources import Source

from .check import standfirst_hint
from .project import Project, ProjectError

UNDATED = "undated"  # the name of a golden file whose report date is not known yet
REVIEW_NOTE = (
    "Compare every expected field with the page and correct it (paragraphs and captions as "
    'written on the page); then set "reviewed" to true.'
)


@dataclass
class GoldenFile:
    """A golden file written (or refreshed) and what the reviewer should look at first."""

    path: Path
    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    updated: Path | None = None  # the URL's earlier golden file (``path`` itself, or its old name)


def series_key_for(source: Source, url: str) -> str:
    series = source.series_for(url, None)
    return (series or source.series[0]).key


def extract_item(source: Source, html: bytes, url: str, fetched_at: dt.datetime) -> SituationReport:
    """The page as the spiders would store it (the golden test's own code path)."""
    item = report_from_html(
        html, url, source=source, series_key=series_key_for(source, url), fetched_at=fetched_at
    )
    return normalize_report(item, source)


def extract_record(source: Source, html: bytes, url: str, fetched_at: dt.datetime) -> dict:
    """:func:`extract_item` as a record (the export's shape)."""
    return extract_item(source, html, url, fetched_at).to_dict()


def expected_from_record(record: dict[str, Any]) -> dict[str, Any]:
    """The golden ``expected`` block for an extracted record."""
    sections = record.get("sections") or []
    paragraphs = [p for s in sections for p in s.get("paragraphs", [])]
    return {
        "series": record.get("series"),
        "report_date": record.get("report_date"),
        "title": record.get("title"),
        "published_at": record.get("published_at"),
        "modified_at": record.get("modified_at"),
        "authors": record.get("authors") or [],
        "lead": record.get("lead") or None,
        "section_headings": [s["heading"] for s in sections if s.get("heading")],
        "first_paragraph": paragraphs[0] if paragraphs else None,
        "last_paragraph": paragraphs[-1] if paragraphs else None,
        "captions": [
            f"{c['text']} {c.get('credit') or ''}".strip() for c in record.get("captions") or []
        ],
        "is_paywalled": bool(record.get("is_paywalled")),
    }


def _placeholder(source: Source, url: str) -> dict[str, Any]:
    day = date_from_url(url)
    return {
        "series": series_key_for(source, url),
        "report_date": day.isoformat() if day else None,
        "title": None,
        "published_at": None,
        "modified_at": None,
        "authors": [],
        "lead": None,
        "section_headings": [],
        "first_paragraph": None,
        "last_paragraph": None,
        "captions": [],
        "is_paywalled": False,
    }


def _existing_for(project: Project, slug: str, url: str) -> Path | None:
    """The golden file that describes ``url`` (its ``"url"``), whatever its name."""
    for path in project.golden_files(slug):
        try:
            data = json.loads(path.read_text("utf-8"))
        except ValueError as error:
            raise ProjectError(
                f"{project.relative(path)} is not valid JSON ({error}): fix it, then record again"
            ) from None
        if isinstance(data, dict) and data.get("url") == url:
            return path
    return None


def refuse_reviewed(project: Project, slug: str, url: str) -> None:
    """Raise :class:`ProjectError` if a reviewed golden file already describes ``url``.

    Called before anything is written: re-recording its page would silently change what a
    reviewed golden file was checked against.
    """
    existing = _existing_for(project, slug, url)
    if existing and json.loads(existing.read_text("utf-8")).get("reviewed") is True:
        raise ProjectError(
            f"{project.relative(existing)} is already reviewed: nothing was written; edit it by "
            "hand, or record again with --force to replace the page and the golden file "
            "(which then needs a new review)"
        )


def _free_path(project: Project, slug: str, stem: str) -> Path:
    """``<stem>.json``, else the first free ``<stem>-2.json``, ``<stem>-3.json``…: never an
    existing file."""
    folder = project.golden_dir / slug
    path, number = folder / f"{stem}.json", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}.json", number + 1
    return path


def _review_notes(source: Source, url: str, expected: dict[str, Any]) -> list[str]:
    notes = []
    series = next((s for s in source.series if s.key == expected["series"]), None)
    if series and not series.matches_url(url):
        notes.append(f"the URL does not match series {series.key!r}: adjust its url_pattern")
    if series and expected["title"] and not series.matches_title(expected["title"]):
        notes.append(
            f"the title {expected['title']!r} does not match series {series.key!r}: "
            "adjust its title_pattern (matched against the lowercased, accent-free title)"
        )
    for name in ("title", "report_date", "published_at", "first_paragraph"):
        if not expected.get(name):
            notes.append(f"no {name} came out of the page: fill it in, or fix the selectors")
    return notes


def write_golden(
    project: Project,
    source: Source,
    url: str,
    page: Path,
    *,
    fetched_at: dt.datetime | None = None,
    report_date: dt.date | None = None,
    force: bool = False,
) -> GoldenFile:
    """Write the golden skeleton for the report at ``url`` (recorded at ``page``).

    With the page saved, ``expected`` is pre-filled from the extractor; without it,
    only the series and a date from the URL are known. An unreviewed skeleton for
    the same URL is refreshed (and renamed if the date changed; the first note says
    "golden updated"); a reviewed one is never touched unless ``force`` (it is then
    replaced by an unreviewed skeleton). Another URL's file is never overwritten.
    """
    if not force:
        refuse_reviewed(project, source.slug, url)
    existing = _existing_for(project, source.slug, url)
    fetched_at = (fetched_at or dt.datetime.now(dt.UTC)).astimezone(zone(source.timezone))
    fetched_at = fetched_at.replace(microsecond=0)
    notes: list[str] = []
    if page.is_file():
        html = page.read_bytes()
        item = extract_item(source, html, url, fetched_at)
        expected = expected_from_record(item.to_dict())
        notes = _review_notes(source, url, expected)
        hint = standfirst_hint(HtmlResponse(url, body=html), item)
        if hint:  # as sitrep check says it
            notes.append(f"no lead, but {hint}: set selectors.lead")
    else:
        expected = _placeholder(source, url)
    if report_date is not None:
        if expected["report_date"] not in (None, report_date.isoformat()):
            notes.append(
                f"the extractor found report date {expected['report_date']}, not {report_date}"
            )
        expected["report_date"] = report_date.isoformat()
    data = {
        "source": source.slug,
        "url": url,
        "page": project.page_ref(page),
        "fetched_at": fetched_at.isoformat(),
        "reviewed": False,
        "review": REVIEW_NOTE,
        "expected": expected,
    }
    stem = expected["report_date"] or UNDATED
    # The URL's own file keeps its name while the date stays (``<stem>-2``, ``<stem>-amp``).
    if existing is not None and (existing.stem == stem or existing.stem.startswith(f"{stem}-")):
        path = existing
    else:
        path = _free_path(project, source.slug, stem)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    if existing is not None:
        was = "" if existing == path else f"; it was {existing.name}"
        notes.insert(
            0,
            f"golden updated: {project.relative(path)} (this URL's golden file, written "
            f"again{was})",
        )
        if existing != path:
            existing.unlink()
    return GoldenFile(path, data, notes, updated=existing)
