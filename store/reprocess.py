"""Re-extract stored reports from their kept HTML with the current extractor, without fetching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.page_codec import decompress_page
from crawler.report import report_from_html
from crawler.sources import get_source

from .models import Report, Revision
from .queries import iter_reports, report_query
from .writes import add_revision, content_fields

COMPARED = (
    "title",
    "lead",
    "authors",
    "published_at",
    "modified_at",
    "body",
    "sections",
    "captions",
)


@dataclass
class Reprocessed:
    report_id: int
    source: str
    report_date: dt.date
    changed: list[str]
    error: str | None = None


def _latest_page(session: Session, report: Report) -> Revision | None:
    return session.scalar(
        select(Revision)
        .where(Revision.report_id == report.id, Revision.html_compressed.is_not(None))
        .order_by(Revision.number.desc())
        .limit(1)
    )


def reprocess_report(session: Session, report: Report, *, dry_run: bool = False) -> Reprocessed:
    """Extract the report's latest kept page again; a changed result becomes a new revision."""
    from crawler.normal_form import normalize_report

    outcome = Reprocessed(report.id, report.source.slug, report.report_date, [])
    page = _latest_page(session, report)
    if page is None:
        outcome.error = "no stored page"
        return outcome
    source = get_source(report.source.slug)
    item = report_from_html(
        decompress_page(page.html_compressed),
        page.url,
        source=source,
        series_key=report.series.key,
        fetched_at=page.fetched_at,
    )
    item.report_date = report.report_date  # the identity stays; only the fields are re-read
    item = normalize_report(item, source)
    new = content_fields(item)
    old = {name: getattr(report, name) for name in new}
    outcome.changed = [
        name for name in COMPARED if _comparable(old[name]) != _comparable(new[name])
    ]
    if not outcome.changed or item.content_hash is None:
        return outcome
    if dry_run:
        return outcome
    add_revision(report, item, keep_page=False, origin="reprocess", changed_fields=outcome.changed)
    return outcome


def _comparable(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    if isinstance(value, list):
        return [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
    return value


def reprocess(
    database,  # type: ignore[no-untyped-def]
    *,
    sources: tuple[str, ...] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    dry_run: bool = False,
) -> Iterator[Reprocessed]:
    """Reprocess the selected reports, one transaction per report."""
    with database.session() as session:
        ids = [
            r.id
            for r in iter_reports(session, report_query(sources=sources, since=since, until=until))
        ]
    for report_id in ids:
        with database.session() as session:
            report = session.get(Report, report_id)
            try:
                yield reprocess_report(session, report, dry_run=dry_run)
            except Exception as error:  # one bad page must not stop the batch
                yield Reprocessed(
                    report_id,
                    report.source.slug,
                    report.report_date,
                    [],
                    f"{type(error).__name__}: {error}",
                )
