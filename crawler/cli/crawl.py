"""``sitrep crawl``: run the spiders of the chosen sources into the database."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from scrapy.crawler import CrawlerProcess

from crawler import progress
from crawler.dbguard import GUARD, advice, damage_of
from crawler.failures import interrupted_by, interruption
from crawler.frontier import default_frontier, frontier_settings
from crawler.ledger import FAILED_STATUSES
from crawler.logs import ALWAYS, install_handler
from crawler.replay import ReplayServer
from crawler.setting_values import check_overrides
from crawler.sources import UnknownSourceError, all_sources, get_source
from store.database import Database, SchemaError, safe_url, shared_database
from store.lock import CrawlLocked, crawl_lock
from store.runs import finish_run, start_run

from .console import make_console
from .crawl_summary import missing_entry, print_table, source_entry, summary_line
from .errors import describe
from .options import parse_date, replay_option

EXIT_OK, EXIT_SOURCES_FAILED, EXIT_CANNOT_RUN = 0, 1, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130; 128 + the signal's number for another one


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
def crawl(obj: dict, **options: Any) -> None:
    """Crawl every source (or those given) and store new reports and revisions.

    Exit codes: 0 all sources ok, 1 some sources failed (see the summary and
    `sitrep reports`), 2 the crawl could not run at all (or its database turned out to be
    damaged), 130 interrupted by Ctrl-C (SIGINT; 128 + the signal's number for another).
    """
    console = make_console(stderr=True)
    try:
        _crawl_command(console, obj["db_url"], **options)
    except KeyboardInterrupt:  # before the crawl started, or after it ended
        console.print("interrupted (SIGINT) before the crawl could finish; nothing else done")
        sys.exit(EXIT_INTERRUPTED)


def _crawl_command(
    console: Console,
    db_url: str,
    *,
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
    overrides = check_overrides(overrides)  # a bad --set is one line, before anything starts
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
    database = Database(db_url)
    try:
        upgraded = database.ensure_schema(auto_migrate=not no_migrate)
    except SchemaError as error:
        console.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_CANNOT_RUN)
    except Exception as error:  # unreachable server, bad URL, permissions, a damaged file
        damage = damage_of(error)
        _cannot_run(
            console,
            advice(database.url, damage) if damage else describe(error, database.url),
            as_json=as_json,
            log_format=log_format,
        )
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
    if GUARD.damage is not None:  # nothing more is read from or written to it
        _cannot_run(
            console, advice(database.url, GUARD.damage), as_json=as_json, log_format=log_format
        )
    summary = _finish_run(database, run_id, [s.slug for s in sources], upgraded)
    # Closed now, SQLite folds its write-ahead log back into the file.
    for engine_owner in (database, shared_database(database.url)):
        engine_owner.dispose()
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    elif log_format != "json":
        print_table(console, summary)
    # The last line, whatever the log level: the run's outcome.
    if log_format == "json":
        logging.getLogger("sitrep.crawl").info(
            "crawl finished", extra={"summary": summary, ALWAYS: True}
        )
    else:
        console.print(summary_line(summary), highlight=False, soft_wrap=True)
    signal_name = interruption()
    if signal_name is not None:
        sys.exit(128 + signal.Signals[signal_name].value)
    sys.exit(EXIT_SOURCES_FAILED if summary["status"] != "ok" else EXIT_OK)


def _cannot_run(console: Console, message: str, *, as_json: bool, log_format: str) -> None:
    """Say why the crawl could not run (one line) and exit 2."""
    if as_json:
        click.echo(json.dumps({"error": message}, ensure_ascii=False))
    if log_format == "json":
        entry = {"level": "ERROR", "logger": "sitrep.crawl", "message": message}
        click.echo(json.dumps(entry, ensure_ascii=False), err=True)
    else:
        console.print(f"[red]error:[/] {message}", highlight=False, soft_wrap=True)
    sys.exit(EXIT_CANNOT_RUN)


def _finish_run(
    database: Database, run_id: int, slugs: list[str], upgraded: tuple | None
) -> dict[str, Any]:
    """Close the run in the ledger and return its summary. A source whose spider never
    reported (it did not start, or the process was killed) is an error with its reason."""
    signal_name = interruption()
    with database.session() as session:
        status, rows, missing = finish_run(
            session,
            run_id,
            slugs,
            interrupted_by=signal_name,
            failed_statuses=FAILED_STATUSES,
        )
        reason = f"interrupted ({signal_name})" if signal_name else "spider did not run"
        return {
            "run_id": run_id,
            "status": status,
            "database": safe_url(database.url),
            **({"schema_upgraded": {"from": upgraded[0], "to": upgraded[1]}} if upgraded else {}),
            "sources": [source_entry(r) for r in rows]
            + [missing_entry(slug, reason) for slug in missing],
        }


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
        run_id = start_run(
            session, [s.slug for s in sources], replay=server is not None, exclusive=exclusive
        )
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


class _Process(CrawlerProcess):
    """Scrapy's process, remembering which signal stopped it (the sources' failure reason
    and the exit code)."""

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        interrupted_by(signum)
        super()._signal_shutdown(signum, frame)

    def _signal_kill(self, signum: int, frame: Any) -> None:
        interrupted_by(signum)
        super()._signal_kill(signum, frame)


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
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.set("SITREP_DATABASE_URL", db_url, priority="cmdline")
    settings.set("SITREP_RUN_ID", run_id, priority="cmdline")
    settings.set("SITREP_AUTO_MIGRATE", False, priority="cmdline")  # done above, once
    settings.set("SITREP_REPLAY_URL", replay_url, priority="cmdline")
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    # A retry given up ends in the spider's errback, which logs the failure once.
    settings.set("RETRY_GIVE_UP_LOG_LEVEL", "INFO", priority="project")
    json_logs = window["SITREP_LOG_FORMAT"] == "json"
    settings.set("SITREP_PROGRESS", not json_logs, priority="cmdline")
    for name, value in window.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        settings.set(name, value, "cmdline")
    for override in overrides:
        name, _, value = override.partition("=")
        settings.set(name.strip(), value, priority="cmdline")
    install_handler(settings, as_json=json_logs)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    progress.started()  # elapsed times count from here
    process = _Process(settings)
    for slug in sources:
        process.crawl(slug)
    process.start()
