"""Golden expectations: one JSON file per saved report page, checked field by field.

``tests/golden/<source>/<YYYY-MM-DD>[-<label>].json``::

    {"source", "url", "page" (path under tests/), "fetched_at", "reviewed": true,
     ["syndicated_from": the original's URL, for a copy], ["variants": other URLs the site
     links to it by], "expected": {"series", "report_date", "title", "language",
                  "published_at", "modified_at", "authors", "lead", ["lead_in_body": true],
                  "section_headings", "paragraphs", ["paragraph_count"], "first_paragraph",
                  "last_paragraph", "captions", "is_paywalled"}}

What the page says, as a reader sees it (never what the extractor happens to make of it):

- ``series``: the key of the source's series the page belongs to. The test does not hand
  it to the extraction: it finds the series from the page's URL and extracted title.
- ``language``: the page's language as a two-letter code (``<html lang="fr-FR">`` is "fr").
- ``lead``: the standfirst printed between the headline and the body (without a label
  such as "L'essentiel"), or ``null`` when the page has none.
- ``lead_in_body``: only for a copy that prints the original's standfirst as its first
  body paragraph: the record may then carry ``lead`` as its lead, or as its first
  paragraph with no lead (it must not carry anything else as its lead).
- ``paragraphs``: every body paragraph in page order (not the standfirst, headings,
  captions, "read also" links, ad labels). ``paragraph_count`` is their number: it is
  derived from ``paragraphs`` and reported on its own so a missing or extra paragraph is
  plain to see; a file may give ``paragraph_count`` without ``paragraphs`` (it must
  agree with them when it gives both).
- ``first_paragraph`` / ``last_paragraph``: the first and last of ``paragraphs`` (older
  files carry only these); ``captions``: "text credit" of each picture in page order.

Every key of ``expected`` is optional: only the keys a file gives are checked. Paragraph,
lead and caption texts are written as they appear on the page; they are compared after
the same text repair the pipeline applies (:func:`clean_text`). A new layout gets a new
dated file beside the old one, and both keep passing.

Where today's extraction differs from a page, the golden keeps the page's truth and
:data:`KNOWN_DEFECTS` says how, exactly: the golden test of that page is then an expected
failure as long as the extraction gives exactly that defective reading (strict: fixing the
defect makes it fail until the entry goes; any other difference fails it too).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.extract.text import clean_text

GOLDEN = Path(__file__).resolve().parent / "golden"

PLAIN_FIELDS = (
    "series",
    "report_date",
    "title",
    "language",
    "published_at",
    "modified_at",
    "authors",
    "is_paywalled",
)


def golden_files(source: str | None = None) -> list[Path]:
    pattern = f"{source}/*.json" if source else "*/*.json"
    return sorted(GOLDEN.glob(pattern))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def golden_for(source: str, report_date: str) -> dict[str, Any]:
    return load(GOLDEN / source / f"{report_date}.json")


def record_paragraphs(record: dict[str, Any]) -> list[str]:
    """A record's body paragraphs in order, across its sections."""
    return [p for s in record.get("sections") or [] for p in s.get("paragraphs", [])]


def field_mismatches(expected: dict[str, Any], record: dict[str, Any]) -> dict[str, str]:
    """What differs between an expected block and a report record (export/item shape),
    by field name."""
    problems: dict[str, str] = {}

    def check(name: str, want: Any, got: Any, note: str = "") -> None:
        if want != got:
            problems[name] = f"expected {want!r}, got {got!r}{note}"

    for name in PLAIN_FIELDS:
        if name in expected:
            check(name, expected[name], record.get(name))
    sections = record.get("sections") or []
    if "section_headings" in expected:
        check(
            "section_headings",
            expected["section_headings"],
            [s["heading"] for s in sections if s.get("heading")],
        )
    paragraphs = record_paragraphs(record)
    lead = record.get("lead") or None
    if "lead" in expected:
        want_lead, note = clean_text(expected["lead"]) or None, ""
        # A copy may keep the original's standfirst as its first paragraph (said explicitly).
        if expected.get("lead_in_body") and want_lead and paragraphs[:1] == [want_lead]:
            paragraphs = paragraphs[1:]
            want_lead, note = None, " (the standfirst is already the first paragraph)"
        check("lead", want_lead, lead, note)
    if "paragraphs" in expected:
        want = [clean_text(p) for p in expected["paragraphs"]]
        if "paragraph_count" in expected and expected["paragraph_count"] != len(want):
            raise ValueError(
                f"golden gives paragraph_count {expected['paragraph_count']} "
                f"but {len(want)} paragraphs"
            )
        check("paragraph_count", len(want), len(paragraphs))
        if want != paragraphs:
            problems["paragraphs"] = paragraph_differences(want, paragraphs)
    elif "paragraph_count" in expected:
        check("paragraph_count", expected["paragraph_count"], len(paragraphs))
    if "first_paragraph" in expected:
        check(
            "first_paragraph",
            clean_text(expected["first_paragraph"]),
            paragraphs[0] if paragraphs else None,
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


def mismatches(expected: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """What differs between an expected block and a report record, one line per field."""
    return [f"{name}: {problem}" for name, problem in field_mismatches(expected, record).items()]


def paragraph_differences(want: list[str], got: list[str]) -> str:
    """Which paragraphs are missing, extra or different (numbered from 1 in the record)."""
    parts = []
    matcher = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            parts += [
                _changed(j + 1, a, b)
                for j, a, b in zip(range(j1, j2), want[i1:i2], got[j1:j2], strict=True)
            ]
            continue
        if op in ("delete", "replace"):
            parts += [f"missing at #{j1 + 1}: {_short(p)}" for p in want[i1:i2]]
        if op in ("insert", "replace"):
            parts += [f"extra #{j + 1}: {_short(p)}" for j, p in enumerate(got[j1:j2], j1)]
    return f"{len(want)} expected, {len(got)} extracted; " + "; ".join(parts)


def _changed(number: int, want: str, got: str) -> str:
    start = next(
        (i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
        min(len(want), len(got)),
    )
    cut = max(0, start - 20)
    return f"#{number} differs from character {start}: expected {_short(want[cut:])}, got {_short(got[cut:])}"


def _short(text: str, size: int = 70) -> str:
    return repr(text if len(text) <= size else text[:size] + "…")


# -- known extraction defects ----------------------------------------------------------------


@dataclass(frozen=True)
class KnownDefect:
    """How today's extraction gets one golden page wrong: ``reason`` says it in words,
    ``extracted`` turns the page's expected block into what the extraction gives instead
    (so the defect is pinned exactly: any other difference still fails)."""

    reason: str
    extracted: Callable[[dict[str, Any]], dict[str, Any]]


KNOWN_DEFECTS: dict[str, KnownDefect] = {}


def golden_id(path: Path) -> str:
    """``<source>/<stem>``: how a golden file is named in test ids and :data:`KNOWN_DEFECTS`."""
    return f"{path.parent.name}/{path.stem}"


def known_defect(source: str, stem: str) -> KnownDefect | None:
    return KNOWN_DEFECTS.get(f"{source}/{stem}")
