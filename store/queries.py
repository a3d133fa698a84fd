"""Read-side queries used by the CLI and downstream tools."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from .models import Report, ReportLink, Series, SourceRow, SourceRun
from .sqlite_reads import ReportRow


def report_query(
    *,
    sources: tuple[str, ...] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Select[tuple[Report]]:
    """Reports filtered by source slugs and an inclusive report-date range, newest first."""
    query = select(Report).join(SourceRow, SourceRow.id == Report.source_id)
    if sources:
        query = query.where(SourceRow.slug.in_(sources))
    if since:
        query = query.where(Report.report_date >= since)
    if until:
        query = query.where(Report.report_date <= until)
    return query.order_by(Report.report_date.desc(), SourceRow.slug, Report.id)


def newest_per_series(
    session: Session, source: str, columns: tuple[Any, ...], limit: int
) -> list[tuple[Any, ...]]:
    """``(series key, report date, *columns)`` of up to ``limit`` newest reports of each of
    the source's series.

    Read series by series through the ``(source, series, report_date)`` index: each read
    stops after ``limit`` rows, so what a night asks of a source's history costs the same
    after ten years as after ten days (ordering all its reports by date reads every one).
    """
    series = session.execute(
        select(Series.source_id, Series.id, Series.key)
        .join(SourceRow, SourceRow.id == Series.source_id)
        .where(SourceRow.slug == source)
    ).all()
    newest: list[tuple[Any, ...]] = []
    for source_id, series_id, key in series:
        rows = session.execute(
            select(Report.report_date, *columns)
            .where(Report.source_id == source_id, Report.series_id == series_id)
            .order_by(Report.report_date.desc())
            .limit(limit)
        )
        newest += [(key, *row) for row in rows]
    return newest


def iter_reports(
    session: Session, query: Select[tuple[Report]], batch: int = 500
) -> Iterator[Report]:
    """Stream reports with their source and series loaded, a batch at a time."""
    query = query.options(selectinload(Report.source), selectinload(Report.series))
    yield from session.scalars(query.execution_options(yield_per=batch))


def listed_reports(
    session: Session,
    *,
    sources: tuple[str, ...] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int,
) -> list[ReportRow]:
    """The rows of ``sitrep reports``: id, source, report date, revisions and title of the
    first ``limit`` reports of :func:`report_query` (read without SQLAlchemy from a SQLite
    file by :func:`store.sqlite_reads.listed_reports`, which must agree)."""
    query = report_query(sources=sources, since=since, until=until).limit(limit)
    return [
        (r.id, r.source.slug, r.report_date, r.revision_count, r.title)
        for r in iter_reports(session, query)
    ]


def local_iso(value: dt.datetime | None, timezone: str) -> str | None:
    """An instant as ISO 8601 with the source's local offset."""
    from crawler.extract.dates import zone  # the extractor's modules: only when a date is shown

    return value.astimezone(zone(timezone)).isoformat() if value else None


def report_values(report: Report) -> dict[str, Any]:
    """The export shape of a report with typed values: instants are aware UTC datetimes,
    ``report_date`` a date (for typed formats such as Parquet)."""
    return {
        "id": report.id,
        "source": report.source.slug,
        "series": report.series.key,
        "report_date": report.report_date,
        "url": report.url,
        "canonical_url": report.canonical_url,
        "title": report.title,
        "authors": list(report.authors),
        "published_at": report.published_at,
        "modified_at": report.modified_at,
        "language": report.language,
        "lead": report.lead,
        "body": report.body,
        "sections": report.sections,
        "captions": report.captions,
        "is_paywalled": report.is_paywalled,
        "content_hash": report.content_hash,
        "revisions": report.revision_count,
        "first_seen_at": report.first_seen_at,
        "last_seen_at": report.last_seen_at,
    }


def report_record(report: Report) -> dict[str, Any]:
    """The export shape of a report (one JSON line / CSV row): dates ISO 8601, instants with
    the source's local offset."""
    tz = report.source.timezone
    record = report_values(report)
    for key, value in record.items():
        if isinstance(value, dt.datetime):
            record[key] = local_iso(value, tz)
        elif isinstance(value, dt.date):
            record[key] = value.isoformat()
    return record


def source_runs(session: Session, run_id: int) -> list[SourceRun]:
    return list(
        session.scalars(
            select(SourceRun).where(SourceRun.run_id == run_id).order_by(SourceRun.source)
        )
    )


def series_key(session: Session, series_id: int) -> str | None:
    return session.scalar(select(Series.key).where(Series.id == series_id))


def report_links(session: Session, report: Report) -> list[dict[str, Any]]:
    """The report's links to copies and originals, each seen from this report."""
    links = session.scalars(
        select(ReportLink).where(
            (ReportLink.copy_id == report.id) | (ReportLink.original_id == report.id)
        )
    )
    found = []
    for link in links:
        other = link.original if link.copy_id == report.id else link.copy
        found.append(
            {
                "role": "copy of" if link.copy_id == report.id else "copied by",
                "kind": link.kind,
                "report_id": other.id,
                "source": other.source.slug,
                "report_date": other.report_date.isoformat(),
                "url": other.url,
                "similarity": link.similarity,
            }
        )
    return sorted(found, key=lambda x: (x["role"], x["report_id"]))
