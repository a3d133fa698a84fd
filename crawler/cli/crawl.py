"""``sitrep crawl``: run the spiders of the chosen sources into the database."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from contextlib import nullcontext
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from sqlalchemy import update

from crawler.frontier import default_frontier, frontier_settings
from crawler.ledger import FAILED_STATUSES, stage_timings
from crawler.logs import install_json_handler
from crawler.replay import ReplayServer
from crawler.sources import UnknownSourceError, all_sources, get_source
from pipelines.db.database import Database, SchemaError, safe_url
from pipelines.db.lock import CrawlLocked, crawl_lock
from pipelines.db.models import CrawlRun, SourceRun
from pipelines.db.queries import source_runs

from .options import parse_date, replay_option

EXIT_OK, EXIT_SOURCES_FAILED, EXIT_CANNOT_RUN = 0, 1, 2
COLUMNS = (
    "status",
    "requests",
    "discovered",
    "new",
    "revised",
    "unchanged",
    "not_modified",
    "skipped",
    "duplicate",
    "quarantined",
    "errors",
)


@click.command()
@click.option(
    "--source",
    "-s",
    "slugs",
    multiple=True,
    metavar="SLUG",
    help="Crawl only this source (repeatable).",
)
@replay_option("Crawl")
@click.option(
    "--since",
    metavar="DATE",
    help="Backfill: also visit day archives from DATE (YYYY-MM-DD) and skip older links.",
)
@click.option("--until", metavar="DATE", help="Last day of a --since backfill (default: today).")
@click.option(
    "--refresh",
    is_flag=True,
    help="Parse every discovery page and revalidate every known report page it lists.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON on stdout.")
@click.option(
    "--log-level", default="WARNING", show_default=True, help="Scrapy log level (stderr)."
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default=lambda: os.environ.get("SITREP_LOG_FORMAT", "text"),
    show_default="text, or $SITREP_LOG_FORMAT",
    help="Log lines on stderr as text or as one JSON object per line.",
)
@click.option(
    "--no-migrate", is_flag=True, help="Stop if the schema is out of date instead of upgrading it."
)
@click.option(
    "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting."
)
@click.option(
    "--redis",
    "redis_url",
    metavar="URL",
    envvar="SITREP_REDIS_URL",
    help="Share the crawl frontier with other workers through Redis (implies --no-lock).",
)
@click.option(
    "--frontier",
    metavar="NAME",
    help="Name of the shared frontier (default: today's UTC date); workers of one night share it.",
)
@click.pass_obj
@click.option(
    "--no-lock",
    is_flag=True,
    help="Run even if another crawl holds the lock (several workers on purpose).",
)
def crawl(
    obj: dict,
    slugs: tuple[str, ...],
    replay_dir: str | None,
    since: str | None,
    until: str | None,
    refresh: bool,
    as_json: bool,
    log_level: str,
    log_format: str,
    no_migrate: bool,
    redis_url: str | None,
    frontier: str | None,
    no_lock: bool,
    overrides: tuple[str, ...],
) -> None:
    """Crawl every source (or those given) and store new reports and revisions.

    Exit codes: 0 all sources ok, 1 some sources failed (see the summary and
    `sitrep reports`), 2 the crawl could not run at all.
    """
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 120)
    window = {
        "SITREP_SINCE": parse_date(since),
        "SITREP_UNTIL": parse_date(until),
        "SITREP_REFRESH": refresh,
        "SITREP_LOG_FORMAT": log_format,
    }
    if redis_url:
        window |= frontier_settings(redis_url, frontier or default_frontier())
        no_lock = True  # several workers on purpose
    try:
        sources = [get_source(s) for s in slugs] if slugs else all_sources()
    except UnknownSourceError as error:
        console.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_CANNOT_RUN)
    database = Database(obj["db_url"])
    try:
        upgraded = database.ensure_schema(auto_migrate=not no_migrate)
    except SchemaError as error:
        console.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_CANNOT_RUN)
    except Exception as error:  # unreachable server, bad URL, permissions
        console.print(f"[red]error:[/] cannot open database {safe_url(database.url)}: {error}")
        sys.exit(EXIT_CANNOT_RUN)
    if upgraded and log_format != "json":  # JSON logs carry it in the run summary
        console.print(f"database schema upgraded from {upgraded[0] or 'empty'} to {upgraded[1]}")

    try:
        with nullcontext() if no_lock else crawl_lock(database):
            run_id = _crawl(
                console,
                database,
                sources,
                replay_dir,
                log_level,
                window,
                overrides,
                exclusive=not no_lock,
            )
    except CrawlLocked as error:
        console.print(f"[red]error:[/] {error}; not starting a second one")
        sys.exit(EXIT_CANNOT_RUN)
    with database.session() as session:
        rows = source_runs(session, run_id)
        run = session.get(CrawlRun, run_id)
        missing = {s.slug for s in sources} - {r.source for r in rows}
        failed = missing or any(r.status in FAILED_STATUSES for r in rows)
        run.finished_at = dt.datetime.now(dt.UTC)
        run.status = "failed" if failed else "ok"
        summary = {
            "run_id": run_id,
            "status": run.status,
            "database": safe_url(database.url),
            **({"schema_upgraded": {"from": upgraded[0], "to": upgraded[1]}} if upgraded else {}),
            "sources": [
                {
                    "source": r.source,
                    **{c: getattr(r, c) for c in COLUMNS},
                    "timings": stage_timings(r.stats),
                    "failures": r.failures[:20],
                }
                for r in rows
            ]
            + [
                {"source": slug, "status": "error", "failures": [{"reason": "spider did not run"}]}
                for slug in sorted(missing)
            ],
        }
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    elif log_format == "json":
        logging.getLogger("sitrep.crawl").info("crawl finished", extra={"summary": summary})
    else:
        _print_summary(console, summary)
    sys.exit(EXIT_SOURCES_FAILED if failed else EXIT_OK)


def _crawl(
    console: Console,
    database: Database,
    sources: list,
    replay_dir: str | None,
    log_level: str,
    window: dict,
    overrides: tuple[str, ...],
    *,
    exclusive: bool,
) -> int:
    """Record a run, start the replay server if asked, run the spiders; return the run id."""
    server = None
    if replay_dir is not None:
        try:
            server = ReplayServer(Path(replay_dir)).start()
        except FileNotFoundError as error:
            console.print(f"[red]error:[/] {error}")
            sys.exit(EXIT_CANNOT_RUN)
        if window["SITREP_LOG_FORMAT"] != "json":
            console.print(f"replaying recorded sites from {replay_dir} via {server.url}")

    with database.session() as session:
        if exclusive:
            # Holding the lock, any run still marked running was killed: say so in the ledger.
            session.execute(
                update(CrawlRun).where(CrawlRun.status == "running").values(status="interrupted")
            )
            session.execute(
                update(SourceRun)
                .where(SourceRun.status == "running")
                .values(status="error", finish_reason="interrupted")
            )
        run = CrawlRun(sources=[s.slug for s in sources], replay=server is not None)
        session.add(run)
        session.flush()
        run_id = run.id
    try:
        _run_spiders(
            sources=[s.slug for s in sources],
            db_url=database.url,
            run_id=run_id,
            replay_url=server.url if server else None,
            log_level=log_level,
            window=window,
            overrides=overrides,
        )
    finally:
        if server is not None:
            server.stop()

    return run_id


def _run_spiders(
    *,
    sources: list[str],
    db_url: str,
    run_id: int,
    replay_url: str | None,
    log_level: str,
    window: dict,
    overrides: tuple[str, ...],
) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.set("SITREP_DATABASE_URL", db_url, priority="cmdline")
    settings.set("SITREP_RUN_ID", run_id, priority="cmdline")
    settings.set("SITREP_AUTO_MIGRATE", False, priority="cmdline")  # done above, once
    settings.set("SITREP_REPLAY_URL", replay_url, priority="cmdline")
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    json_logs = window["SITREP_LOG_FORMAT"] == "json"
    settings.set("SITREP_PROGRESS", not json_logs, priority="cmdline")
    for name, value in window.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        settings.set(name, value, "cmdline")
    for override in overrides:
        name, _, value = override.partition("=")
        settings.set(name.strip(), value, priority="cmdline")
    if json_logs:
        install_json_handler(settings)
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    for slug in sources:
        process.crawl(slug)
    process.start()


def _print_summary(console: Console, summary: dict) -> None:
    table = Table(title=f"crawl run {summary['run_id']}: {summary['status']}")
    table.add_column("source")
    for column in COLUMNS:
        table.add_column(column, justify="left" if column == "status" else "right")
    for row in summary["sources"]:
        style = "green" if row["status"] in ("ok", "no_new_report") else "red"
        table.add_row(
            row["source"],
            *(
                f"[{style}]{row.get('status')}[/]" if c == "status" else str(row.get(c, 0))
                for c in COLUMNS
            ),
        )
    console.print(table)
    for row in summary["sources"]:
        for failure in row.get("failures", [])[:5]:
            console.print(
                f"  [yellow]{row['source']}[/]: {failure.get('url', '')} {failure.get('reason', '')}"
            )
    console.print(f"database: {summary['database']}")
