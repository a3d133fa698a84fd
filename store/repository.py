"""Reads of reports: the dedupe ladder and near-duplicate lookups (writes: :mod:`.writes`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    String,
    bindparam,
    cast,
    literal_column,
    null,
    select,
    tuple_,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from crawler.items import SituationReport
from crawler.similarity import NEAR_DUPLICATE_BITS, bands, from_signed, hamming
from crawler.sources import Source

from .models import Quarantine, Report, Series, SourceRow
from .writes import REPORT_URLS, REPORTS, stored_html


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
    session: Session | Connection, source_id: int, series_id: int, item: SituationReport
) -> Match | None:
    """The stored report this item is a version of (:func:`find_matches` for one item)."""
    return find_matches(session, [(source_id, series_id, item)])[0]


def find_matches(
    session: Session | Connection, wanted: Sequence[tuple[int, int, SituationReport]]
) -> list[Match | None]:
    """The stored report each ``(source id, series id, item)`` is a version of.

    The ladder, in order: a URL the item was fetched under, its canonical URL, its
    normalized URL (each only for a report of the same day), the content hash of its
    normalized text, a near-duplicate SimHash (at most ``NEAR_DUPLICATE_BITS`` apart), then
    the identity ``(source, series, report_date)``. Titles are never compared: a daily
    series repeats its headline every day. Only reports of the same source match: a
    sibling's copy is a report of its own, linked later.

    Every rung's candidates for all the items come from one statement (:func:`_ladder`),
    then each item takes the first rung with a hit among them.
    """
    asks = [_Ask.of(*entry) for entry in wanted]
    shape = LadderShape(
        urls=any(ask.urls for ask in asks),
        dated=any(ask.item.report_date is not None for ask in asks),
        content=any(ask.item.content_hash for ask in asks),
        near=any(ask.item.simhash for ask in asks),
    )
    if not any(shape):
        return [None] * len(asks)
    params: dict[str, object] = {
        "urls": list(dict.fromkeys(url for ask in asks for url in ask.urls)),
        "hashes": list({ask.item.content_hash for ask in asks if ask.item.content_hash}),
        **_identity_params(asks),
        **{
            f"band{n}": list({bands(ask.item.simhash)[n] for ask in asks if ask.item.simhash})
            for n in range(4)
        },
        "near_series": sorted({ask.series_id for ask in asks if ask.item.simhash}),
    }
    candidates = _Candidates(session.execute(_ladder(shape), params))
    return [candidates.match(ask) for ask in asks]


def _identity_params(asks: Sequence[_Ask]) -> dict[str, list]:
    """The identities ``(source, series, day)`` the dated items claim, and each column's
    values apart (what the identity rung's index lookup reads)."""
    identities = sorted(
        {
            (ask.source_id, ask.series_id, ask.item.report_date)
            for ask in asks
            if ask.item.report_date is not None
        }
    )
    return {
        "identities": identities,
        "identity_sources": sorted({source for source, _, _ in identities}),
        "identity_series": sorted({series for _, series, _ in identities}),
        "identity_dates": sorted({day for _, _, day in identities}),
    }


class _Row(NamedTuple):
    rung: str
    url: str | None
    id: int
    source_id: int
    series_id: int
    report_date: dt.date | None
    content_hash: str | None
    simhash: int
    bands: tuple[int, int, int, int]


@dataclass(frozen=True)
class _Ask:
    """An item to match, where it belongs, and the URLs of its first three rungs."""

    source_id: int
    series_id: int
    item: SituationReport
    rungs: tuple[tuple[str, tuple[str, ...]], ...]
    urls: tuple[str, ...]

    @classmethod
    def of(cls, source_id: int, series_id: int, item: SituationReport) -> _Ask:
        rungs = (
            ("url", tuple(u for u in item.url_variants if u != item.canonical_url)),
            ("canonical", (item.canonical_url,) if item.canonical_url else ()),
            ("normalized", (item.normalized_url,) if item.normalized_url else ()),
        )
        urls = tuple(dict.fromkeys(url for _, urls in rungs for url in urls))
        return cls(source_id, series_id, item, rungs, urls)


class _Candidates:
    """The ladder's rows for a batch, indexed by what each rung looks up."""

    def __init__(self, rows: Iterable[Any]):
        self.by_url: dict[str, _Row] = {}
        self.by_hash: dict[str, list[_Row]] = {}
        self.by_band: dict[tuple[int, int], list[_Row]] = {}
        self.by_identity: dict[tuple[int, int, dt.date | None], _Row] = {}
        for rung, url, *values, band0, band1, band2, band3 in rows:
            row = _Row(rung, url, *values, bands=(band0, band1, band2, band3))
            if rung == "url":
                self.by_url.setdefault(url, row)
            elif rung == "content":
                self.by_hash.setdefault(row.content_hash or "", []).append(row)
            elif rung == "near":
                for n, band in enumerate(row.bands):
                    self.by_band.setdefault((n, band), []).append(row)
            else:
                self.by_identity.setdefault((row.source_id, row.series_id, row.report_date), row)

    def match(self, ask: _Ask) -> Match | None:
        item, ours = ask.item, (ask.source_id, ask.series_id)
        # An evergreen URL reused for another day's report is not that report.
        for rule, urls in ask.rungs:
            matched = sorted(
                (row.id, row.simhash)
                for url in urls
                if (row := self.by_url.get(url)) is not None
                and row.source_id == ask.source_id
                and (item.report_date is None or row.report_date == item.report_date)
            )
            if matched:
                report_id, stored = matched[0]
                return Match(report_id, rule, _distance(stored, item))
        # Looked up by hash alone (indexed; a handful of rows), then narrowed to this series.
        same_hash = self.by_hash.get(item.content_hash, []) if item.content_hash else []
        for row in sorted(same_hash, key=lambda row: row.id):
            if (row.source_id, row.series_id) == ours:
                return Match(row.id, "content", 0)
        if item.simhash:
            fingerprint = item.simhash
            near = sorted(
                {
                    (distance, row.id)
                    for n, band in enumerate(bands(fingerprint))
                    for row in self.by_band.get((n, band), [])
                    if (row.source_id, row.series_id) == ours
                    and (distance := hamming(from_signed(row.simhash), fingerprint))
                    <= NEAR_DUPLICATE_BITS
                }
            )
            if near:
                distance, report_id = near[0]
                return Match(report_id, "near", distance)
        if item.report_date is not None:
            row = self.by_identity.get((*ours, item.report_date))
            if row is not None:
                return Match(row.id, "identity", _distance(row.simhash, item))
        return None


def _distance(stored: int | None, item: SituationReport) -> int:
    """SimHash bits between a stored report's fingerprint and the item's."""
    return hamming(from_signed(stored or 0), item.simhash or 0)


# The ladder's statements are built once, with bound parameters: SQLAlchemy then reuses
# their compiled form, where building a statement per item cost more than running it.


class LadderShape(NamedTuple):
    """Which of the ladder's lookups a batch needs."""

    urls: bool
    dated: bool
    content: bool
    near: bool


_ROW = (
    REPORTS.c.id,
    REPORTS.c.source_id,
    REPORTS.c.series_id,
    REPORTS.c.report_date,
    REPORTS.c.content_hash,
    REPORTS.c.simhash,
    REPORTS.c.sim_band0,
    REPORTS.c.sim_band1,
    REPORTS.c.sim_band2,
    REPORTS.c.sim_band3,
)


@lru_cache(maxsize=16)
def _ladder(shape: LadderShape) -> CompoundSelect | Select:
    """The candidates of every rung a batch needs, in one statement of Core selects (no ORM
    entities: their result handling cost more than the lookups): rows of ``(rung, url,
    *_ROW)``, the superset each item's rungs are then read from. Each part uses its own
    index."""

    def rung(name: str, *, url: ColumnElement | None = None) -> Select:
        found = cast(null(), String) if url is None else url
        return select(literal_column(f"'{name}'").label("rung"), found.label("url"), *_ROW)

    parts = []
    if shape.urls:
        parts.append(
            rung("url", url=REPORT_URLS.c.url)
            .join_from(REPORT_URLS, REPORTS, REPORTS.c.id == REPORT_URLS.c.report_id)
            .where(REPORT_URLS.c.url.in_(bindparam("urls", expanding=True)))
        )
    if shape.content:
        parts.append(
            rung("content").where(REPORTS.c.content_hash.in_(bindparam("hashes", expanding=True)))
        )
    if shape.near:
        # Only the batch's own series can match: SQLite reads a report's series before its
        # fingerprint (stored after the text), so the others' rows are dropped cheaply.
        parts.append(
            rung("near").where(
                REPORTS.c.id.in_(band_candidates(expanding=True)),
                REPORTS.c.series_id.in_(bindparam("near_series", expanding=True)),
            )
        )
    if shape.dated:
        # Each column's values too, so that SQLite reads the identity's unique index: given
        # only the triples, it scans every report (the cost grew with the history).
        identity = tuple_(REPORTS.c.source_id, REPORTS.c.series_id, REPORTS.c.report_date)
        parts.append(
            rung("identity").where(
                REPORTS.c.source_id.in_(bindparam("identity_sources", expanding=True)),
                REPORTS.c.series_id.in_(bindparam("identity_series", expanding=True)),
                REPORTS.c.report_date.in_(bindparam("identity_dates", expanding=True)),
                identity.in_(bindparam("identities", expanding=True)),
            )
        )
    return union_all(*parts) if len(parts) > 1 else parts[0]


def band_candidates(*, expanding: bool = False) -> Select:
    """Ids of the reports sharing a band with ``:band0`` … ``:band3`` (``expanding``: with
    any of the values in those lists): one indexed lookup per band (an OR across columns
    would let the planner scan instead)."""
    columns = (REPORTS.c.sim_band0, REPORTS.c.sim_band1, REPORTS.c.sim_band2, REPORTS.c.sim_band3)
    candidates = union(
        *(
            select(REPORTS.c.id).where(
                column.in_(bindparam(f"band{n}", expanding=True))
                if expanding
                else column == bindparam(f"band{n}")
            )
            for n, column in enumerate(columns)
        )
    ).subquery()
    return select(candidates.c.id)


@lru_cache(maxsize=1)
def _by_content_hash() -> Select:
    """Reports holding ``:content_hash``: id, source id, series id."""
    return (
        select(Report.id, Report.source_id, Report.series_id)
        .where(Report.content_hash == bindparam("content_hash"))
        .order_by(Report.id)
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
            html_compressed=stored_html(item),
        )
    )
