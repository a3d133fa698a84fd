"""The ``sitrep`` command line."""

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
from store.database import database_url

from .check import check
from .crawl import crawl
from .db import db
from .diff import diff
from .errors import debugging, describe, guard
from .export import export
from .extract import extract
from .reports import reports, show
from .reprocess import reprocess_command
from .scaffold import new_source, record
from .search import search
from .sources import sources
from .status import status

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    ctx.obj = {"db_url": database_url(db_url)}


for command in (
    crawl,
    status,
    reports,
    show,
    diff,
    search,
    export,
    reprocess_command,
    sources,
    db,
    extract,
):
    cli.add_command(guard(command))

for command in (new_source, record, check):  # adding and checking sources
    cli.add_command(guard(command))


def main() -> None:
    """``sitrep``: every error ends as one line and exit code 2 (``SITREP_DEBUG=1``: traceback)."""
    try:
        cli.main(prog_name="sitrep", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        sys.exit(130)
    except Exception as error:
        if debugging():
            raise
        print(f"error: {describe(error)}", file=sys.stderr)
        sys.exit(EXIT_CANNOT_RUN)
