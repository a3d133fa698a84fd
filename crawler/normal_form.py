"""The normal form of an item: pure functions, no Scrapy, no database (they run in the
extraction worker processes)."""

from __future__ import annotations

import datetime as dt
import hashlib

from crawler.extract.dates import make_aware
from crawler.extract.report_date import report_date
from crawler.extract.text import clean_text
from crawler.extract.title import undouble
from crawler.items import Caption, Section, SituationReport
from crawler.page_codec import compress_page, decompress_page
from crawler.similarity import simhash_paragraphs
from crawler.sources import Source
from crawler.urls import normalize_url


def content_hash(item: SituationReport) -> str:
    """A hash of what a reader sees: title, standfirst, headings and paragraphs."""
    digest = hashlib.sha256()
    for part in (item.title or "", item.lead or ""):
        digest.update(part.encode("utf-8") + b"\x1e")
    for section in item.sections:
        digest.update(b"\x1d" + (section.heading or "").encode("utf-8"))
        for paragraph in section.paragraphs:
            digest.update(b"\x1f" + paragraph.encode("utf-8"))
    return digest.hexdigest()


def normalize_report(item: SituationReport, source: Source) -> SituationReport:
    """Bring an item to the contract (idempotent; no database, no network)."""
    item.title = undouble(clean_text(item.title)) or None
    item.lead = clean_text(item.lead) or None
    item.authors = list(dict.fromkeys(a for a in (clean_text(x) for x in item.authors) if a))
    item.sections = [
        Section(
            clean_text(s.heading) or None,
            [p for p in (clean_text(x) for x in s.paragraphs) if p],
        )
        for s in item.sections
    ]
    item.sections = [s for s in item.sections if s.paragraphs or s.heading]
    item.captions = [
        Caption(clean_text(c.text), clean_text(c.credit) or None) for c in item.captions
    ]
    _normalize_dates(item, source.timezone)
    if item.report_date is None:
        item.report_date, origin = report_date(
            texts=[item.title, item.lead, *item.paragraphs[:2]],
            url=item.url,
            published_at=item.published_at,
            timezone=source.timezone,
        )
        if origin:
            item.provenance["report_date"] = origin
    variants = [item.url, *item.url_variants]
    if item.canonical_url:
        variants.append(item.canonical_url)
    item.url_variants = list(dict.fromkeys(variants))
    item.normalized_url = normalize_url(item.canonical_url or item.url)
    item.content_hash = content_hash(item)
    item.simhash = simhash_paragraphs(item.paragraphs)
    if item.html is not None:
        if item.html_compressed is None:
            item.html_compressed = compress_page(item.html)
        item.html = None  # from here on the page travels, and is kept, compressed only
    item.normalized = True
    return item


def page_bytes(item: SituationReport) -> bytes | None:
    """The item's page as fetched, whether or not normalize has compressed it yet."""
    if item.html is not None:
        return item.html
    return decompress_page(item.html_compressed) if item.html_compressed is not None else None


def _normalize_dates(item: SituationReport, timezone: str) -> None:
    fetched = item.fetch.fetched_at if item.fetch else dt.datetime.now(dt.UTC)
    for name in ("published_at", "modified_at"):
        value = getattr(item, name)
        if value is None:
            continue
        value = make_aware(value, timezone)
        if value > fetched + dt.timedelta(minutes=5):
            item.warnings.append(f"{name} {value.isoformat()} is later than the fetch; dropped")
            value = None
        setattr(item, name, value)
    if item.published_at and item.modified_at and item.modified_at < item.published_at:
        item.warnings.append("modified_at before published_at; dropped")
        item.modified_at = None
