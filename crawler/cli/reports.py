"""``sitrep reports`` and ``sitrep show``: the stored reports, listed or one in full."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from typing import TYPE_CHECKING

import click

from .console import make_console, make_table
from .context import ready_database
from .options import date_window, with_filters

if TYPE_CHECKING:
    from store.sqlite_reads import ReportRow


@click.command()
@with_filters
@click.option("--limit", "-n", default=30, show_default=True, help="How many reports to list.")
@click.pass_obj
def reports(
    obj: dict, sources: tuple[str, ...], since: str | None, until: str | None, limit: int
) -> None:
    """List stored reports, newest report date first."""
    rows = _listed(obj["db_url"], sources, since, until, limit)
    table = make_table(("id", "source", "date", "rev", "title"), wrap=("title",))
    for report_id, slug, report_date, revisions, title in rows:
        table.add_row(str(report_id), slug, report_date.isoformat(), str(revisions), title)
    make_console().print(table)


def _listed(
    url: str, sources: tuple[str, ...], since: str | None, until: str | None, limit: int
) -> list[ReportRow]:
    """The reports to list. A SQLite file at the schema head (the usual case) is read with
    sqlite3 alone, without importing SQLAlchemy; any other database, or a read that fails,
    goes through SQLAlchemy, which also says what is wrong with the database."""
    from store.sqlite_reads import listed_reports, open_at_head

    first, last = date_window(since, until)
    connection = open_at_head(url)
    if connection is not None:
        with closing(connection):
            try:
                return listed_reports(
                    connection, sources=sources, since=first, until=last, limit=limit
                )
            except (sqlite3.Error, ValueError):  # e.g. locked or damaged meanwhile
                pass
    from store.queries import listed_reports as listed_with_sqlalchemy

    database = ready_database(url)
    with database.session() as session:
        return listed_with_sqlalchemy(
            session, sources=sources, since=first, until=last, limit=limit
        )


@click.command()
@click.argument("report_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def show(obj: dict, report_id: int, as_json: bool) -> None:
    """Show one report: fields, URLs seen, revisions and the text."""
    from store.models import Report
    from store.queries import local_iso, report_links, report_record

    database = ready_database(obj["db_url"])
    with database.session() as session:
        report = session.get(Report, report_id)
        if report is None:
            raise click.ClickException(f"no report with id {report_id}")
        record = report_record(report)
        record["urls"] = [{"url": u.url, "kind": u.kind} for u in report.urls]
        record["links"] = report_links(session, report)
        tz = report.source.timezone
        record["revision_history"] = [
            {
                "number": r.number,
                "fetched_at": local_iso(r.fetched_at, tz),
                "modified_at": local_iso(r.modified_at, tz),
                "content_hash": r.content_hash[:12],
            }
            for r in report.revisions
        ]
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    out = make_console()
    out.print(record["title"], style="bold")
    out.print(
        f"{record['source']} / {record['series']} / {record['report_date']}  (report {record['id']})"
    )
    out.print(f"authors: {', '.join(record['authors']) or '-'}")
    out.print(f"published: {record['published_at']}  modified: {record['modified_at'] or '-'}")
    out.print("urls:")
    for url in record["urls"]:
        out.print(f"  {url['kind']:<10} {url['url']}")
    if record["links"]:
        out.print("links:")
        for link in record["links"]:
            out.print(
                f"  {link['role']:<11} {link['kind']:<11} report {link['report_id']} ({link['source']}, "
                f"{link['report_date']}) similarity {link['similarity']:.2f}"
            )
    out.print("revisions:")
    for revision in record["revision_history"]:
        out.print(
            f"  #{revision['number']} fetched {revision['fetched_at']} modified {revision['modified_at'] or '-'}"
            f" {revision['content_hash']}"
        )
    if record["lead"]:
        out.print(f"\n{record['lead']}", style="italic")
    for section in record["sections"]:
        if section.get("heading"):
            out.print(f"\n## {section['heading']}", style="bold")
        for paragraph in section.get("paragraphs", []):
            out.print(f"\n{paragraph}")
    if record["captions"]:
        out.print("\ncaptions:")
        for caption in record["captions"]:
            out.print(f"  {caption['text']} ({caption.get('credit') or 'no credit'})")
