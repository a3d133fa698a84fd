"""Links between copies of one report: a sibling's syndicated copy, an aggregator's translation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import CompoundSelect, Select, bindparam, literal_column, select, union_all
from sqlalchemy.orm import Session

from crawler.similarity import (
    NEAR_DUPLICATE_BITS,
    anchor_overlap,
    anchors,
    bands,
    from_signed,
    hamming,
)

from .models import Report, ReportLink
from .repository import band_candidates
from .writes import REPORTS

DAY_WINDOW = dt.timedelta(days=1)
# Share of numbers and names two reports in different languages must have in common.
TRANSLATION_MIN_OVERLAP = 0.2
# ... and by how much the best original must beat the next candidate.
TRANSLATION_MARGIN = 0.05
# Closest near-duplicates of other sources linked per report.
NEAR_LIMIT = 50


class ReportKey(NamedTuple):
    """The columns of a report that decide its links, without its text."""

    id: int
    source_id: int
    report_date: dt.date
    published_at: dt.datetime | None
    content_hash: str
    simhash: int
    language: str | None


Linked = Report | ReportKey  # what linking reads of a report


def report_key(session: Session, report_id: int) -> ReportKey | None:
    """The linking columns of one stored report (its text is loaded only when needed)."""
    row = session.execute(_keys_by_id(), {"ids": [report_id]}).first()
    return ReportKey(*row) if row else None


def _earlier(a: Linked, b: Linked) -> tuple[Linked, Linked]:
    """(original, copy): the one published first is the original."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    key_a, key_b = (a.published_at or far, a.id), (b.published_at or far, b.id)
    return (a, b) if key_a <= key_b else (b, a)


def _link(
    session: Session, a: Linked, b: Linked, kind: str, similarity: float
) -> ReportLink | None:
    original, copy = _earlier(a, b)
    exists = session.scalar(_existing_link(), {"copy": copy.id, "original": original.id})
    if exists is not None:
        exists.similarity = similarity
        return None
    link = ReportLink(
        copy_id=copy.id, original_id=original.id, kind=kind, similarity=round(similarity, 4)
    )
    session.add(link)
    return link


def link_copies(session: Session, report: Linked) -> list[ReportLink]:
    """Link ``report`` to the reports of other sources that carry the same text or its translation."""
    return link_all(session, [report])[0]


def link_all(session: Session, reports: Sequence[Linked]) -> list[list[ReportLink]]:
    """:func:`link_copies` for each of ``reports`` in turn, their candidates read together
    (one statement, and one more when a report has a language)."""
    candidates = _CopyCandidates(session, reports)
    return [_link_one(session, report, candidates) for report in reports]


class _CopyCandidates:
    """Stored reports that may be copies of some of ``reports``, indexed by content hash, by
    SimHash band and by id, and, by day, the ``(source, language)`` of the reports within a
    day of them that could make a translation."""

    def __init__(self, session: Session, reports: Sequence[Linked]):
        fingerprints = [bands(from_signed(report.simhash)) for report in reports]
        params = {
            "hashes": list({report.content_hash for report in reports}),
            **{f"band{n}": list({values[n] for values in fingerprints}) for n in range(4)},
            "near_days": sorted({day for r in reports for day in _days_around(r.report_date)}),
        }
        self.by_hash: dict[str, list[ReportKey]] = {}
        self.by_band: dict[tuple[int, int], list[ReportKey]] = {}
        for rung, *row, band0, band1, band2, band3 in session.execute(_copy_candidates(), params):
            key = ReportKey(*row)
            if rung == "content":
                self.by_hash.setdefault(key.content_hash, []).append(key)
            else:
                for n, band in enumerate((band0, band1, band2, band3)):
                    self.by_band.setdefault((n, band), []).append(key)
        self.by_id = {key.id: key for keys in self.by_band.values() for key in keys}
        self.languages_by_day = _languages_by_day(session, reports)

    def other_language_near(self, report: Linked) -> bool:
        """Whether another source has a report in another language within a day: without
        one there is nothing to link as a translation, nor a translation link to drop
        (links only ever join reports of such a window)."""
        return any(
            source_id != report.source_id and language != report.language
            for day in _days_around(report.report_date)
            for source_id, language in self.languages_by_day.get(day, ())
        )


def _days_around(day: dt.date) -> tuple[dt.date, ...]:
    """The days within ``DAY_WINDOW`` of ``day``."""
    return (day - DAY_WINDOW, day, day + DAY_WINDOW)


def _languages_by_day(
    session: Session, reports: Sequence[Linked]
) -> dict[dt.date, list[tuple[int, str]]]:
    """``(source id, language)`` of the stored reports with a language within a day of the
    reports that have one, by day. When those all share one language, only the reports in
    another language are read: the others can never make a translation (most days, all of
    a history's reports but a few are in one language)."""
    days = sorted(
        {day for report in reports if report.language for day in _days_around(report.report_date)}
    )
    languages = {report.language for report in reports if report.language}
    by_day: dict[dt.date, list[tuple[int, str]]] = {}
    if not days:
        return by_day
    if len(languages) == 1:
        rows = session.execute(_other_languages_on(), {"days": days, "language": languages.pop()})
    else:
        rows = session.execute(_languages_on(), {"days": days})
    for source_id, language, report_date in rows:
        by_day.setdefault(report_date, []).append((source_id, language))
    return by_day


def _link_one(session: Session, report: Linked, candidates: _CopyCandidates) -> list[ReportLink]:
    created: list[ReportLink] = []
    fingerprint = from_signed(report.simhash)
    earliest, latest = report.report_date - DAY_WINDOW, report.report_date + DAY_WINDOW
    others = {
        key.id: key
        for key in candidates.by_hash.get(report.content_hash, [])
        if key.source_id != report.source_id
    }
    near = sorted(
        {
            (distance, key.id)
            for n, band in enumerate(bands(fingerprint))
            for key in candidates.by_band.get((n, band), [])
            if (distance := hamming(from_signed(key.simhash), fingerprint)) <= NEAR_DUPLICATE_BITS
            and key.source_id != report.source_id
            and key.report_date is not None
            and earliest <= key.report_date <= latest
        }
    )
    others.update((report_id, candidates.by_id[report_id]) for _, report_id in near[:NEAR_LIMIT])
    for report_id in sorted(others):
        other = others[report_id]
        similarity = 1.0 - hamming(from_signed(other.simhash), fingerprint) / 64
        if (link := _link(session, report, other, "syndication", similarity)) is not None:
            created.append(link)
    if report.language and candidates.other_language_near(report):
        loaded = report if isinstance(report, Report) else session.get(Report, report.id)
        window = _window(loaded)
        created += _reconcile_translation(session, loaded, window)
        # A new original may be a better match for translations already stored.
        later = (
            session.scalars(
                select(Report).where(
                    Report.language != loaded.language,
                    Report.source_id != loaded.source_id,
                    Report.published_at > loaded.published_at,
                    *window,
                )
            ).all()
            if loaded.published_at
            else []
        )
        for copy in later:
            created += _reconcile_translation(session, copy, _window(copy))
    return created


# Statements run for every stored report are built once, with bound parameters.


@lru_cache(maxsize=1)
def _keys_by_id() -> Select:
    return select(*(getattr(Report, name) for name in ReportKey._fields)).where(
        Report.id.in_(bindparam("ids", expanding=True))
    )


@lru_cache(maxsize=1)
def _existing_link() -> Select:
    copy, original = bindparam("copy"), bindparam("original")
    return select(ReportLink).where(
        ((ReportLink.copy_id == copy) & (ReportLink.original_id == original))
        | ((ReportLink.copy_id == original) & (ReportLink.original_id == copy))
    )


@lru_cache(maxsize=1)
def _copy_candidates() -> CompoundSelect:
    """In one statement of Core selects, rows of ``(rung, *ReportKey, *bands)``: the reports
    holding one of ``:hashes`` (``content``) and those dated one of ``:near_days`` sharing a
    SimHash band with one of ``:band0`` … ``:band3`` (``near``). Each part uses its own
    index."""
    keys = [REPORTS.c[name] for name in ReportKey._fields]
    columns = (
        *keys,
        REPORTS.c.sim_band0,
        REPORTS.c.sim_band1,
        REPORTS.c.sim_band2,
        REPORTS.c.sim_band3,
    )

    def rung(name: str) -> Select:
        return select(literal_column(f"'{name}'").label("rung"), *columns)

    return union_all(
        rung("content").where(REPORTS.c.content_hash.in_(bindparam("hashes", expanding=True))),
        # Near-duplicates only link within a day: SQLite reads a report's date before its
        # fingerprint (stored after the text), so older ones sharing a band are dropped cheaply.
        rung("near").where(
            REPORTS.c.id.in_(band_candidates(expanding=True)),
            REPORTS.c.report_date.in_(bindparam("near_days", expanding=True)),
        ),
    )


@lru_cache(maxsize=1)
def _languages_on() -> Select:
    """``(source id, language, date)`` of the reports with a language dated one of ``:days``."""
    return (
        select(REPORTS.c.source_id, REPORTS.c.language, REPORTS.c.report_date)
        .distinct()
        .where(
            REPORTS.c.report_date.in_(bindparam("days", expanding=True)),
            REPORTS.c.language.is_not(None),
        )
    )


@lru_cache(maxsize=1)
def _other_languages_on() -> Select:
    """:func:`_languages_on`, only for the reports in another language than ``:language``."""
    return _languages_on().where(REPORTS.c.language != bindparam("language"))


def _same_text(a: Report, b: Report) -> bool:
    return hamming(from_signed(a.simhash), from_signed(b.simhash)) <= NEAR_DUPLICATE_BITS


def _window(report: Report) -> tuple:
    return (
        Report.report_date >= report.report_date - DAY_WINDOW,
        Report.report_date <= report.report_date + DAY_WINDOW,
    )


def _reconcile_translation(session: Session, copy: Report, window: tuple) -> list[ReportLink]:
    """Point ``copy`` at its best-matching earlier original in another language, and only there.

    Re-run whenever a candidate original arrives, so the links end the same
    whatever order the reports were crawled in.
    """
    if copy.published_at is None:
        return []
    mine = anchors(copy.body)
    candidates = session.scalars(
        select(Report).where(
            Report.language != copy.language,
            Report.source_id != copy.source_id,
            Report.published_at < copy.published_at,
            *window,
        )
    ).all()
    scored = sorted(
        ((anchor_overlap(mine, anchors(other.body)), other) for other in candidates),
        key=lambda pair: (-pair[0], pair[1].published_at, pair[1].id),
    )
    originals: list[tuple[float, Report]] = []
    if scored and scored[0][0] >= TRANSLATION_MIN_OVERLAP:
        best_score, best = scored[0]
        rivals = [score for score, other in scored[1:] if not _same_text(other, best)]
        if not rivals or best_score - rivals[0] >= TRANSLATION_MARGIN:
            # Identical originals (a syndicated pair) are all originals of the copy.
            originals = [(score, other) for score, other in scored if _same_text(other, best)]
    keep = {other.id for _, other in originals}
    for stale in session.scalars(
        select(ReportLink).where(ReportLink.copy_id == copy.id, ReportLink.kind == "translation")
    ):
        if stale.original_id not in keep:
            session.delete(stale)
    created = []
    for score, other in originals:
        link = session.scalar(
            select(ReportLink).where(
                ReportLink.copy_id == copy.id, ReportLink.original_id == other.id
            )
        )
        if link is None:
            link = ReportLink(
                copy_id=copy.id,
                original_id=other.id,
                kind="translation",
                similarity=round(score, 4),
            )
            session.add(link)
            created.append(link)
    session.flush()
    return created
