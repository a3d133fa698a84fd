"""Reads and writes of reports: the dedupe ladder and the revision-aware upsert."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from sqlalchemy import Select, bindparam, select, union
from sqlalchemy.orm import Session

from crawler.items import SituationReport
from crawler.sources import Source as SourceEntry
from pipelines.normal_form import compress_html
from pipelines.similarity import NEAR_DUPLICATE_BITS, bands, from_signed, hamming, to_signed

from .models import Quarantine, Report, ReportUrl, Revision, Series, Source

Outcome = Literal["new", "revised", "unchanged", "duplicate"]


def sync_source(session: Session, entry: SourceEntry) -> tuple[int, dict[str, int]]:
    """Mirror a registry entry into ``sources``/``series``; return their ids."""
    source = session.scalar(select(Source).where(Source.slug == entry.slug))
    if source is None:
        source = Source(slug=entry.slug)
        session.add(source)
    source.name, source.homepage = entry.name, entry.homepage
    source.language, source.timezone = entry.language, entry.timezone
    source.country, source.media_group = entry.country, entry.media_group
    session.flush()
    ids: dict[str, int] = {}
    for declared in entry.series:
        series = session.scalar(
            select(Series).where(Series.source_id == source.id, Series.key == declared.key)
        )
        if series is None:
            series = Series(source_id=source.id, key=declared.key, name=declared.name)
            session.add(series)
        series.name = declared.name
        session.flush()
        ids[declared.key] = series.id
    return source.id, ids


@dataclass(frozen=True)
class Match:
    """The stored report an item is a version of, the rung that matched, and how close it is."""

    report_id: int
    rule: str  # url | canonical | normalized | content | near | identity
    distance: int = 0  # SimHash bits between the item and the stored report


def find_match(
    session: Session, source_id: int, series_id: int, item: SituationReport
) -> Match | None:
    """The stored report this item is a version of.

    The ladder, in order: a URL the item was fetched under, its canonical URL, its
    normalized URL (each only for a report of the same day), the content hash of its normalized text, a near-duplicate
    SimHash (at most ``NEAR_DUPLICATE_BITS`` apart), then the identity
    ``(source, series, report_date)``. Titles are never compared: a daily series
    repeats its headline every day. Only reports of the same source match: a
    sibling's copy is a report of its own, linked later.
    """
    rungs: list[tuple[str, list[str]]] = [
        ("url", [u for u in item.url_variants if u != item.canonical_url]),
        ("canonical", [item.canonical_url] if item.canonical_url else []),
        ("normalized", [item.normalized_url] if item.normalized_url else []),
    ]
    wanted = list(dict.fromkeys(url for _, urls in rungs for url in urls))
    if wanted:
        # Every rung's URLs in one query; the first rung with a hit wins. An evergreen URL
        # reused for another day's report is not that report.
        query = _by_url(dated=item.report_date is not None)
        params = {"urls": wanted, "source_id": source_id, "report_date": item.report_date}
        hits: dict[str, tuple[int, int | None]] = {}
        for url, report_id, stored in session.execute(query, params):
            hits.setdefault(url, (report_id, stored))
        for rule, urls in rungs:
            found = sorted(hits[url] for url in urls if url in hits)
            if found:
                report_id, stored = found[0]
                return Match(report_id, rule, _distance(stored, item))
    if item.content_hash:
        # Looked up by hash alone (indexed; a handful of rows), then narrowed to this series.
        for report_id, row_source, row_series in same_content(session, item.content_hash):
            if (row_source, row_series) == (source_id, series_id):
                return Match(report_id, "content", 0)
    if item.simhash:
        near = near_duplicates(
            session,
            item.simhash,
            lambda n: (n.source_id, n.series_id) == (source_id, series_id),
        )
        if near:
            distance, report_id = near[0]
            return Match(report_id, "near", distance)
    if item.report_date is not None:
        row = session.execute(
            _by_identity(),
            {"source_id": source_id, "series_id": series_id, "report_date": item.report_date},
        ).first()
        if row is not None:
            report_id, stored = row
            return Match(report_id, "identity", _distance(stored, item))
    return None


def _distance(stored: int | None, item: SituationReport) -> int:
    """SimHash bits between a stored report's fingerprint and the item's."""
    return hamming(from_signed(stored or 0), item.simhash or 0)


# The ladder's statements are built once, with bound parameters: SQLAlchemy then reuses
# their compiled form, where building a statement per item cost more than running it.


@lru_cache(maxsize=2)
def _by_url(*, dated: bool) -> Select:
    query = (
        select(ReportUrl.url, ReportUrl.report_id, Report.simhash)
        .join(Report, Report.id == ReportUrl.report_id)
        .where(
            ReportUrl.url.in_(bindparam("urls", expanding=True)),
            Report.source_id == bindparam("source_id"),
        )
    )
    if dated:
        query = query.where(Report.report_date == bindparam("report_date"))
    return query.order_by(ReportUrl.report_id)


@lru_cache(maxsize=1)
def _by_content_hash() -> Select:
    """Reports holding ``:content_hash``: id, source id, series id."""
    return (
        select(Report.id, Report.source_id, Report.series_id)
        .where(Report.content_hash == bindparam("content_hash"))
        .order_by(Report.id)
    )


@lru_cache(maxsize=1)
def _by_identity() -> Select:
    return select(Report.id, Report.simhash).where(
        Report.source_id == bindparam("source_id"),
        Report.series_id == bindparam("series_id"),
        Report.report_date == bindparam("report_date"),
    )


def same_content(session: Session, content_hash: str) -> list[tuple[int, int, int]]:
    """``(report id, source id, series id)`` of the reports holding this text."""
    return [
        tuple(row) for row in session.execute(_by_content_hash(), {"content_hash": content_hash})
    ]


@dataclass(frozen=True)
class Neighbour:
    """A stored report whose SimHash shares a band with a fingerprint."""

    report_id: int
    source_id: int
    series_id: int
    report_date: dt.date | None
    distance: int


@lru_cache(maxsize=1)
def _band_neighbours() -> Select:
    """Reports sharing a band with ``:band0`` … ``:band3`` (built once: SQLAlchemy then
    reuses its compiled form instead of building a statement per item)."""
    columns = (Report.sim_band0, Report.sim_band1, Report.sim_band2, Report.sim_band3)
    # One indexed lookup per band (an OR across columns would let the planner scan instead).
    candidates = union(
        *(
            select(Report.id).where(column == bindparam(f"band{n}"))
            for n, column in enumerate(columns)
        )
    ).subquery()
    return select(
        Report.id, Report.source_id, Report.series_id, Report.report_date, Report.simhash
    ).where(Report.id.in_(select(candidates.c.id)))


def near_duplicates(
    session: Session,
    fingerprint: int,
    keep: Callable[[Neighbour], bool] = lambda _: True,
    *,
    limit: int = 50,
) -> list[tuple[int, int]]:
    """``(distance, report_id)`` of the stored reports ``keep`` accepts within
    ``NEAR_DUPLICATE_BITS``, closest first.

    Candidates come from the indexed bands (an exact band match is guaranteed
    within 3 bits), so the cost does not grow with the number of stored reports.
    """
    values = {f"band{n}": value for n, value in enumerate(bands(fingerprint))}
    found = []
    for report_id, source_id, series_id, report_date, stored in session.execute(
        _band_neighbours(), values
    ):
        distance = hamming(from_signed(stored), fingerprint)
        if distance > NEAR_DUPLICATE_BITS:
            continue
        if keep(Neighbour(report_id, source_id, series_id, report_date, distance)):
            found.append((distance, report_id))
    return sorted(found)[:limit]


def _own_urls(item: SituationReport, domains: tuple[str, ...]) -> dict[str, str]:
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


def _report_url(item: SituationReport, own_urls: dict[str, str]) -> str:
    """The report's address: its own canonical URL, else the URL fetched (whichever variant came first
    must not decide it)."""
    if item.canonical_url and item.canonical_url in own_urls:
        return item.canonical_url
    return item.url


def _record_urls(session: Session, report: Report, urls: dict[str, str], now: dt.datetime) -> None:
    known = {
        row.url: row
        for row in session.scalars(select(ReportUrl).where(ReportUrl.url.in_(list(urls))))
    }
    for url, kind in urls.items():
        row = known.get(url)
        if row is None:
            session.add(
                ReportUrl(
                    report_id=report.id, url=url, kind=kind, first_seen_at=now, last_seen_at=now
                )
            )
        elif row.report_id == report.id:
            row.last_seen_at = now


def fingerprint_fields(item: SituationReport) -> dict[str, int]:
    """The report columns holding the item's SimHash and its indexed bands."""
    fingerprint = item.simhash or 0
    values = dict(
        zip(("sim_band0", "sim_band1", "sim_band2", "sim_band3"), bands(fingerprint), strict=True)
    )
    return {"simhash": to_signed(fingerprint), **values}


def content_fields(item: SituationReport) -> dict[str, object]:
    """The columns a report and each of its revisions share."""
    return {
        "title": item.title,
        "lead": item.lead,
        "authors": list(item.authors),
        "published_at": item.published_at,
        "modified_at": item.modified_at,
        "body": item.body,
        "sections": [asdict(s) for s in item.sections],
        "captions": [asdict(c) for c in item.captions],
    }


def _revision(item: SituationReport, number: int, *, keep_page: bool, **extra: object) -> Revision:
    fetched_at = item.fetch.fetched_at if item.fetch else dt.datetime.now(dt.UTC)
    return Revision(
        number=number,
        content_hash=item.content_hash,
        url=item.url,
        fetched_at=fetched_at,
        html_zlib=stored_html(item) if keep_page else None,
        **content_fields(item),
        **extra,
    )


def stored_html(item: SituationReport) -> bytes | None:
    """The item's page compressed: done in the workers by normalize, else here."""
    if item.html_zlib is not None:
        return item.html_zlib
    return compress_html(item.html) if item.html else None


def add_revision(
    report: Report, item: SituationReport, *, keep_page: bool, **extra: object
) -> None:
    """Record the item's content as the report's next revision and make it the current content."""
    report.revision_count += 1
    report.revisions.append(_revision(item, report.revision_count, keep_page=keep_page, **extra))
    for name, value in {**content_fields(item), **fingerprint_fields(item)}.items():
        setattr(report, name, value)
    report.content_hash = item.content_hash
    report.provenance = dict(item.provenance)


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
    urls = _own_urls(item, domains)
    report = session.get(Report, item.match_report_id) if item.match_report_id else None
    if report is None:
        report = Report(
            source_id=source_id,
            series_id=series_id,
            report_date=item.report_date,
            url=_report_url(item, urls),
            canonical_url=item.canonical_url,
            language=item.language,
            provenance=dict(item.provenance),
            is_paywalled=item.is_paywalled,
            content_hash=item.content_hash,
            revision_count=1,
            first_seen_at=now,
            last_seen_at=now,
            **content_fields(item),
            **fingerprint_fields(item),
        )
        report.revisions.append(_revision(item, 1, keep_page=store_html))
        session.add(report)
        session.flush()
        _record_urls(session, report, urls, now)
        return "new", report.id
    report.last_seen_at = now
    _record_urls(session, report, urls, now)
    if item.match_rule in ("content", "near") and report.report_date != item.report_date:
        return "duplicate", report.id  # the same text again under another day's URL
    if report.content_hash == item.content_hash:
        return "unchanged", report.id
    add_revision(report, item, keep_page=store_html)
    report.url = _report_url(item, urls)
    report.canonical_url = item.canonical_url or report.canonical_url
    report.is_paywalled = item.is_paywalled
    return "revised", report.id


def quarantine_item(
    session: Session, item: SituationReport, reasons: list[str], run_id: int | None
) -> None:
    """Keep an item that cannot be stored as a report, with its reasons and page."""
    session.add(
        Quarantine(
            run_id=run_id,
            source=item.source,
            series=item.series,
            url=item.url,
            reasons=reasons,
            item=item.to_dict(),
            html_zlib=stored_html(item),
        )
    )
