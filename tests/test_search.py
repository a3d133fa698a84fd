"""`sitrep search`: one query syntax on SQLite and PostgreSQL, bounded in words and in time."""

from __future__ import annotations

import json
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from store.search_syntax import MAX_WORDS, QueryError, Term, fts5_match, parse

from .conftest import PG_ADMIN_URL, crawl, postgres_reachable, run_sitrep, sitrep_command

# -- the syntax, parsed once ------------------------------------------------------------------


def test_plain_words_are_anded_and_or_joins_the_terms_beside_it() -> None:
    query = parse("Kharkiv Zelensky OR Zaporijjia")
    assert query.groups == ((Term(("Kharkiv",)),), (Term(("Zelensky",)), Term(("Zaporijjia",))))
    assert fts5_match(query) == '"Kharkiv" AND ("Zelensky" OR "Zaporijjia")'


def test_minus_excludes_and_quotes_make_a_phrase() -> None:
    query = parse('"centrale nucléaire" -Zelensky -"Volodymyr Zelensky"')
    assert query.groups == ((Term(("centrale", "nucléaire")),),)
    assert query.excluded == (Term(("Zelensky",)), Term(("Volodymyr", "Zelensky")))
    assert fts5_match(query) == ('(("centrale nucléaire") NOT "Zelensky") NOT "Volodymyr Zelensky"')


@pytest.mark.parametrize(
    "hostile",
    ['"', "Kharkiv OR", "OR Kharkiv", "'; drop table reports; --", "NEAR(a b)", "*", "a:b", "^x"],
)
def test_user_text_only_reaches_fts5_as_quoted_words(hostile: str) -> None:
    expression = fts5_match(parse(hostile))
    outside_quotes = expression.split('"')[::2]
    assert all(set(part) <= set("() ANDORNT") for part in outside_quotes), expression


def test_a_query_that_only_excludes_or_has_too_many_words_is_refused() -> None:
    with pytest.raises(QueryError, match="only excludes"):
        parse("-Zelensky")
    parse(" ".join(f"w{i}" for i in range(MAX_WORDS)))
    with pytest.raises(QueryError, match=f"at most {MAX_WORDS}"):
        parse(" ".join(f"w{i}" for i in range(MAX_WORDS + 1)))


# -- the command, on both engines -------------------------------------------------------------


@pytest.fixture(scope="module")
def sqlite_crawled(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('search') / 'sitrep.db'}"
    result = crawl(url)
    assert result.code == 0, result.stderr[-3000:]
    return url


@pytest.fixture(scope="module")
def postgres_crawled() -> Iterator[str]:
    """One replay crawl into a throwaway database on the real PostgreSQL server."""
    if not postgres_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI but unreachable at {PG_ADMIN_URL}")
        pytest.skip(f"no PostgreSQL server at {PG_ADMIN_URL}")
    name = f"sitrep_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        result = crawl(url)
        assert result.code == 0, result.stderr[-3000:]
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def crawled_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"{request.param}_crawled")


def hits(url: str, *query: str) -> list[dict]:
    result = run_sitrep("search", "--json", "--limit", "1000", *query, db_url=url)
    assert result.code == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def found(url: str, *query: str) -> set[tuple[str, str]]:
    return {(h["source"], h["report_date"]) for h in hits(url, *query)}


def test_or_finds_reports_with_either_word(crawled_url: str) -> None:
    kharkiv, zaporijjia = found(crawled_url, "Kharkiv"), found(crawled_url, "Zaporijjia")
    assert kharkiv - zaporijjia and zaporijjia - kharkiv
    assert found(crawled_url, "Zaporijjia OR Kharkiv") == kharkiv | zaporijjia
    assert found(crawled_url, "Kharkiv Zaporijjia") == kharkiv & zaporijjia


def test_minus_excludes_reports_with_the_word(crawled_url: str) -> None:
    kharkiv, zelensky = found(crawled_url, "Kharkiv"), found(crawled_url, "Zelensky")
    without = found(crawled_url, "--", "Kharkiv -Zelensky")
    assert without and without == kharkiv - zelensky


def test_a_phrase_needs_its_words_together(crawled_url: str) -> None:
    phrase = hits(crawled_url, '"centrale nucléaire"')
    assert phrase
    assert {(h["source"], h["report_date"]) for h in phrase} <= found(
        crawled_url, "centrale nucléaire"
    )
    assert not found(crawled_url, '"nucléaire centrale"')


def test_both_engines_find_the_same_reports(sqlite_crawled: str, postgres_crawled: str) -> None:
    for query in (
        "Kharkiv",
        "Zaporijjia OR Kharkiv",
        "Kharkiv -Zelensky",
        '"centrale nucléaire"',
        "Dnipro OR Kharkiv -Patriot",
        "l'Otan Zelensky",
    ):
        assert found(sqlite_crawled, query) == found(postgres_crawled, query), query


def test_scores_rank_the_hits_relative_to_the_best(crawled_url: str) -> None:
    scores = [h["score"] for h in hits(crawled_url, "Kharkiv")]
    assert scores[0] == 1.0
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) > len(scores) / 2 and all(s > 0 for s in scores)
    table = run_sitrep("search", "Kharkiv", db_url=crawled_url).stdout.splitlines()
    assert table[0].split("\t")[3] == "1.000"
    assert len({line.split("\t")[3] for line in table}) > 1


def test_no_match_is_said_on_stderr(crawled_url: str) -> None:
    result = run_sitrep("search", "Antananarivo", db_url=crawled_url)
    assert (result.code, result.stdout) == (0, "")
    assert result.stderr.strip() == "no report matches 'Antananarivo'"


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_too_many_words_or_only_exclusions_exit_2(crawled_url: str) -> None:
    long = " ".join(["Kharkiv"] * 500)
    result = run_sitrep("search", long, db_url=crawled_url)
    assert result.code == 2
    assert f"500 words; at most {MAX_WORDS}" in one_error_line(result.stderr)
    result = run_sitrep("search", "--", "-Zelensky", db_url=crawled_url)
    assert result.code == 2
    assert "only excludes" in one_error_line(result.stderr)


def test_the_syntax_is_in_the_help() -> None:
    result = run_sitrep("search", "--help")
    for example in ("Kharkiv OR Odesa", "-Zelensky", '"centrale nucléaire"', "--timeout"):
        assert example in result.stdout


def test_sqlite_stops_a_search_past_its_time_bound(sqlite_crawled: str) -> None:
    query = " OR ".join(["Kharkiv", "Zaporijjia", "Zelensky", "Patriot", "drones", "Otan"])
    result = run_sitrep("search", query, "--timeout", "0.000001", db_url=sqlite_crawled)
    assert result.code == 2, result.stderr
    assert "ran longer than 1e-06 s" in one_error_line(result.stderr)
    assert result.stdout == ""


@pytest.fixture
def reports_locked(postgres_crawled: str) -> Iterator[str]:
    """Another session holds an exclusive lock on reports: any search waits until stopped."""
    engine = create_engine(postgres_crawled)
    with engine.connect() as connection:
        connection.execute(text("LOCK TABLE reports IN ACCESS EXCLUSIVE MODE"))
        yield postgres_crawled
        connection.rollback()
    engine.dispose()


def searches_on_server(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND query LIKE '%phraseto_tsquery%' "
                    "AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
    finally:
        engine.dispose()


def test_postgresql_stops_a_search_past_its_time_bound(reports_locked: str) -> None:
    result = run_sitrep("search", "Kharkiv", "--timeout", "0.5", db_url=reports_locked)
    assert result.code == 2, result.stderr
    assert "ran longer than 0.5 s and was stopped" in one_error_line(result.stderr)


def test_the_server_stops_the_search_of_a_killed_client(reports_locked: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DATABASE_URL"}
    client = subprocess.Popen(
        sitrep_command("search", "Kharkiv", "--timeout", "2", db_url=reports_locked),
        env=env,
        cwd=Path(__file__).parent.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: searches_on_server(reports_locked) == 1), "search never started"
    finally:
        client.kill()
        client.wait()
    # The lock is still held: only the statement timeout can end the server's side.
    assert wait_for(lambda: searches_on_server(reports_locked) == 0)


def wait_for(condition, limit: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll ``condition`` until true (a generous safety limit, not a speed check)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
