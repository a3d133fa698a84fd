"""What the extractor is told about a source (:class:`Hints`) and what it returns for a
page (:class:`Article`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crawler.items import Caption, Section


@dataclass
class LiveEntry:
    """One update of a live blog."""

    published_at: dt.datetime | None
    text: str
    headline: str | None = None


@dataclass(frozen=True)
class Hints:
    """What a source registry entry tells the extractor about its pages."""

    timezone: str | None = None
    language: str | None = None
    site_names: tuple[str, ...] = ()
    title_selector: str | None = None
    body_selectors: tuple[str, ...] = ()
    lead_selector: str | None = None
    author_selector: str | None = None
    date_selector: str | None = None


@dataclass
class Article:
    """The fields extracted from one page."""

    url: str
    title: str | None = None
    published_at: dt.datetime | None = None
    modified_at: dt.datetime | None = None
    authors: list[str] = field(default_factory=list)
    lead: str | None = None
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    is_paywalled: bool = False
    provenance: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    entries: list[LiveEntry] = field(default_factory=list)  # live blogs only
    # Why the page could not be read (binary, empty, an error while extracting): the
    # fields are then partial at best, and the page must not be judged by them.
    error: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def body(self) -> str:
        """The paragraphs, separated by blank lines (no standfirst, no subheadings)."""
        return "\n\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        """What a reader reads: standfirst, then each subheading and its paragraphs."""
        parts = [self.lead] if self.lead else []
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n\n".join(parts)
