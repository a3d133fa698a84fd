"""Full-text search over reports: SQLite FTS5 (bm25) or PostgreSQL text search (ts_rank).

The user's query is never spliced into SQL: on SQLite each word becomes a quoted
FTS5 phrase passed as a bound parameter; on PostgreSQL ``websearch_to_tsquery``
parses the bound text in the French, English, German and simple configurations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from .models import Report

_WORD = re.compile(r"\w+", re.UNICODE)

_SQLITE = """
SELECT r.id, -bm25(reports_fts, 5.0, 2.0, 1.0) AS score,
       snippet(reports_fts, 2, '[', ']', '…', 12) AS snippet
FROM reports_fts JOIN reports r ON r.id = reports_fts.rowid JOIN sources s ON s.id = r.source_id
WHERE reports_fts MATCH :match {filters}
ORDER BY bm25(reports_fts, 5.0, 2.0, 1.0), r.report_date DESC, r.id
LIMIT :limit
"""
_POSTGRES = """
WITH q AS (
  SELECT websearch_to_tsquery('french', :query) || websearch_to_tsquery('english', :query)
      || websearch_to_tsquery('german', :query) || websearch_to_tsquery('simple', :query) AS query
)
SELECT r.id, ts_rank(r.search_vector, q.query) AS score,
       ts_headline('simple', r.body, q.query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet
FROM reports r JOIN sources s ON s.id = r.source_id, q
WHERE r.search_vector @@ q.query {filters}
ORDER BY score DESC, r.report_date DESC, r.id
LIMIT :limit
"""


@dataclass
class Hit:
    report: Report
    score: float
    snippet: str


def fts5_query(query: str) -> str:
    """Every word of the user's query as a quoted FTS5 phrase (all must match)."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


def search_reports(
    session: Session,
    query: str,
    *,
    sources: tuple[str, ...] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Reports matching ``query``, best first."""
    if not _WORD.search(query):
        return []
    filters, params = [], {"limit": limit}
    if sources:
        filters.append("AND s.slug IN :sources")
        params["sources"] = list(sources)
    if since:
        filters.append("AND r.report_date >= :since")
        params["since"] = since
    if until:
        filters.append("AND r.report_date <= :until")
        params["until"] = until
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        template, params["match"] = _SQLITE, fts5_query(query)
    elif dialect == "postgresql":
        template, params["query"] = _POSTGRES, query
    else:  # pragma: no cover - only the two supported engines
        raise NotImplementedError(f"full-text search is not available on {dialect}")
    # Only fixed fragments are formatted in; every value is a bound parameter.
    statement = text(template.format(filters=" ".join(filters)))
    if sources:
        statement = statement.bindparams(bindparam("sources", expanding=True))
    rows = session.execute(statement, params).all()
    reports = {
        r.id: r
        for r in session.scalars(select(Report).where(Report.id.in_([row[0] for row in rows])))
    }
    return [Hit(reports[row[0]], float(row[1]), row[2] or "") for row in rows if row[0] in reports]
