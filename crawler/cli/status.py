"""``sitrep status``: per-source health over the last nights, from the crawl ledger."""

from __future__ import annotations

import json

import click

from .console import make_console, make_table, source_line, styled
from .context import ready_database

# Drift a healthy night may still show: the source file needs fixing.
SOURCE_FILE_DRIFT = ("url pattern drift", "selector drift")


@click.command()
@click.option("--nights", default=7, show_default=True, help="How many recent runs to look at.")
@click.option(
    "--json", "as_json", is_flag=True, help="A JSON list with each source and its latest status."
)
@click.pass_obj
def status(obj: dict, nights: int, as_json: bool) -> None:
    """Per-source health over the last nights: status, since when, and why."""
    from store.health import HEALTHY, source_health

    database = ready_database(obj["db_url"])
    health = source_health(database, nights)
    if as_json:
        click.echo(json.dumps(health, indent=2, ensure_ascii=False))
        return
    table = make_table(
        ("source", "status", "since", "last ok", "history (newest first)"),
        wrap=("history (newest first)",),
    )
    for row in health:
        style = "green" if row["status"] in HEALTHY else "red"
        table.add_row(
            row["slug"],
            styled((row["status"], style)),
            (row["since"] or "-")[:16],
            (row["last_ok_at"] or "never")[:16],
            " ".join(row["history"]),
        )
    console = make_console()
    console.print(table)
    for row in health:
        for reason in row["reasons"]:
            # A healthy night may still have found reports where the source did not expect
            # them, or read them without a stale selector: the source file needs fixing
            # before the fallback stops working.
            if row["status"] not in HEALTHY or reason.startswith(SOURCE_FILE_DRIFT):
                console.print(source_line(row["slug"], reason))
