"""Writes of reports: the revision-aware upsert, in Core statements built once.

The crawl stores every report through :func:`save_report`. It runs in the crawl process,
whose single thread also drives every download, so it avoids the ORM's unit of work (which
cost more than the inserts themselves) and writes rows with prebuilt statements instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import Insert, Select, Update, bindparam, insert, select, update
from sqlalchemy.orm import Session

from crawler.items import Caption, Section, SituationReport
from crawler.page_codec import compress_page
from crawler.similarity import bands, to_signed

from .models import Report, ReportUrl, Revision

Outcome = Literal["new", "revised", "unchanged", "duplicate"]

REPORTS = Report.__table__
REVISIONS = Revision.__table__
REPORT_URLS = ReportUrl.__table__


def save_report(
    session: Session,
    item: SituationReport,
    *,
    source_id: int,
    series_id: int,
    domains: tuple[str, ...],
    store_html: bool = True,
) -> tuple[Outcome, int]:
    """Insert or update the item's report in the session's transaction.

    Unchanged content only moves ``last_seen_at`` (and records new URL variants);
    changed content adds a revision and updates the report, both or neither.
    """
    now = dt.datetime.now(dt.UTC)
    urls = own_urls(item, domains)
    stored = (
        session.execute(_current(), {"target": item.match_report_id}).first()
        if item.match_report_id
        else None
    )
    if stored is None:
        report_id = _insert_report(session, item, source_id, series_id, urls, now)
        session.execute(
            _insert_revision(),
            {**revision_row(item, 1, keep_page=store_html), "report_id": report_id},
        )
        _record_urls(session, report_id, urls, now)
        return "new", report_id
    report_id, report_date, content_hash, revision_count, canonical_url = stored
    _record_urls(session, report_id, urls, now)
    if item.match_rule in ("content", "near") and report_date != item.report_date:
        session.execute(_touch(), {"target": report_id, "now": now})
        return "duplicate", report_id  # the same text again under another day's URL
    if content_hash == item.content_hash:
        session.execute(_touch(), {"target": report_id, "now": now})
        return "unchanged", report_id
    number = revision_count + 1
    session.execute(
        _insert_revision(),
        {**revision_row(item, number, keep_page=store_html), "report_id": report_id},
    )
    revised = {
        **current_fields(item),
        "revision_count": number,
        "url": report_url(item, urls),
        "canonical_url": item.canonical_url or canonical_url,
        "is_paywalled": item.is_paywalled,
        "last_seen_at": now,
    }
    session.execute(
        _revise(tuple(revised)),
        {"target": report_id, **{f"new_{name}": value for name, value in revised.items()}},
    )
    return "revised", report_id


def _insert_report(
    session: Session,
    item: SituationReport,
    source_id: int,
    series_id: int,
    urls: dict[str, str],
    now: dt.datetime,
) -> int:
    row = _report_row(item, source_id, series_id, urls, now)
    return session.execute(_insert_report_statement(), row).inserted_primary_key[0]


def _report_row(
    item: SituationReport,
    source_id: int,
    series_id: int,
    urls: dict[str, str],
    now: dt.datetime,
) -> dict[str, Any]:
    """The ``reports`` row of an item stored for the first time."""
    return {
        **current_fields(item),
        "source_id": source_id,
        "series_id": series_id,
        "report_date": item.report_date,
        "url": report_url(item, urls),
        "canonical_url": item.canonical_url,
        "language": item.language,
        "is_paywalled": item.is_paywalled,
        "revision_count": 1,
        "first_seen_at": now,
        "last_seen_at": now,
    }


@dataclass(frozen=True)
class NewReport:
    """An item no stored report matched, with where it belongs."""

    item: SituationReport
    source_id: int
    series_id: int
    domains: tuple[str, ...]
    keep_page: bool = True


def insert_reports(session: Session, new: list[NewReport]) -> list[int]:
    """Insert the reports of items no stored report matched, each with its first revision and
    its URLs, in one statement per table; their ids, in order.

    The items must touch no common row (no URL, identity or content in common): what
    :func:`save_report` writes for each, written for all at once.
    """
    if not new:
        return []
    now = dt.datetime.now(dt.UTC)
    urls = [own_urls(entry.item, entry.domains) for entry in new]
    rows = [
        _report_row(entry.item, entry.source_id, entry.series_id, own, now)
        for entry, own in zip(new, urls, strict=True)
    ]
    ids = _inserted_ids(session, rows)
    session.execute(
        _insert_revision(),
        [
            {**revision_row(entry.item, 1, keep_page=entry.keep_page), "report_id": report_id}
            for entry, report_id in zip(new, ids, strict=True)
        ],
    )
    wanted = [url for own in urls for url in own]
    known = set(session.execute(_url_owners(), {"urls": wanted}).scalars()) if wanted else set()
    added = [
        _url_row(report_id, url, kind, now)
        for report_id, own in zip(ids, urls, strict=True)
        for url, kind in own.items()
        if url not in known
    ]
    if added:
        session.execute(_insert_url(), added)
    return ids


def _inserted_ids(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` into ``reports``; their ids, in the order of the rows.

    Each row's identity (source, series, day) is unique, so the ids come back with it and are
    put in order here: asking the database for ordered ids makes SQLite insert one row per
    statement (it cannot tie new row ids to the order of the parameters).
    """
    returned = session.execute(_insert_reports_returning(), rows).all()
    by_identity = {(source, series, day): report_id for report_id, source, series, day in returned}
    return [by_identity[(row["source_id"], row["series_id"], row["report_date"])] for row in rows]


def _url_row(report_id: int, url: str, kind: str, now: dt.datetime) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "url": url,
        "kind": kind,
        "first_seen_at": now,
        "last_seen_at": now,
    }


def _record_urls(session: Session, report_id: int, urls: dict[str, str], now: dt.datetime) -> None:
    """Add the report's URLs not yet known; refresh those already its own (a URL another
    report holds stays with it)."""
    if not urls:
        return
    known = dict(session.execute(_url_owners(), {"urls": list(urls)}).all())
    new = [_url_row(report_id, url, kind, now) for url, kind in urls.items() if url not in known]
    if new:
        session.execute(_insert_url(), new)
    if any(owner == report_id for owner in known.values()):
        session.execute(_touch_urls(), {"owner": report_id, "urls": list(urls), "now": now})


def own_urls(item: SituationReport, domains: tuple[str, ...]) -> dict[str, str]:
    """URL -> kind for every variant on the source's own domains."""

    def own(url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return not domains or any(host == d or host.endswith("." + d) for d in domains)

    urls: dict[str, str] = {}
    for url in item.url_variants:
        if own(url):
            urls.setdefault(url, "canonical" if url == item.canonical_url else "fetched")
    if item.normalized_url and own(item.normalized_url):
        urls.setdefault(item.normalized_url, "normalized")
    return urls


def report_url(item: SituationReport, own: dict[str, str]) -> str:
    """The report's address: its own canonical URL, else the URL fetched (whichever variant
    came first must not decide it)."""
    if item.canonical_url and item.canonical_url in own:
        return item.canonical_url
    return item.url


def fingerprint_fields(item: SituationReport) -> dict[str, int]:
    """The report columns holding the item's SimHash and its indexed bands."""
    fingerprint = item.simhash or 0
    values = dict(
        zip(("sim_band0", "sim_band1", "sim_band2", "sim_band3"), bands(fingerprint), strict=True)
    )
    return {"simhash": to_signed(fingerprint), **values}


def content_fields(item: SituationReport) -> dict[str, Any]:
    """The columns a report and each of its revisions share."""
    return {
        "title": item.title,
        "lead": item.lead,
        "authors": list(item.authors),
        "published_at": item.published_at,
        "modified_at": item.modified_at,
        "body": item.body,
        "sections": [_plain(section) for section in item.sections],
        "captions": [_plain(caption) for caption in item.captions],
    }


def _plain(part: Section | Caption) -> dict[str, Any]:
    """A section or caption as the JSON object stored for it (``dataclasses.asdict``
    without its deep copy, which cost more than the insert)."""
    return dict(vars(part))


def current_fields(item: SituationReport) -> dict[str, Any]:
    """The report columns that follow its newest revision."""
    return {
        **content_fields(item),
        **fingerprint_fields(item),
        "content_hash": item.content_hash,
        "provenance": dict(item.provenance),
    }


def revision_row(
    item: SituationReport, number: int, *, keep_page: bool, **extra: Any
) -> dict[str, Any]:
    """The ``revisions`` row (its report aside) recording the item's content as revision
    ``number``."""
    return {
        **content_fields(item),
        "number": number,
        "content_hash": item.content_hash,
        "url": item.url,
        "fetched_at": item.fetch.fetched_at if item.fetch else dt.datetime.now(dt.UTC),
        "html_compressed": stored_html(item) if keep_page else None,
        "origin": "crawl",
        "changed_fields": [],
        "created_at": dt.datetime.now(dt.UTC),
        **extra,
    }


def add_revision(report: Report, item: SituationReport, *, keep_page: bool, **extra: Any) -> None:
    """Record the item's content as a loaded report's next revision and make it the current
    content (through the ORM, for callers that hold the report object)."""
    report.revision_count += 1
    row = revision_row(item, report.revision_count, keep_page=keep_page, **extra)
    report.revisions.append(Revision(**row))
    for name, value in current_fields(item).items():
        setattr(report, name, value)


def stored_html(item: SituationReport) -> bytes | None:
    """The item's page compressed: done in the workers by normalize, else here."""
    if item.html_compressed is not None:
        return item.html_compressed
    return compress_page(item.html) if item.html else None


# Statements built once: SQLAlchemy then reuses their compiled form.


@lru_cache(maxsize=1)
def _current() -> Select:
    return select(
        REPORTS.c.id,
        REPORTS.c.report_date,
        REPORTS.c.content_hash,
        REPORTS.c.revision_count,
        REPORTS.c.canonical_url,
    ).where(REPORTS.c.id == bindparam("target"))


@lru_cache(maxsize=1)
def _insert_report_statement() -> Insert:
    return insert(REPORTS)


@lru_cache(maxsize=1)
def _insert_reports_returning() -> Insert:
    """Several reports in one statement, each id returned with the row's identity."""
    return insert(REPORTS).returning(
        REPORTS.c.id, REPORTS.c.source_id, REPORTS.c.series_id, REPORTS.c.report_date
    )


@lru_cache(maxsize=1)
def _insert_revision() -> Insert:
    return insert(REVISIONS)


@lru_cache(maxsize=1)
def _insert_url() -> Insert:
    return insert(REPORT_URLS)


@lru_cache(maxsize=1)
def _url_owners() -> Select:
    return select(REPORT_URLS.c.url, REPORT_URLS.c.report_id).where(
        REPORT_URLS.c.url.in_(bindparam("urls", expanding=True))
    )


@lru_cache(maxsize=1)
def _touch_urls() -> Update:
    return (
        update(REPORT_URLS)
        .where(
            REPORT_URLS.c.report_id == bindparam("owner"),
            REPORT_URLS.c.url.in_(bindparam("urls", expanding=True)),
        )
        .values(last_seen_at=bindparam("now"))
    )


@lru_cache(maxsize=1)
def _touch() -> Update:
    return (
        update(REPORTS)
        .where(REPORTS.c.id == bindparam("target"))
        .values(last_seen_at=bindparam("now"))
    )


@lru_cache(maxsize=4)
def _revise(columns: tuple[str, ...]) -> Update:
    """The report's ``columns`` replaced by its new revision's (bound as ``new_<column>``)."""
    return (
        update(REPORTS)
        .where(REPORTS.c.id == bindparam("target"))
        .values({name: bindparam(f"new_{name}") for name in columns})
    )
