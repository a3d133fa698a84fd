"""``sitrep diff``: what changed between two revisions of a report."""

from __future__ import annotations

import click

from .context import ready_database


@click.command()
@click.argument("report_id", type=int)
@click.option(
    "--from",
    "old",
    type=int,
    default=None,
    help="Revision number to compare from (default: previous).",
)
@click.option(
    "--to", "new", type=int, default=None, help="Revision number to compare to (default: latest)."
)
@click.pass_obj
def diff(obj: dict, report_id: int, old: int | None, new: int | None) -> None:
    """Show what changed between two revisions of a report (unified diff)."""
    from store.history import revision_diff
    from store.models import Report

    database = ready_database(obj["db_url"])
    with database.session() as session:
        report = session.get(Report, report_id)
        if report is None:
            raise click.ClickException(f"no report with id {report_id}")
        revisions = {r.number: r for r in report.revisions}
        if len(revisions) == 1 and old is None and new is None:
            click.echo(f"report {report_id} has one revision: nothing to compare")
            return
        new = new or max(revisions)
        old = old or new - 1
        if old not in revisions or new not in revisions:
            raise click.ClickException(
                f"report {report_id} has revisions {sorted(revisions)}; cannot compare {old} with {new}"
            )
        click.echo(revision_diff(revisions[old], revisions[new], report.source.timezone), nl=False)
