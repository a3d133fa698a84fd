"""Source checks (table ``source_checks``): each ``sitrep check`` of a source, and the last
live one that found a report."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, inspect, select

from .database import Database, NoDatabase
from .models import SourceCheckRecord

TABLE = SourceCheckRecord.__tablename__


def add_source_checks(
    database: Database,
    checks: list[tuple[str, bool, dict[str, Any]]],
    *,
    replay: bool,
    when: dt.datetime,
) -> None:
    """One row per ``(source, ok, summary)``, in one transaction."""
    with database.session() as session:
        session.add_all(
            SourceCheckRecord(source=source, checked_at=when, ok=ok, replay=replay, summary=summary)
            for source, ok, summary in checks
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
