"""``sitrep search``: full-text search over the stored reports."""

from __future__ import annotations

import json

import click

# The --timeout default shown in the help is the store's; this module is imported only for
# `sitrep search`, which needs SQLAlchemy anyway (crawler/cli/lazy.py).
from store.search import DEFAULT_TIMEOUT, QueryError, SearchTimeout, search_reports

from .context import ready_database
from .options import CannotRun, date_window, with_filters


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
    first, last = date_window(since, until)
    database = ready_database(obj["db_url"])
    with database.session() as session:
        try:
            hits = search_reports(
                session,
                query,
                sources=sources,
                since=first,
                until=last,
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
