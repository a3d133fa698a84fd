"""``sitrep status``: per-source health over the last nights, from the crawl ledger."""

from __future__ import annotations

import json

import click
from sqlalchemy import select

from store.database import Database
from store.models import CrawlRun, SourceRun

from .console import make_console, make_table
from .reports import _schema_ready

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


def _leading(runs: list[SourceRun], status: str):  # type: ignore[no-untyped-def]
    for run in runs:
        if run.status != status:
            return
        yield run


@click.command()
@click.option("--nights", default=7, show_default=True, help="How many recent runs to look at.")
@click.option(
    "--json", "as_json", is_flag=True, help="A JSON list with each source and its latest status."
)
@click.pass_obj
def status(obj: dict, nights: int, as_json: bool) -> None:
    """Per-source health over the last nights: status, since when, and why."""
    database = _schema_ready(Database(obj["db_url"]))
    health = source_health(database, nights)
    if as_json:
        click.echo(json.dumps(health, indent=2, ensure_ascii=False))
        return
    table = make_table(
        ("source", "status", "since", "last ok", "history (newest first)"),
        wrap=("history (newest first)",),
    )
    for row in health:
        style = "green" if row["status"] in HEALTHY else "red"
        table.add_row(
            row["slug"],
            f"[{style}]{row['status']}[/]",
            (row["since"] or "-")[:16],
            (row["last_ok_at"] or "never")[:16],
            " ".join(row["history"]),
        )
    console = make_console()
    console.print(table)
    for row in health:
        for reason in row["reasons"]:
            # A healthy night may still have found reports where the source did not expect
            # them: the source file needs fixing before the guess stops working.
            if row["status"] not in HEALTHY or reason.startswith("url pattern drift"):
                console.print(f"  [yellow]{row['slug']}[/]: {reason}")
