"""The data contract between spiders and item pipelines.

Spiders yield :class:`SituationReport` items; the pipelines normalize, validate,
deduplicate and store them. Every field that is extracted from a page keeps the
name of the rule that produced it in :attr:`SituationReport.provenance`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

# The start of an item warning saying that a source selector no longer fits the page (the
# field came from generic extraction); the crawl ledger keeps these as drift notes.
SELECTOR_DRIFT = "selector drift: "


@dataclass
class Section:
    """A block of the body: an optional subheading and its paragraphs."""

    heading: str | None
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Caption:
    """A picture caption, with its credit line split off where one is given."""

    text: str
    credit: str | None = None


@dataclass
class FetchInfo:
    """How the page behind an item was obtained."""

    fetched_at: dt.datetime
    status: int = 200
    discovered_via: str | None = None  # "rss", "sitemap", "listing", "direct"
    discovery_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    response_bytes: int = 0


@dataclass
class SituationReport:
    """One daily situation report as fetched from one URL."""

    source: str
    series: str
    url: str
    title: str | None = None
    report_date: dt.date | None = None
    canonical_url: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: dt.datetime | None = None
    modified_at: dt.datetime | None = None
    language: str | None = None
    lead: str | None = None
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    is_paywalled: bool = False
    provenance: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    fetch: FetchInfo | None = None
    # The page as fetched; normalize (in the workers) replaces it with ``html_compressed``, the
    # page compressed for storage (crawler.page_codec): read it with crawler.normal_form.page_bytes.
    html: bytes | None = field(default=None, repr=False)
    html_compressed: bytes | None = field(default=None, repr=False)
    # Filled by the pipelines.
    url_variants: list[str] = field(default_factory=list)
    normalized_url: str | None = None
    content_hash: str | None = None
    simhash: int | None = None  # 64-bit SimHash of the body (see crawler.similarity)
    match_report_id: int | None = None  # the stored report this item is a version of
    match_rule: str | None = None  # which rung of the dedupe ladder matched it
    store_outcome: str | None = None  # new | revised | unchanged | duplicate
    normalized: bool = False  # brought to the normal form already (crawler.normal_form)

    def __repr__(self) -> str:
        """The report's identity and address only: Scrapy writes an item's repr into the log
        line of every item a stage fails on, and the whole text made lines of many KB."""
        return (
            f"SituationReport(source={self.source!r}, series={self.series!r}, "
            f"report_date={self.report_date}, url={self.url!r})"
        )

    @property
    def paragraphs(self) -> list[str]:
        """All body paragraphs in reading order (section headings excluded)."""
        return [p for section in self.sections for p in section.paragraphs]

    @property
    def body(self) -> str:
        """The body as plain text: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict (dates as ISO 8601 strings, no raw HTML)."""
        data = asdict(self)
        data.pop("html", None)
        data.pop("html_compressed", None)
        return _jsonable(data)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
