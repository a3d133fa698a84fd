"""Incremental nights: conditional requests, known pages left alone, revisits, caps, backfills."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.incremental import Decision, IncrementalPolicy
from crawler.replay import ReplayServer
from crawler.sources import all_sources, get_source
from store.database import Database
from store.fetch_state import KnownPage

from .conftest import (
    CORE,
    FAST,
    SITES,
    crawl,
    crawl_served,
    fixture_path,
    manifest_reports,
    query,
    run_sitrep,
)
from .golden_check import golden_for

NOW = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)


def night(
    db_url: str, sites: Path, *extra: str, sources: tuple[str, ...] = ()
) -> tuple[dict, list]:
    """One crawl; the JSON summary and the answers the replay server sent."""
    result, answers = crawl_served(sites, db_url, *extra, sources=sources)
    assert result.code in (0, 1), result.stderr[-3000:]
    return json.loads(result.stdout), answers


def by_source(summary: dict) -> dict[str, dict]:
    return {row["source"]: row for row in summary["sources"]}


def discovery_paths() -> set[str]:
    """Replay paths of every source's feeds, sitemaps and listings."""
    paths = set()
    for source in all_sources():
        for url in source.start_urls:
            parts = urlsplit(url)
            paths.add(f"/{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else ""))
    return paths


# -- the policy ------------------------------------------------------------------------------


def known(fetched_at: dt.datetime = NOW) -> KnownPage:
    return KnownPage("https://x.fr/a", "report", '"abc"', None, fetched_at)


@pytest.mark.parametrize(
    ("policy", "page", "published", "modified", "expected"),
    [
        (IncrementalPolicy(), None, None, None, Decision.FETCH),
        (IncrementalPolicy(), known(), None, None, Decision.SKIP),
        (IncrementalPolicy(), known(), NOW - dt.timedelta(days=1), None, Decision.SKIP),
        (IncrementalPolicy(), known(), NOW - dt.timedelta(days=1), NOW, Decision.SKIP),
        (
            IncrementalPolicy(),
            known(),
            NOW - dt.timedelta(days=1),
            NOW + dt.timedelta(minutes=5),
            Decision.REVALIDATE,
        ),
        (IncrementalPolicy(refresh=True), known(), None, None, Decision.REVALIDATE),
        (
            IncrementalPolicy(since=dt.date(2026, 11, 20)),
            None,
            NOW - dt.timedelta(days=10),
            None,
            Decision.TOO_OLD,
        ),
        (IncrementalPolicy(since=dt.date(2026, 11, 20)), None, None, None, Decision.FETCH),
        (  # published before the window, but modified since: its latest date counts
            IncrementalPolicy(since=dt.date(2026, 11, 20)),
            known(NOW - dt.timedelta(days=30)),
            NOW - dt.timedelta(days=40),
            NOW - dt.timedelta(days=1),
            Decision.REVALIDATE,
        ),
    ],
)
def test_policy_decides_per_link(
    policy: IncrementalPolicy,
    page: KnownPage | None,
    published: dt.datetime | None,
    modified: dt.datetime | None,
    expected: Decision,
) -> None:
    assert policy.decide(page, published, modified) is expected


def test_backfill_days_run_newest_first_and_stop_at_today() -> None:
    policy = IncrementalPolicy(since=dt.date(2024, 4, 5), until=dt.date(2024, 4, 7))
    assert policy.archive_days(dt.date(2026, 1, 1)) == [
        dt.date(2024, 4, 7),
        dt.date(2024, 4, 6),
        dt.date(2024, 4, 5),
    ]
    assert IncrementalPolicy(since=dt.date(2026, 1, 2)).archive_days(dt.date(2026, 1, 1)) == []
    assert IncrementalPolicy().archive_days(dt.date(2026, 1, 1)) == []
    assert not IncrementalPolicy(since=dt.date(2024, 4, 5)).conditional_discovery
    ladepeche = get_source("ladepeche")
    assert ladepeche.archive_urls([dt.date(2024, 4, 5)]) == [
        "https://www.ladepeche.fr/articles/2024/04/05"
    ]


# -- nights against the replay -----------------------------------------------------------------


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_steady_night_revalidates_discovery_and_downloads_no_report(db_url: str) -> None:
    first, _ = night(db_url, SITES)
    assert first["status"] == "ok"
    second, answers = night(db_url, SITES)
    rows = by_source(second)
    assert {row["status"] for row in rows.values()} == {"no_new_report"}
    assert sum(row["new"] + row["revised"] + row["unchanged"] for row in rows.values()) == 0

    discovery = discovery_paths()
    # Each discovery page once, answered 304; no report page asked for.
    discovery_answers = [(p, s) for p, s in answers if p in discovery]
    assert sorted(p for p, _ in discovery_answers) == sorted(discovery)
    assert {s for _, s in discovery_answers} == {304}
    others = [(p, s) for p, s in answers if p not in discovery and not p.endswith("/robots.txt")]
    assert others == []
    assert sum(row["not_modified"] + row["skipped"] for row in rows.values()) == 0

    # Revalidating each series' newest report costs a 304 each, and no download.
    third, answers = night(db_url, SITES, "--set", "SITREP_REVISIT_LATEST=1")
    revisits = [(p, s) for p, s in answers if p not in discovery and not p.endswith("robots.txt")]
    series = sum(len(s.series) for s in all_sources())
    assert len(revisits) == series and {s for _, s in revisits} == {304}
    assert sum(row["not_modified"] for row in third["sources"]) == series
    ledger = query(
        db_url,
        "select count(*) from source_runs where run_id = "
        f"{second['run_id']} and status = 'no_new_report'",
    )
    assert ledger == [(len(all_sources()),)]


def newest(source: str) -> dict:
    return max(manifest_reports(source), key=lambda r: r["report_date"])


def oldest(source: str) -> dict:
    return min(manifest_reports(source), key=lambda r: r["report_date"])


def correct(sites: Path, report: dict) -> None:
    """Edit a report's last paragraph upstream, as an outlet's correction would."""
    page = fixture_path(sites, report["url"])
    last = golden_for(report["source"], report["report_date"])["expected"]["last_paragraph"]
    html = page.read_text("utf-8")
    assert last[:60] in html
    page.write_text(html.replace(last[:60], "Correction : " + last[:60]), "utf-8")


def revised_reports(db_url: str) -> list[tuple[str, str]]:
    exported = run_sitrep("export", db_url=db_url).stdout.splitlines()
    return sorted(
        (r["source"], r["report_date"])
        for r in map(json.loads, exported)
        if r["revisions"] > 1 and "Correction : " in r["body"]
    )


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_correction_to_the_newest_report_becomes_exactly_one_revision(
    db_url: str, sites_copy: Path
) -> None:
    assert crawl(db_url, sites_copy, sources=CORE).code == 0
    target = newest("lindependant")
    correct(sites_copy, target)
    revisit = ("--set", "SITREP_REVISIT_LATEST=1")
    second, _ = night(db_url, sites_copy, *revisit, sources=CORE)
    rows = by_source(second)
    assert rows["lindependant"]["revised"] == 1
    assert sum(r["revised"] + r["new"] for r in rows.values()) == 1
    assert revised_reports(db_url) == [("lindependant", target["report_date"])]
    third, _ = night(db_url, sites_copy, *revisit, sources=CORE)
    assert sum(r["revised"] + r["new"] for r in third["sources"]) == 0


def test_older_report_is_refetched_when_its_sitemap_lastmod_moves(
    sqlite_url: str, sites_copy: Path
) -> None:
    assert crawl(sqlite_url, sites_copy, sources=("midilibre",)).code == 0
    target = oldest("midilibre")
    correct(sites_copy, target)
    sitemap = sites_copy / "www.midilibre.fr" / "sitemap-news.xml"
    xml = sitemap.read_text("utf-8")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat(timespec="seconds")
    loc = f"<loc>{target['url']}</loc>"
    assert loc in xml
    sitemap.write_text(xml.replace(loc, f"{loc}\n    <lastmod>{later}</lastmod>"), "utf-8")
    summary, answers = night(sqlite_url, sites_copy, sources=("midilibre",))
    row = by_source(summary)["midilibre"]
    assert (row["new"], row["revised"]) == (0, 1)
    assert revised_reports(sqlite_url) == [("midilibre", target["report_date"])]
    downloads = [p for p, s in answers if s == 200 and not p.endswith(("robots.txt", ".xml", "/"))]
    assert downloads == [f"/www.midilibre.fr{urlsplit(target['url']).path}"]


def test_quiet_correction_waits_for_a_refresh(sqlite_url: str, sites_copy: Path) -> None:
    """A change no discovery page mentions is found by `crawl --refresh`, not on a normal night."""
    assert crawl(sqlite_url, sites_copy, sources=("midilibre",)).code == 0
    target = oldest("midilibre")
    correct(sites_copy, target)
    quiet, _ = night(sqlite_url, sites_copy, sources=("midilibre",))
    assert by_source(quiet)["midilibre"]["revised"] == 0
    refresh, _ = night(sqlite_url, sites_copy, "--refresh", sources=("midilibre",))
    row = by_source(refresh)["midilibre"]
    assert (row["new"], row["revised"]) == (0, 1)
    # Every other known link (variants included) revalidated: 304, nothing downloaded.
    links = sum(1 + len(r.get("variants", [])) for r in manifest_reports("midilibre"))
    assert row["not_modified"] == links - 1
    assert revised_reports(sqlite_url) == [("midilibre", target["report_date"])]


def test_cap_spreads_a_big_first_night_over_several(sqlite_url: str) -> None:
    cap = 3
    stored, nights = 0, 0
    total = len(manifest_reports("midilibre"))
    while stored < total and nights < 6:
        summary, answers = night(
            sqlite_url,
            SITES,
            "--set",
            f"SITREP_MAX_REPORTS_PER_SOURCE={cap}",
            sources=("midilibre",),
        )
        nights += 1
        stored += by_source(summary)["midilibre"]["new"]
        report_pages = [p for p, _ in answers if ".php" in p]
        assert len(report_pages) <= cap, "the cap holds each night"
    assert stored == total
    assert nights >= 3  # 7 reports (and a variant link) at 3 a night
    final, _ = night(sqlite_url, SITES, sources=("midilibre",))
    assert by_source(final)["midilibre"]["new"] == 0


def test_backfill_finds_a_day_only_its_archive_lists(sqlite_url: str, sites_copy: Path) -> None:
    missing = oldest("ladepeche")
    for name in ("rss.xml", "sitemap-news.xml"):
        path = sites_copy / "www.ladepeche.fr" / name
        text = path.read_text("utf-8")
        entry = re.compile(
            r"<(item|url)>(?:(?!</\1>).)*?"
            + re.escape(urlsplit(missing["url"]).path)
            + r".*?</\1>",
            re.DOTALL,
        )
        assert entry.search(text), name
        path.write_text(entry.sub("", text), "utf-8")
    nightly, _ = night(sqlite_url, sites_copy, sources=("ladepeche",))
    assert by_source(nightly)["ladepeche"]["new"] == len(manifest_reports("ladepeche")) - 1
    day = missing["report_date"]
    backfill, answers = night(
        sqlite_url, sites_copy, "--since", day, "--until", day, sources=("ladepeche",)
    )
    assert by_source(backfill)["ladepeche"]["new"] == 1
    assert (f"/www.ladepeche.fr/articles/{day.replace('-', '/')}", 200) in answers
    assert query(sqlite_url, f"select count(*) from reports where report_date = '{day}'") == [(1,)]


def test_since_leaves_older_dated_links_alone(sqlite_url: str) -> None:
    dates = sorted(r["report_date"] for r in manifest_reports("ladepeche"))
    since = dates[-1]
    summary, answers = night(
        sqlite_url, SITES, "--since", since, "--until", since, sources=("ladepeche",)
    )
    assert by_source(summary)["ladepeche"]["new"] == 1
    assert query(sqlite_url, "select report_date from reports") == [(since,)]
    older = [
        urlsplit(r["url"]).path for r in manifest_reports("ladepeche") if r["report_date"] < since
    ]
    assert older and not [p for p, _ in answers if p.endswith(tuple(older))]


def test_links_far_older_than_their_page_are_not_followed() -> None:
    policy = IncrementalPolicy(window_days=30)
    oldest = policy.oldest_wanted(NOW)
    assert oldest == dt.date(2026, 10, 26)
    stale = NOW - dt.timedelta(days=400)
    assert policy.decide(None, stale, None, oldest) is Decision.TOO_OLD
    assert policy.decide(None, NOW - dt.timedelta(days=3), None, oldest) is Decision.FETCH
    assert IncrementalPolicy(window_days=0).oldest_wanted(NOW) is None
    backfill = IncrementalPolicy(since=dt.date(2020, 1, 1))
    assert backfill.oldest_wanted(NOW) == dt.date(2020, 1, 1)
    assert backfill.decide(None, stale, None, backfill.oldest_wanted(NOW)) is Decision.FETCH


def test_bad_since_is_a_usage_error(sqlite_url: str) -> None:
    result = run_sitrep("crawl", "--since", "yesterday", db_url=sqlite_url)
    assert result.code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_json_logs_are_one_object_per_line(sqlite_url: str, sites_copy: Path) -> None:
    fixture_path(sites_copy, newest("midilibre")["url"]).unlink()
    with ReplayServer(sites_copy) as server:
        result = run_sitrep(
            "crawl",
            "--log-format",
            "json",
            "--log-level",
            "INFO",
            *FAST,
            "--set",
            f"SITREP_REPLAY_URL={server.url}",
            "--source",
            "midilibre",
            db_url=sqlite_url,
        )
    assert result.code == 1, result.stderr[-2000:]
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    failures = [line for line in lines if line.get("reason")]
    assert failures and failures[0]["source"] == "midilibre"
    assert "HTTP 404" in failures[0]["reason"]
    summary = lines[-1]["summary"]
    assert summary["sources"][0]["status"] == "error"
    # A fresh database was brought to head: said in the summary, not in a line of plain text.
    head = Database(sqlite_url).head_revision()
    assert summary["schema_upgraded"] == {"from": None, "to": head}


def test_a_failed_link_keeps_its_discovery_pages_parsed(sqlite_url: str, sites_copy: Path) -> None:
    """Nothing hides behind a 304: a page whose link failed is parsed again the next night."""
    target = newest("midilibre")
    page = fixture_path(sites_copy, target["url"])
    saved = page.read_bytes()
    page.unlink()
    first, _ = night(sqlite_url, sites_copy, sources=("midilibre",))
    assert by_source(first)["midilibre"]["status"] == "error"
    assert by_source(first)["midilibre"]["new"] == len(manifest_reports("midilibre")) - 1
    remembered = query(sqlite_url, "select count(*) from fetch_state where kind = 'discovery'")
    assert remembered == [(0,)], "every discovery page lists the failed link"
    page.write_bytes(saved)
    second, answers = night(sqlite_url, sites_copy, sources=("midilibre",))
    row = by_source(second)["midilibre"]
    assert (row["status"], row["new"]) == ("ok", 1)
    downloaded = {p.split("?")[0] for p, s in answers if s == 200 and ".php" in p}
    assert downloaded == {f"/www.midilibre.fr{urlsplit(target['url']).path}"}
    third, _ = night(sqlite_url, sites_copy, sources=("midilibre",))
    assert by_source(third)["midilibre"]["status"] == "no_new_report"
    assert query(sqlite_url, "select count(*) from fetch_state where kind = 'discovery'") == [(3,)]
