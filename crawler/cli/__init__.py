"""The ``sitrep`` command line.

A command's module is imported only when that command runs or shows its help
(:class:`~.lazy.LazyGroup`), and imports what it needs (Scrapy, SQLAlchemy, the extractor)
only once it runs: ``sitrep --help`` loads none of them, nor does ``sitrep reports`` on a
SQLite file at the schema head (it reads it with ``sqlite3``; SQLAlchemy otherwise).
"""

from __future__ import annotations

import os
import sys

import click

from crawler.setting_values import SettingError

try:  # SITREP_* environment variables are read (and checked) with the settings
    import crawler.settings  # noqa: F401
except SettingError as error:
    print(f"error: {error}", file=sys.stderr)
    sys.exit(2)

from crawler.exit_codes import EXIT_CANNOT_RUN
from crawler.interrupts import raise_interrupted, signal_of, stopping_signals_call

from .errors import debugging, describe
from .lazy import LazyGroup

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


# name -> ("module:attribute" of the command, the first sentence of its help, which is what
# ``sitrep --help`` lists, without importing the module; tests/test_cli_startup.py checks that
# it is the commands' own).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (
        "crawler.cli.check:check",
        "Fetch each source's first discovery page and the newest report linked there.",
    ),
    "crawl": (
        "crawler.cli.crawl:crawl",
        "Crawl every source (or those given) and store new reports and revisions.",
    ),
    "db": ("crawler.cli.db:db", "Create or migrate the database schema."),
    "diff": (
        "crawler.cli.diff:diff",
        "Show what changed between two revisions of a report (unified diff).",
    ),
    "export": (
        "crawler.cli.export:export",
        "Export reports as JSON lines, CSV (dates ISO 8601 with offset) or Parquet (typed).",
    ),
    "extract": (
        "crawler.cli.extract:extract",
        "Extract one saved page (FILE) to JSON, or many with --batch.",
    ),
    "new-source": (
        "crawler.cli.scaffold:new_source",
        "Scaffold the source NAME from example report URLs.",
    ),
    "record": (
        "crawler.cli.scaffold:record",
        "Save the page at URL (status and headers too) under tests/sites/ for replay.",
    ),
    "reports": ("crawler.cli.reports:reports", "List stored reports, newest report date first."),
    "reprocess": (
        "crawler.cli.reprocess:reprocess_command",
        "Re-extract stored reports from their kept pages with the current extractor (no fetching).",
    ),
    "search": (
        "crawler.cli.search:search",
        "Full-text search over stored reports, best match first (one hit per line).",
    ),
    "show": (
        "crawler.cli.reports:show",
        "Show one report: fields, URLs seen, revisions and the text.",
    ),
    "sources": (
        "crawler.cli.sources:sources",
        "List the registered sources, their series, the kind of their recorded site "
        "(reconstructed or recorded) and their last live check (`sitrep check`).",
    ),
    "status": (
        "crawler.cli.status:status",
        "Per-source health over the last nights: status, since when, and why.",
    ),
}


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db_url",
    envvar="SITREP_DATABASE_URL",
    default=None,
    metavar="URL",
    help="Database URL (default: sqlite:///sitrep.db; env SITREP_DATABASE_URL).",
)
@click.version_option(package_name="sitrep")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """sitrep: crawl, clean, deduplicate and keep daily news situation reports."""
    from store.urls import database_url  # not store.database: SQLAlchemy only where it is used

    ctx.obj = {"db_url": database_url(db_url)}


def main() -> None:
    """``sitrep``: every error ends as one line and exit code 2 (``SITREP_DEBUG=1``: traceback);
    Ctrl-C or SIGTERM as the line ``interrupted (SIGINT)`` and 128 + the signal's number."""
    try:
        with stopping_signals_call(raise_interrupted):  # SIGTERM too, not only Ctrl-C
            cli.main(prog_name="sitrep", standalone_mode=True)
    except KeyboardInterrupt as stop:  # outside a command (each command says so itself)
        name, code = signal_of(stop)
        print(f"interrupted ({name})", file=sys.stderr)
        sys.exit(code)
    except Exception as error:
        if debugging():
            raise
        print(f"error: {describe(error)}", file=sys.stderr)
        sys.exit(EXIT_CANNOT_RUN)
