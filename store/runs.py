"""The crawl ledger's rows: one per run, one per source's part of a run."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import CrawlRun, Report, SourceRun
from .queries import newest_per_series, source_runs


def start_run(session: Session, sources: list[str], *, replay: bool, exclusive: bool) -> int:
    """A new run's id. With the crawl lock held (``exclusive``), any run still marked running
    was killed: it and its sources are marked interrupted first."""
    if exclusive:
        session.execute(
            update(CrawlRun).where(CrawlRun.status == "running").values(status="interrupted")
        )
        session.execute(
            update(SourceRun)
            .where(SourceRun.status == "running")
            .values(status="error", finish_reason="interrupted")
        )
    run = CrawlRun(sources=sources, replay=replay)
    session.add(run)
    session.flush()
    return run.id


def open_source_run(
    session: Session, run_id: int | None, source: str, *, replay: bool
) -> tuple[int, int, bool]:
    """The source's row in run ``run_id`` (a run of its own when ``None``):
    ``(run id, source run id, whether the run was created here)``."""
    own = run_id is None
    if run_id is None:
        run_id = start_run(session, [source], replay=replay, exclusive=False)
    row = session.scalar(
        select(SourceRun).where(SourceRun.run_id == run_id, SourceRun.source == source)
    )
    if row is None:
        row = SourceRun(run_id=run_id, source=source)
        session.add(row)
        session.flush()
    return run_id, row.id, own


def close_source_run(
    session: Session, source_run_id: int, fields: dict[str, Any], *, close_run: bool, failed: bool
) -> bool:
    """Write a source's outcome (``fields``: column -> value) and, for a run of its own, close
    the run too. False if the row is gone."""
    row = session.get(SourceRun, source_run_id)
    if row is None:
        return False
    row.finished_at = dt.datetime.now(dt.UTC)
    for name, value in fields.items():
        setattr(row, name, value)
    if close_run:
        run = session.get(CrawlRun, row.run_id)
        if run is not None:
            run.finished_at = row.finished_at
            run.status = "failed" if failed else "ok"
    return True


def finish_run(
    session: Session,
    run_id: int,
    sources: list[str],
    *,
    interrupted_by: str | None,
    failed_statuses: frozenset[str],
) -> tuple[str, list[SourceRun], list[str]]:
    """Close a run of ``sources``: a source still running was stopped before its spider
    closed it. Returns the run's status, its source rows and the sources that never ran."""
    for row in source_runs(session, run_id):
        if row.status == "running":
            row.status, row.finish_reason = "error", "interrupted"
            row.failures = [{"url": None, "reason": f"interrupted ({interrupted_by or 'killed'})"}]
            row.errors = 1
    session.flush()
    rows = list(source_runs(session, run_id))
    missing = sorted(set(sources) - {r.source for r in rows})
    failed = missing or any(r.status in failed_statuses for r in rows)
    run = session.get(CrawlRun, run_id)
    run.finished_at = dt.datetime.now(dt.UTC)
    run.status = "interrupted" if interrupted_by else "failed" if failed else "ok"
    return run.status, rows, missing


def recent_reports(session: Session, source: str, limit: int) -> list[tuple]:
    """``(body, sections, authors, modified_at)`` of the source's ``limit`` newest reports,
    newest first (each series read only as far back as ``limit``)."""
    columns = (Report.body, Report.sections, Report.authors, Report.modified_at)
    newest = newest_per_series(session, source, columns, limit)
    newest.sort(key=lambda row: row[1], reverse=True)
    return [tuple(row[2:]) for row in newest[:limit]]
