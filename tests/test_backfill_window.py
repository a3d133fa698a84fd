"""A backfill stores the reports of its window only, and a source with nothing in the
window is healthy (``no_new_report``), not an error."""

from __future__ import annotations

import datetime as dt
import json

from crawler.incremental import Decision, IncrementalPolicy

from .conftest import SITES, crawl, query

SINCE, UNTIL = "2024-04-05", "2024-04-06"


def test_a_backfill_stores_its_window_and_nothing_else(sqlite_url: str) -> None:
    result = crawl(sqlite_url, SITES, "--json", "--since", SINCE, "--until", UNTIL)
    assert result.code == 0, result.stdout[-3000:] + result.stderr[-3000:]
    rows = json.loads(result.stdout)["sources"]
    assert {row["status"] for row in rows} <= {"ok", "no_new_report"}
    assert all(row["errors"] == 0 and not row["failures"] for row in rows)
    assert any(row["status"] == "no_new_report" and row["new"] == 0 for row in rows)
    dates = {date for (date,) in query(sqlite_url, "select report_date from reports")}
    assert dates == {SINCE, UNTIL}
    # Reports fetched but dated outside the window are counted as skipped, not stored.
    assert sum(row["skipped"] for row in rows) > 0


def test_links_published_after_the_window_are_left_for_later() -> None:
    policy = IncrementalPolicy(since=dt.date(2024, 4, 5), until=dt.date(2024, 4, 6))
    at = dt.datetime(2024, 4, 8, 6, tzinfo=dt.UTC)
    assert policy.decide(None, at, None) is Decision.TOO_NEW
    # A report may come out the morning after its day.
    assert policy.decide(None, at - dt.timedelta(days=1), None) is Decision.FETCH
    assert [policy.wanted(dt.date(2024, 4, d)) for d in (4, 5, 6, 7)] == [
        False,
        True,
        True,
        False,
    ]
    assert IncrementalPolicy().wanted(dt.date(1999, 1, 1))
