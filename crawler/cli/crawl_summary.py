"""The run summary of ``sitrep crawl``: as JSON, as a table, and as its last line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crawler.run_summary import COLUMNS, HEALTHY

from .console import make_table, source_line, styled

if TYPE_CHECKING:
    from rich.console import Console


def print_table(console: Console, summary: dict[str, Any]) -> None:
    """The table per source, then up to five failures of each."""
    table = make_table(["source", *COLUMNS], title=f"crawl run {summary['run_id']}")
    for column in table.columns[2:]:
        column.justify = "right"
    for row in summary["sources"]:
        style = "green" if row["status"] in HEALTHY else "red"
        table.add_row(
            row["source"],
            *(
                styled((str(row.get("status")), style)) if c == "status" else str(row.get(c, 0))
                for c in COLUMNS
            ),
        )
    console.print(table)
    for row in summary["sources"]:
        failures = row.get("failures", [])
        for failure in failures[:5]:
            url = failure.get("url") or ""
            console.print(
                source_line(row["source"], f"{url}{' ' if url else ''}{failure.get('reason', '')}")
            )
        if len(failures) > 5:
            console.print(source_line(row["source"], f"… {len(failures) - 5} more failures"))


def summary_line(summary: dict[str, Any]) -> str:
    """The run in one line: its status, how many sources failed, what was stored."""
    rows = summary["sources"]
    failed = sum(1 for row in rows if row["status"] not in HEALTHY)
    totals = {c: sum(row.get(c, 0) for row in rows) for c in ("new", "revised", "errors")}
    return (
        f"crawl run {summary['run_id']} {summary['status']}: {len(rows)} sources, "
        f"{failed} failed; {totals['new']} new, {totals['revised']} revised, "
        f"{totals['errors']} errors; database {summary['database']}"
    )
