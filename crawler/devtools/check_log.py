"""Source checks kept in the database (table ``source_checks``), and the last live one per source.

``sitrep check`` writes one row per source it checked: live checks always (unless
``--no-record``), replay checks only with ``--record`` (flagged ``replay``). ``sitrep
sources`` shows the newest live check that found a report as "last live check".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from store.checks import add_source_checks, last_live_checks
from store.database import Database

from .check import SourceCheck

__all__ = ["check_summary", "last_live_checks", "record_checks", "shown"]


def check_summary(check: SourceCheck) -> dict[str, Any]:
    """What a row keeps of a check: the report found, missing fields, drift and problems."""
    report = check.report or {}
    fields = report.get("fields", {})
    summary: dict[str, Any] = {
        "report_url": report.get("url"),
        "report_date": fields.get("report_date", {}).get("value"),
        "missing": [name for name, f in fields.items() if f["status"] != "OK"],
        "problems": list(check.problems),
    }
    drift = getattr(check, "drift", None)
    if drift is not None:
        summary["drift"] = list(drift)
    return summary


def record_checks(
    database: Database, checks: list[SourceCheck], *, replay: bool, when: dt.datetime
) -> None:
    """Add one row per check, in one transaction."""
    add_source_checks(
        database,
        [(check.source, check.ok, check_summary(check)) for check in checks],
        replay=replay,
        when=when,
    )


def shown(when: dt.datetime | None) -> str:
    """How a last live check reads in a table: ``2024-04-08 03:10 UTC`` or ``never``."""
    return when.strftime("%Y-%m-%d %H:%M UTC") if when else "never"
