"""Reads of reports: the dedupe ladder and near-duplicate lookups (writes: :mod:`.writes`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Select, bindparam, select, union
from sqlalchemy.orm import Session

from crawler.items import SituationReport
from crawler.similarity import NEAR_DUPLICATE_BITS, bands, from_signed, hamming
from crawler.sources import Source

from .models import Quarantine, Report, ReportUrl, Series, SourceRow
from .writes import stored_html


def sync_source(session: Session, entry: Source) -> tuple[int, dict[str, int]]:
    """Mirror a registry entry into ``sources``/``series``; return their ids."""
    source = session.scalar(select(SourceRow).where(SourceRow.slug == entry.slug))
    if source is None:
        source = SourceRow(slug=entry.slug)
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
