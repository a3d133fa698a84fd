"""What sitrep last knew of each URL upstream: validators for conditional requests, and which
known report pages are worth asking for again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Insert, Select, bindparam, func, select
from sqlalchemy.orm import Session

from .models import FetchState, Report
from .queries import newest_per_series


@dataclass(frozen=True)
class KnownPage:
    """A URL's last known state: enough to send a conditional request or to skip it."""

    url: str
    kind: str  # discovery | report | not_report
    etag: str | None
    last_modified: str | None
    fetched_at: dt.datetime

    def validators(self) -> dict[str, str]:
        """``If-None-Match`` / ``If-Modified-Since`` headers for a conditional request."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class PageSeen:
    """A page fetched tonight, to be remembered."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


def known_pages(session: Session | Connection, urls: Iterable[str]) -> dict[str, KnownPage]:
    """The last known state of each of ``urls`` that sitrep has seen before (a read-only
    connection will do)."""
    wanted = list(dict.fromkeys(urls))
    found: dict[str, KnownPage] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(_known(), {"urls": wanted[start : start + 500]})
        for url, kind, etag, last_modified, fetched_at in rows:
            found[url] = KnownPage(url, kind, etag, last_modified, fetched_at)
    return found


@lru_cache(maxsize=1)
def _known() -> Select[Any]:
    return select(
        FetchState.url,
        FetchState.kind,
        FetchState.etag,
        FetchState.last_modified,
        FetchState.fetched_at,
    ).where(FetchState.url.in_(bindparam("urls", expanding=True)))


def remember_pages(
    session: Session,
    pages: Iterable[PageSeen],
    *,
    source: str,
    kind: str,
    fetched_at: dt.datetime,
    report_id: int | None = None,
) -> None:
    """Insert or update the state of pages downloaded in full at ``fetched_at`` (one upsert
    statement for all of them; a row keeps its report when none is given)."""
    save_page_rows(
        session,
        page_rows(pages, source=source, kind=kind, fetched_at=fetched_at, report_id=report_id),
    )


def page_rows(
    pages: Iterable[PageSeen],
    *,
    source: str,
    kind: str,
    fetched_at: dt.datetime,
    report_id: int | None = None,
) -> list[dict[str, Any]]:
    """The ``fetch_state`` rows :func:`remember_pages` writes, one per URL."""
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "url": page.url,
            "source": source,
            "kind": kind,
            "etag": page.etag,
            "last_modified": page.last_modified,
            "report_id": report_id,
            "fetched_at": fetched_at,
            "checked_at": now,
        }
        for page in {page.url: page for page in pages}.values()
    ]


def save_page_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Upsert ``fetch_state`` rows (of distinct URLs) in one statement."""
    if rows:
        session.execute(_upsert(session.get_bind().dialect.name), rows)


@lru_cache(maxsize=2)
def _upsert(dialect: str) -> Insert:
    # The dialect's own insert, imported when first needed: a SQLite crawl never loads the
    # PostgreSQL dialects.
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    table = FetchState.__table__
    insert = dialect_insert(table)
    new = insert.excluded
    return insert.on_conflict_do_update(
        index_elements=[table.c.url],
        set_={
            "kind": new.kind,
            "etag": new.etag,
            "last_modified": new.last_modified,
            "report_id": func.coalesce(new.report_id, table.c.report_id),
            "fetched_at": new.fetched_at,
            "checked_at": new.checked_at,
        },
    )


def latest_report_urls(session: Session, source: str, per_series: int) -> list[tuple[str, str]]:
    """``(url, series key)`` of the ``per_series`` newest reports of each of a source's series."""
    if per_series <= 0:
        return []
    newest = newest_per_series(session, source, (Report.url,), per_series)
    return [(url, key) for key, _, url in newest]
