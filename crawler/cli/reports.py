"""``sitrep reports``, ``show``, ``export`` and ``sources``: read what was stored."""

from __future__ import annotations

import csv
import difflib
import json
import sys
from pathlib import Path

import click

from crawler.devtools.source_state import source_states
from crawler.devtools.table import write_sources_markdown
from crawler.sources import all_sources
from store.database import Database
from store.models import Report, Revision
from store.queries import (
    iter_reports,
    local_iso,
    report_links,
    report_query,
    report_record,
    report_values,
)
from store.search import DEFAULT_TIMEOUT, QueryError, SearchTimeout, search_reports

from .console import make_console, make_table
from .context import command_database
from .options import CannotRun, parse_date, source_option
from .output import open_output

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def revision_text(revision: Revision) -> list[str]:
    """A revision as lines of text: title, standfirst, headings and paragraphs."""
    lines = [f"# {revision.title}", ""]
    if revision.lead:
        lines += [revision.lead, ""]
    for section in revision.sections:
        if section.get("heading"):
            lines += [f"## {section['heading']}", ""]
        for paragraph in section.get("paragraphs", []):
            lines += [paragraph, ""]
    return lines


def revision_diff(old: Revision, new: Revision, timezone: str) -> str:
    header = (
        f"revision {old.number} (modified {local_iso(old.modified_at, timezone) or '-'}, "
        f"fetched {local_iso(old.fetched_at, timezone)})\n"
        f"revision {new.number} (modified {local_iso(new.modified_at, timezone) or '-'}, "
        f"fetched {local_iso(new.fetched_at, timezone)})\n"
    )
    lines = difflib.unified_diff(
        revision_text(old),
        revision_text(new),
        f"revision {old.number}",
        f"revision {new.number}",
        lineterm="",
    )
    body = "\n".join(lines)
    return header + (body + "\n" if body else "no text changes\n")


def _schema_ready(database: Database) -> Database:
    """The command's database (read-only unless the command writes), opened once per
    invocation and at this sitrep's schema revision; else exit 2 saying what to run.
    ``database`` gives the URL."""
    from .context import ready_database

    return ready_database(database.url)


_filters = [
    source_option(),
    click.option("--since", metavar="YYYY-MM-DD", help="Report date on or after."),
    click.option("--until", metavar="YYYY-MM-DD", help="Report date on or before."),
]


def with_filters(function):  # type: ignore[no-untyped-def]
    for option in reversed(_filters):
        function = option(function)
    return function


@click.command()
@with_filters
@click.option("--limit", "-n", default=30, show_default=True, help="How many reports to list.")
@click.pass_obj
def reports(
    obj: dict, sources: tuple[str, ...], since: str | None, until: str | None, limit: int
) -> None:
    """List stored reports, newest report date first."""
    database = _schema_ready(Database(obj["db_url"]))
    table = make_table(("id", "source", "date", "rev", "title"), wrap=("title",))
    with database.session() as session:
        query = report_query(
            sources=sources, since=parse_date(since), until=parse_date(until)
        ).limit(limit)
        for report in iter_reports(session, query):
            table.add_row(
                str(report.id),
                report.source.slug,
                report.report_date.isoformat(),
                str(report.revision_count),
                report.title,
            )
    make_console().print(table)


@click.command()
@click.argument("report_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def show(obj: dict, report_id: int, as_json: bool) -> None:
    """Show one report: fields, URLs seen, revisions and the text."""
    database = _schema_ready(Database(obj["db_url"]))
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
    out.print(f"[bold]{record['title']}[/]")
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
        out.print(f"\n[italic]{record['lead']}[/]")
    for section in record["sections"]:
        if section.get("heading"):
            out.print(f"\n[bold]## {section['heading']}[/]")
        for paragraph in section.get("paragraphs", []):
            out.print(f"\n{paragraph}")
    if record["captions"]:
        out.print("\ncaptions:")
        for caption in record["captions"]:
            out.print(f"  {caption['text']} ({caption.get('credit') or 'no credit'})")


@click.command()
@with_filters
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of stdout (complete or not at all).",
)
@click.pass_obj
def export(
    obj: dict,
    sources: tuple[str, ...],
    since: str | None,
    until: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Export reports as JSON lines, CSV (dates ISO 8601 with offset) or Parquet (typed).

    With -o, the file appears only once complete; a failure (missing folder, full disk)
    leaves it as it was and exits 2.
    """
    database = _schema_ready(Database(obj["db_url"]))
    query = report_query(sources=sources, since=parse_date(since), until=parse_date(until))
    if fmt == "parquet":
        if output is None:
            raise click.UsageError("--format parquet needs --output FILE")
        write_table = _parquet_writer()
        with open_output(output, binary=True) as stream, database.session() as session:
            write_table(stream, iter_reports(session, query))
        return
    with open_output(output) as stream, database.session() as session:
        records = (report_record(r) for r in iter_reports(session, query))
        if fmt == "jsonl":
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            _write_csv(stream, records)


PARQUET_BATCH = 500


def _parquet_writer():  # type: ignore[no-untyped-def]
    """A function writing reports to a binary stream as Parquet: ``report_date`` a date32,
    instants timestamps in UTC, lists and sections as JSON text (as in CSV)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CannotRun("Parquet export needs pyarrow: pip install 'sitrep[parquet]'") from None
    instant = pa.timestamp("us", tz="UTC")
    types = {
        "id": pa.int64(),
        "report_date": pa.date32(),
        "published_at": instant,
        "modified_at": instant,
        "is_paywalled": pa.bool_(),
        "revisions": pa.int32(),
        "first_seen_at": instant,
        "last_seen_at": instant,
    }
    names = (
        *("id", "source", "series", "report_date", "url", "canonical_url", "title", "authors"),
        *("published_at", "modified_at", "language", "lead", "body", "sections", "captions"),
        *("is_paywalled", "content_hash", "revisions", "first_seen_at", "last_seen_at"),
    )
    schema = pa.schema([(name, types.get(name, pa.string())) for name in names])

    def write(stream, reports) -> None:  # type: ignore[no-untyped-def]
        with pq.ParquetWriter(stream, schema) as writer:
            batch: list[dict] = []
            for report in reports:
                values = report_values(report)
                for key, value in values.items():
                    if isinstance(value, list | dict):
                        values[key] = json.dumps(value, ensure_ascii=False)
                batch.append(values)
                if len(batch) == PARQUET_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))

    return write


def _write_csv(stream, records) -> None:  # type: ignore[no-untyped-def]
    writer = None
    for record in records:
        row = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
            for k, v in record.items()
        }
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
@click.option("--markdown", is_flag=True, help="The docs/sources.md table, golden counts included.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the --markdown table to this file.",
)
def sources(as_json: bool, markdown: bool, output: Path | None) -> None:
    """List the registered sources, their series, the kind of their recorded site
    (reconstructed or recorded) and their last live check (`sitrep check`)."""
    entries = all_sources()
    if markdown:
        write_sources_markdown(entries, output)
        return
    states, note = source_states(entries, command_database())
    if note:
        click.echo(note, err=True)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "slug": s.slug,
                        "name": s.name,
                        "language": s.language,
                        "timezone": s.timezone,
                        "homepage": s.homepage,
                        "media_group": s.media_group,
                        "series": [{"key": x.key, "name": x.name} for x in s.series],
                        "feeds": list(s.feeds),
                        "sitemaps": list(s.sitemaps),
                        "listings": list(s.listings),
                        "fixture_kind": states[s.slug]["fixture_kind"],
                        "last_live_check": states[s.slug]["last_live_check"],
                    }
                    for s in entries
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = make_table(
        ("slug", "name", "language", "timezone", "series", "discovery", "fixtures", "live check"),
        wrap=("name", "series", "discovery"),
    )
    for s in entries:
        discovery = ", ".join(
            k for k, v in (("rss", s.feeds), ("sitemap", s.sitemaps), ("listing", s.listings)) if v
        )
        table.add_row(
            s.slug,
            s.name,
            s.language,
            s.timezone,
            ", ".join(x.key for x in s.series),
            discovery,
            states[s.slug]["fixture_kind"],
            states[s.slug]["last_live_check_shown"],
        )
    make_console().print(table)


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
    database = _schema_ready(Database(obj["db_url"]))
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


@click.command()
@click.argument("query")
@with_filters
@click.option("--limit", "-n", default=20, show_default=True, help="How many hits at most.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Stop a search that runs longer (exit 2).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.pass_obj
def search(
    obj: dict,
    query: str,
    sources: tuple[str, ...],
    since: str | None,
    until: str | None,
    limit: int,
    timeout: float,
    as_json: bool,
) -> None:
    """Full-text search over stored reports, best match first (one hit per line).

    \b
    QUERY syntax (the same on SQLite and PostgreSQL):
      Kharkiv Zelensky      both words
      Kharkiv OR Odesa      either word (OR in capitals, between two terms;
                            a b OR c means a and (b or c))
      -Zelensky             no report with this word
      "centrale nucléaire"  these words in this order
    Case and accents do not matter; at most 32 words. The score is the relevance
    relative to the best hit (1.000). When nothing matches, "no report matches"
    goes to stderr and the exit code is 0. A query that cannot be searched (too
    many words, only exclusions) or that runs past --timeout exits 2.
    """
    database = _schema_ready(Database(obj["db_url"]))
    with database.session() as session:
        try:
            hits = search_reports(
                session,
                query,
                sources=sources,
                since=parse_date(since),
                until=parse_date(until),
                limit=limit,
                timeout=timeout,
            )
        except QueryError as error:
            raise CannotRun(str(error)) from None
        except SearchTimeout:
            raise CannotRun(
                f"the search ran longer than {timeout:g} s and was stopped: "
                "use fewer words, narrow it with --source/--since, or raise --timeout"
            ) from None
        if not hits:
            click.echo(f"no report matches {query!r}", err=True)
        for hit in hits:
            report = hit.report
            if as_json:
                record = {
                    "id": report.id,
                    "source": report.source.slug,
                    "report_date": report.report_date.isoformat(),
                    "title": report.title,
                    "url": report.url,
                    "score": round(hit.score, 6),
                    "snippet": " ".join(hit.snippet.split()),
                }
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(
                    f"{report.id}\t{report.source.slug}\t{report.report_date}\t"
                    f"{hit.score:.3f}\t{report.title}"
                )


@click.command()
@with_filters
@click.option("--dry-run", is_flag=True, help="Report what would change without writing.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per report.")
@click.pass_obj
def reprocess(
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
    from store.reprocess import reprocess as run

    database = _schema_ready(Database(obj["db_url"]))
    changed = failed = total = 0
    for outcome in run(
        database, sources=sources, since=parse_date(since), until=parse_date(until), dry_run=dry_run
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
