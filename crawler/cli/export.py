"""``sitrep export``: reports as JSON lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import click

from .context import ready_database
from .options import CannotRun, date_window, with_filters
from .output import open_output

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


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
    from store.queries import iter_reports, report_query, report_record

    database = ready_database(obj["db_url"])
    first, last = date_window(since, until)
    query = report_query(sources=sources, since=first, until=last)
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

    from store.queries import report_values

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
