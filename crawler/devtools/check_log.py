"""Source checks kept in the database (table ``source_checks``), and the last live one per source.

``sitrep check`` writes one row per source it checked: live checks always (unless
``--no-record``), replay checks only with ``--record`` (flagged ``replay``). ``sitrep
sources`` shows the newest live check that found a report as "last live check".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, inspect, select

from store.database import Database, NoDatabase
from store.models import SourceCheckRecord

from .check import SourceCheck

TABLE = SourceCheckRecord.__tablename__


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
    with database.session() as session:
        session.add_all(
            SourceCheckRecord(
                source=check.source,
                checked_at=when,
                ok=check.ok,
                replay=replay,
                summary=check_summary(check),
            )
            for check in checks
        )


def last_live_checks(database: Database) -> dict[str, dt.datetime]:
    """Source slug -> when its newest live check found a report.

    Empty when there is no database file yet or its schema has no checks table (nothing
    was ever recorded there); other database errors are raised.
    """
    try:
        with database.engine.connect() as connection:
            if not inspect(connection).has_table(TABLE):
                return {}
    except NoDatabase:
        return {}
    query = (
        select(SourceCheckRecord.source, func.max(SourceCheckRecord.checked_at))
        .where(SourceCheckRecord.ok.is_(True), SourceCheckRecord.replay.is_(False))
        .group_by(SourceCheckRecord.source)
    )
    with database.session() as session:
        rows = session.execute(query).all()
    return {source: _aware(when) for source, when in rows}


def _aware(when: dt.datetime | str) -> dt.datetime:
    """``max()`` bypasses the column type on SQLite: a naive UTC value or a string comes back."""
    if isinstance(when, str):
        when = dt.datetime.fromisoformat(when)
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def shown(when: dt.datetime | None) -> str:
    """How a last live check reads in a table: ``2024-04-08 03:10 UTC`` or ``never``."""
    return when.strftime("%Y-%m-%d %H:%M UTC") if when else "never"
