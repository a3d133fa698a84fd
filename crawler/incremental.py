"""Incremental crawling: which discovered pages to download, revalidate or leave alone tonight.

A steady night costs one conditional request per discovery page: unchanged feeds,
sitemaps and listings answer 304 and are not parsed. Known report pages are not
asked for again unless discovery says they changed since sitrep last downloaded them
(a later ``lastmod``/``pubDate``), they are among the ``SITREP_REVISIT_LATEST`` newest
reports of their series (for runs made while reports are still being corrected), or the
crawl is a refresh.
Revalidation is a conditional request; a 304 costs no download. Links dated long
before the rest of their discovery page, or outside a backfill's window, are not
followed at all; and a backfill stores only the reports whose report date is in its
window (:meth:`IncrementalPolicy.wanted`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from store.fetch_state import KnownPage


class Decision(StrEnum):
    FETCH = "fetch"  # never seen: download it
    REVALIDATE = "revalidate"  # known: conditional request
    SKIP = "skip"  # known and unchanged as far as discovery tells
    TOO_OLD = "too_old"  # dated before the crawl window
    TOO_NEW = "too_new"  # published after a backfill's last day


@dataclass(frozen=True)
class IncrementalPolicy:
    """The settings that decide what a night fetches (see ``crawler/settings.py``)."""

    refresh: bool = False
    since: dt.date | None = None
    until: dt.date | None = None
    revisit_latest: int = 0
    max_reports: int = 200
    window_days: int = 30

    @classmethod
    def from_settings(cls, settings: Any) -> IncrementalPolicy:
        return cls(
            refresh=settings.getbool("SITREP_REFRESH"),
            since=_date(settings.get("SITREP_SINCE")),
            until=_date(settings.get("SITREP_UNTIL")),
            revisit_latest=settings.getint("SITREP_REVISIT_LATEST"),
            max_reports=settings.getint("SITREP_MAX_REPORTS_PER_SOURCE"),
            window_days=settings.getint("SITREP_DISCOVERY_WINDOW_DAYS"),
        )

    @property
    def conditional_discovery(self) -> bool:
        """Discovery pages are asked for conditionally, except in refreshes and backfills."""
        return not self.refresh and self.since is None

    def oldest_wanted(self, newest_on_page: dt.datetime | None) -> dt.date | None:
        """Links dated before this day are left alone: the backfill's first day, else
        ``window_days`` before the newest link of the same discovery page (news sitemaps
        can carry articles from years ago)."""
        if self.since is not None:
            return self.since
        if newest_on_page is None or self.window_days <= 0:
            return None
        return newest_on_page.date() - dt.timedelta(days=self.window_days)

    def decide(
        self,
        known: KnownPage | None,
        published: dt.datetime | None,
        modified: dt.datetime | None,
        oldest: dt.date | None = None,
    ) -> Decision:
        """What to do with a report link that discovery dated ``published``/``modified``."""
        oldest = oldest or self.since
        # A link is as recent as its latest date: an old report updated tonight is news again.
        changed = max((d for d in (published, modified) if d), default=None)
        if oldest and changed and changed.date() < oldest:
            return Decision.TOO_OLD
        # A report can be published the day after the one it reports on: one day of margin.
        if self.until and published and published.date() > self.until + dt.timedelta(days=1):
            return Decision.TOO_NEW
        if known is None:
            return Decision.FETCH
        if self.refresh:
            return Decision.REVALIDATE
        if changed is not None and changed > known.fetched_at:
            return Decision.REVALIDATE
        return Decision.SKIP

    def wanted(self, report_date: dt.date | None) -> bool:
        """Whether a report of ``report_date`` belongs to this crawl: any, unless a backfill's
        ``since``/``until`` leave it out."""
        if report_date is None:
            return True
        if self.since is not None and report_date < self.since:
            return False
        return self.until is None or report_date <= self.until

    def archive_days(self, today: dt.date) -> list[dt.date]:
        """The days a backfill visits archive pages for, newest first."""
        if self.since is None:
            return []
        last = min(self.until or today, today)
        days = (last - self.since).days
        return [last - dt.timedelta(days=n) for n in range(days + 1)]


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
