"""Golden expectations: one JSON file per saved report page, checked field by field.

``tests/golden/<source>/<YYYY-MM-DD>[-<label>].json``::

    {"source", "url", "page" (path under tests/), "fetched_at", "reviewed": true,
     ["syndicated_from": the original's URL, for a copy], ["variants": other URLs the site
     links to it by], "expected": {"series", "report_date", "title", "published_at", "modified_at", "authors",
                  "section_headings", "first_paragraph", "last_paragraph", "captions", "is_paywalled"}}

Paragraph and caption texts are written as they appear on the page; they are compared
after the same text repair the pipeline applies. A new layout gets a new dated file
beside the old one, and both keep passing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crawler.extract.text import clean_text

GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_files(source: str | None = None) -> list[Path]:
    pattern = f"{source}/*.json" if source else "*/*.json"
    return sorted(GOLDEN.glob(pattern))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def golden_for(source: str, report_date: str) -> dict[str, Any]:
    return load(GOLDEN / source / f"{report_date}.json")


def mismatches(expected: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """What differs between an expected block and a report record (export/item shape)."""
    problems: list[str] = []

    def check(name: str, want: Any, got: Any) -> None:
        if want != got:
            problems.append(f"{name}: expected {want!r}, got {got!r}")

    for name in (
        "series",
        "report_date",
        "title",
        "published_at",
        "modified_at",
        "authors",
        "is_paywalled",
    ):
        if name in expected:
            check(name, expected[name], record.get(name))
    sections = record.get("sections") or []
    if "section_headings" in expected:
        check(
            "section_headings",
            expected["section_headings"],
            [s["heading"] for s in sections if s.get("heading")],
        )
    paragraphs = [p for s in sections for p in s.get("paragraphs", [])]
    # A copy may keep the original's standfirst as its first paragraph.
    if (
        "first_paragraph" in expected
        and clean_text(expected["first_paragraph"]) not in paragraphs[:2]
    ):
        problems.append(
            f"first_paragraph: {expected['first_paragraph'][:80]!r} not among {paragraphs[:2]!r}"
        )
    if "last_paragraph" in expected:
        check(
            "last_paragraph",
            clean_text(expected["last_paragraph"]),
            paragraphs[-1] if paragraphs else None,
        )
    if "captions" in expected:
        # A credit's closing full stop ("AFP/Ed JONES.") is punctuation, not part of the credit.
        got = [
            f"{c['text']} {c.get('credit') or ''}".strip().rstrip(".")
            for c in record.get("captions") or []
        ]
        check("captions", [clean_text(c).rstrip(".") for c in expected["captions"]], got)
    return problems
