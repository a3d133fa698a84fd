"""Per-source health over the last nights, read from the crawl ledger."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

from .database import Database
from .models import CrawlRun, SourceRun

HEALTHY = ("ok", "no_new_report")


def source_health(database: Database, nights: int) -> list[dict]:
    """One record per source seen in the last ``nights`` runs: latest status, since when, history."""
    with database.session() as session:
        run_ids = list(
            session.scalars(select(CrawlRun.id).order_by(CrawlRun.id.desc()).limit(nights))
        )
        rows = session.scalars(
            select(SourceRun)
            .where(SourceRun.run_id.in_(run_ids))
            .order_by(SourceRun.source, SourceRun.run_id.desc())
        ).all()
        by_source: dict[str, list[SourceRun]] = {}
        for row in rows:
            by_source.setdefault(row.source, []).append(row)
        health = []
        for slug, runs in sorted(by_source.items()):
            latest = runs[0]
            streak = [r for r in _leading(runs, latest.status)]
            last_ok = next((r for r in runs if r.status in HEALTHY), None)
            health.append(
                {
                    "slug": slug,
                    "source": slug,
                    "status": latest.status,
                    "since": (streak[-1].started_at.isoformat() if streak else None),
                    "last_run_at": latest.started_at.isoformat(),
                    "last_ok_at": last_ok.started_at.isoformat() if last_ok else None,
                    "new": latest.new,
                    "revised": latest.revised,
                    "errors": latest.errors,
                    "reasons": [
                        *latest.drift,
                        *(
                            f"{f.get('url', '')} {f.get('reason', '')}".strip()
                            for f in latest.failures[:5]
                        ),
                    ],
                    "history": [r.status for r in runs],
                }
            )
    return health


def _leading(runs: list[SourceRun], status: str) -> Iterator[SourceRun]:
    for run in runs:
        if run.status != status:
            return
        yield run
