"""``sitrep reprocess``: re-extract stored pages with the current extractor."""

from __future__ import annotations

import json
import sys

import click

from .context import ready_database
from .options import date_window, with_filters


@click.command("reprocess")
@with_filters
@click.option("--dry-run", is_flag=True, help="Report what would change without writing.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per report.")
@click.pass_obj
def reprocess_command(
    obj: dict,
    sources: tuple[str, ...],
    since: str | None,
    until: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Re-extract stored reports from their kept pages with the current extractor (no fetching).

    A report whose fields come out different gets a new revision (origin "reprocess")
    that lists the changed fields.
    """
    from store.reprocess import reprocess

    first, last = date_window(since, until)
    database = ready_database(obj["db_url"])
    changed = failed = total = 0
    for outcome in reprocess(
        database,
        sources=sources,
        since=first,
        until=last,
        dry_run=dry_run,
    ):
        total += 1
        changed += bool(outcome.changed)
        failed += bool(outcome.error)
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "id": outcome.report_id,
                        "source": outcome.source,
                        "report_date": outcome.report_date.isoformat(),
                        "changed": outcome.changed,
                        "error": outcome.error,
                    }
                )
            )
        elif outcome.changed or outcome.error:
            what = outcome.error or ", ".join(outcome.changed)
            click.echo(f"{outcome.report_id}\t{outcome.source}\t{outcome.report_date}\t{what}")
    if not as_json:
        verb = "would change" if dry_run else "changed"
        click.echo(f"{total} reports reprocessed, {changed} {verb}, {failed} failed", err=True)
    if failed:
        sys.exit(1)
