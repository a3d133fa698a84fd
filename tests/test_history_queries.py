"""What a night reads of a source's history: the newest reports only, whatever its length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from store.database import Database
from store.fetch_state import latest_report_urls
from store.models import Report, Series, SourceRow
from store.runs import recent_reports

FIRST_DAY = dt.date(2016, 1, 1)


def _source(session, slug: str, series_keys: tuple[str, ...]) -> dict[str, Series]:
    source = SourceRow(
        slug=slug,
        name=slug,
        homepage=f"https://{slug}.example/",
        language="fr",
        timezone="Europe/Paris",
    )
    session.add(source)
    series = {key: Series(source=source, key=key, name=key) for key in series_keys}
    session.add_all(series.values())
    session.flush()
    return series


def _report(series: Series, day: dt.date) -> Report:
    url = f"https://{series.source.slug}.example/{series.key}/{day.isoformat()}"
    return Report(
        source_id=series.source_id,
        series_id=series.id,
        report_date=day,
        url=url,
        title=f"{series.key} {day}",
        body=f"{series.key} {day}",
        content_hash=url,
    )


def _history(url: str) -> Database:
    """A source with two series (the morning one every day, the evening one every third day)
    and a neighbour whose reports are all newer."""
    database = Database(url)
    database.upgrade()
    with database.session() as session:
        ours = _source(session, "ours", ("morning", "evening"))
        theirs = _source(session, "theirs", ("morning",))
        for offset in range(400):
            day = FIRST_DAY + dt.timedelta(days=offset)
            session.add(_report(ours["morning"], day))
            if offset % 3 == 0:
                session.add(_report(ours["evening"], day))
            session.add(_report(theirs["morning"], day + dt.timedelta(days=1000)))
        session.commit()
    return database


@pytest.fixture
def history(db_url: str) -> Iterator[Database]:
    database = _history(db_url)
    yield database
    database.engine.dispose()


def test_recent_reports_are_the_newest_across_series(history: Database) -> None:
    with history.session() as session:
        rows = recent_reports(session, "ours", 30)
    bodies = [body for body, _, _, _ in rows]
    last = FIRST_DAY + dt.timedelta(days=399)
    expected = []
    for back in range(400):
        day = last - dt.timedelta(days=back)
        expected.append(f"morning {day}")
        if (day - FIRST_DAY).days % 3 == 0:
            expected.append(f"evening {day}")
    assert len(bodies) == 30
    assert [b.split()[1] for b in bodies] == sorted((b.split()[1] for b in bodies), reverse=True)
    assert sorted(bodies) == sorted(expected[:30])


def test_latest_report_urls_are_the_newest_of_each_series(history: Database) -> None:
    with history.session() as session:
        urls = latest_report_urls(session, "ours", 2)
    last = FIRST_DAY + dt.timedelta(days=399)
    assert sorted(urls) == sorted(
        [
            (f"https://ours.example/morning/{last}", "morning"),
            (f"https://ours.example/morning/{last - dt.timedelta(days=1)}", "morning"),
            (f"https://ours.example/evening/{last}", "evening"),  # 399 = 3 x 133
            (f"https://ours.example/evening/{last - dt.timedelta(days=3)}", "evening"),
        ]
    )
    with history.session() as session:
        assert recent_reports(session, "nobody", 30) == []
        assert latest_report_urls(session, "nobody", 2) == []


def test_history_reads_stop_after_the_newest_rows(sqlite_url: str) -> None:
    """Every statement walks an index in date order: none sorts the source's whole history."""
    database = _history(sqlite_url)
    statements: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", remember)
    with database.session() as session:
        recent_reports(session, "ours", 30)
        latest_report_urls(session, "ours", 2)
    event.remove(database.engine, "before_cursor_execute", remember)
    assert statements
    with database.engine.connect() as connection:
        for statement, parameters in statements:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            details = " | ".join(row[-1] for row in plan)
            assert "TEMP B-TREE" not in details, (statement, details)
            if "FROM reports" in statement:
                assert "(source_id=? AND series_id=?)" in details, details
    database.engine.dispose()
