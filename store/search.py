"""Full-text search over reports: SQLite FTS5 (bm25) or PostgreSQL text search (ts_rank).

The query is parsed once (:mod:`.search_syntax`) and rendered for the engine; user text only
ever reaches the database as quoted FTS5 strings or bound parameters. Each search runs under a
time bound that the database enforces: a progress handler on SQLite, ``statement_timeout`` for
the transaction on PostgreSQL (so the server stops too, even if the client is gone).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .models import Report
from .search_syntax import Query, QueryError, fts5_match, parse, tsquery_sql

__all__ = ["Hit", "QueryError", "SearchTimeout", "search_reports"]

DEFAULT_TIMEOUT = 10.0
"""Seconds a search may run before the database stops it."""

_SQLITE = """
SELECT r.id, -bm25(reports_fts, 5.0, 2.0, 1.0) AS score,
       snippet(reports_fts, 2, '[', ']', '…', 12) AS snippet
FROM reports_fts JOIN reports r ON r.id = reports_fts.rowid JOIN sources s ON s.id = r.source_id
WHERE reports_fts MATCH :match {filters}
ORDER BY bm25(reports_fts, 5.0, 2.0, 1.0), r.report_date DESC, r.id
LIMIT :limit
"""
# The generated search_vector uses the report's language's configuration: so does the query.
_CONFIGS = {"fr": "french", "en": "english", "de": "german"}
_POSTGRES = """
WITH hits AS (
  SELECT r.id, r.report_date, r.language, r.body, ts_rank(r.search_vector, {query}, 1) AS score
  FROM reports r JOIN sources s ON s.id = r.source_id
  WHERE ({where}) {filters}
  ORDER BY score DESC, r.report_date DESC, r.id
  LIMIT :limit
)
SELECT r.id, r.score,
       ts_headline({config}, r.body, {query}, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')
FROM hits r ORDER BY r.score DESC, r.report_date DESC, r.id
"""
_SQLITE_STEPS = 100  # virtual-machine instructions between two looks at the clock


class SearchTimeout(RuntimeError):
    """The search ran past its time bound and the database stopped it."""


@dataclass
class Hit:
    """A matching report; ``score`` is its relevance relative to the best hit (1.0)."""

    report: Report
    score: float
    snippet: str


def search_reports(
    session: Session,
    query: str | Query,
    *,
    sources: tuple[str, ...] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 20,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Hit]:
    """Reports matching ``query``, best first.

    Raises :class:`QueryError` for a query that cannot be searched and :class:`SearchTimeout`
    when the search takes longer than ``timeout`` seconds.
    """
    parsed = parse(query) if isinstance(query, str) else query
    if not parsed:
        return []
    filters, params = _filters(sources, since, until)
    params["limit"] = limit
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        template = _SQLITE.format(filters=filters)
        params["match"] = fts5_match(parsed)
        bound = _sqlite_deadline(session, timeout)
    elif dialect == "postgresql":
        template, terms = _postgres_sql(parsed, filters)
        params.update(terms)
        bound = _postgres_deadline(session, timeout)
    else:  # pragma: no cover - only the two supported engines
        raise NotImplementedError(f"full-text search is not available on {dialect}")
    statement = text(template)
    if sources:
        statement = statement.bindparams(bindparam("sources", expanding=True))
    with bound:
        rows = session.execute(statement, params).all()
    reports = {
        r.id: r
        for r in session.scalars(select(Report).where(Report.id.in_([row[0] for row in rows])))
    }
    best = max((float(row[1]) for row in rows), default=0.0)
    return [
        Hit(reports[row[0]], float(row[1]) / best if best > 0 else 0.0, row[2] or "")
        for row in rows
        if row[0] in reports
    ]


def _filters(
    sources: tuple[str, ...], since: dt.date | None, until: dt.date | None
) -> tuple[str, dict[str, Any]]:
    filters: list[str] = []
    params: dict[str, Any] = {}
    if sources:
        filters.append("AND s.slug IN :sources")
        params["sources"] = list(sources)
    if since:
        filters.append("AND r.report_date >= :since")
        params["since"] = since
    if until:
        filters.append("AND r.report_date <= :until")
        params["until"] = until
    return " ".join(filters), params


def _by_language(values: dict[str, str], other: str) -> str:
    cases = " ".join(f"WHEN '{code}' THEN {value}" for code, value in values.items())
    return f"CASE r.language {cases} ELSE {other} END"


def _postgres_sql(query: Query, filters: str) -> tuple[str, dict[str, str]]:
    """The PostgreSQL statement: each report is matched in its own language's configuration."""
    expressions = {code: tsquery_sql(query, config)[0] for code, config in _CONFIGS.items()}
    simple, params = tsquery_sql(query, "simple")
    codes = ", ".join(f"'{code}'" for code in _CONFIGS)
    where = " OR ".join(
        [f"(r.language = '{code}' AND r.search_vector @@ {e})" for code, e in expressions.items()]
        + [f"((r.language IS NULL OR r.language NOT IN ({codes})) AND r.search_vector @@ {simple})"]
    )
    configs = {code: f"'{config}'::regconfig" for code, config in _CONFIGS.items()}
    return _POSTGRES.format(
        query=_by_language(expressions, simple),
        where=where,
        filters=filters,
        config=_by_language(configs, "'simple'::regconfig"),
    ), params


@contextmanager
def _sqlite_deadline(session: Session, timeout: float) -> Iterator[None]:
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    deadline = time.monotonic() + timeout
    expired = False

    def past_deadline() -> int:
        nonlocal expired
        expired = time.monotonic() >= deadline
        return int(expired)

    connection.set_progress_handler(past_deadline, _SQLITE_STEPS)
    try:
        yield
    except OperationalError as error:
        if expired:
            raise SearchTimeout(timeout) from error
        raise
    finally:
        connection.set_progress_handler(None, _SQLITE_STEPS)


@contextmanager
def _postgres_deadline(session: Session, timeout: float) -> Iterator[None]:
    # Local to the transaction the search runs in: the server cancels the statement itself.
    milliseconds = max(1, round(timeout * 1000))
    session.execute(
        text("SELECT set_config('statement_timeout', :ms, true)"), {"ms": str(milliseconds)}
    )
    try:
        yield
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) == "57014":  # query_canceled
            raise SearchTimeout(timeout) from error
        raise
