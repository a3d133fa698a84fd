"""``sitrep crawl``: run the spiders of the chosen sources into the database."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING, Any, NoReturn

import click

from crawler.exit_codes import EXIT_CANNOT_RUN
from crawler.gc_policy import collection_paused
from crawler.interrupts import signal_of
from crawler.setting_values import LOG_LEVELS, check_overrides

from .console import make_console, styled
from .errors import describe
from .options import date_from_option, replay_option

if TYPE_CHECKING:
    from rich.console import Console


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
    "--log-level",
    type=click.Choice(LOG_LEVELS, case_sensitive=False),
    default="WARNING",
    show_default=True,
    help="Scrapy log level (stderr).",
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
    # rich draws the summary table and the error line only: made when one is printed.
    console = cache(partial(make_console, stderr=True))
    try:
        with collection_paused():  # until the reactor runs (see crawler.gc_policy)
            _crawl_command(console, obj["db_url"], **options)
    except KeyboardInterrupt as stop:  # before the crawl started, or after it ended
        name, code = signal_of(stop)
        click.echo(
            f"interrupted ({name}) before the crawl could finish; nothing else done", err=True
        )
        sys.exit(code)


def _crawl_command(
    console: Callable[[], Console],
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
    from crawler.early_imports import import_tls_modules
    from crawler.workers import start_workers

    settings = dict(o.partition("=")[::2] for o in check_overrides(overrides))
    import_tls_modules()  # cheapest now (see crawler.early_imports)
    # Forked before the crawl imports the rest of Scrapy, opens its database or starts a thread.
    start_workers(settings)
    from crawler.logs import ALWAYS
    from crawler.run import CrawlCannotRun, run_crawl

    json_logs = log_format == "json"
    try:
        summary = run_crawl(
            slugs,
            db_url,
            notify=None if json_logs else lambda line: click.echo(line, err=True),
            replay=replay_dir,
            since=date_from_option(since),
            until=date_from_option(until),
            refresh=refresh,
            redis_url=redis_url,
            frontier=frontier,
            lock=not no_lock,
            auto_migrate=not no_migrate,
            settings=settings,
            log_level=log_level,
            json_logs=json_logs,
        )
    except CrawlCannotRun as error:
        message = error.message or describe(error.__cause__ or error, db_url)
        _cannot_run(console, message, as_json=as_json, log_format=log_format)
    from .crawl_summary import print_table, summary_line

    report = summary.as_dict()
    if as_json:
        click.echo(json.dumps(report, indent=2))
    elif not json_logs:
        print_table(console(), report)  # rich: only now, and only for the table
    # The last line, whatever the log level: the run's outcome.
    if json_logs:
        logging.getLogger("sitrep.crawl").info(
            "crawl finished", extra={"summary": report, ALWAYS: True}
        )
    else:
        click.echo(summary_line(report), err=True)
    sys.exit(summary.exit_code)


def _cannot_run(
    console: Callable[[], Console], message: str, *, as_json: bool, log_format: str
) -> NoReturn:
    """Say why the crawl could not run (one line) and exit 2."""
    if as_json:
        click.echo(json.dumps({"error": message}, ensure_ascii=False))
    if log_format == "json":
        entry = {"level": "ERROR", "logger": "sitrep.crawl", "message": message}
        click.echo(json.dumps(entry, ensure_ascii=False), err=True)
    else:
        console().print(styled(("error:", "red"), " ", message), soft_wrap=True)
    sys.exit(EXIT_CANNOT_RUN)
