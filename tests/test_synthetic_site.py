"""The synthetic benchmark sites: deterministic, sized, revealable, and crawled like real ones."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from pathlib import Path

import pytest

from benchmarks import synthetic
from crawler.similarity import NEAR_DUPLICATE_BITS, hamming, simhash

from .conftest import TESTS, assert_each_report_stored_once, crawl_served, run_sitrep

SEED = 7
OUTLETS = 3
DAYS = 3


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def articles(root: Path) -> list[Path]:
    return sorted(root.rglob("*.php"))


# -- the generator ---------------------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    first = synthetic.generate(tmp_path / "a", outlets=2, days=2, seed=SEED)
    again = synthetic.generate(tmp_path / "b", outlets=2, days=2, seed=SEED)
    other = synthetic.generate(tmp_path / "c", outlets=2, days=2, seed=SEED + 1)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    # Per outlet: 2 days x 5 pages, robots, feed, news sitemap, listing, index, one month.
    assert first.pages == again.pages == 2 * (2 * 5 + 6) and first.bytes == again.bytes
    assert first.report_urls == again.report_urls and first.article_urls == again.article_urls
    assert tree(tmp_path / "c").keys() != tree(tmp_path / "a").keys()
    assert other.hosts == first.hosts == ["www.journal000.example", "www.journal001.example"]


def test_pages_are_80_to_150_kb_and_carry_the_article(tmp_path: Path) -> None:
    info = synthetic.generate(tmp_path, outlets=2, days=3)
    pages = articles(tmp_path)
    assert len(pages) == len(info.report_urls) + len(info.article_urls) == 2 * 3 * 5
    sizes = [p.stat().st_size for p in pages]
    assert all(80_000 <= size <= 150_000 for size in sizes), sizes
    assert len(set(sizes)) == len(sizes), "sizes are drawn per page"

    plan = synthetic.plan_article(SEED, 1, 2, 0)
    page = (tmp_path / "www.journal001.example" / plan.stub.path.lstrip("/")).read_text("utf-8")
    assert f"<title>{plan.stub.headline} - Le Journal 1</title>" in page
    ld = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', page).group(1)
    news = json.loads(ld)[0]
    assert news["@type"] == "NewsArticle" and news["headline"] == plan.stub.headline
    assert news["datePublished"] == plan.stub.published.isoformat()
    assert [a["name"] for a in news["author"]] == list(plan.authors)
    when = plan.stub.published
    assert f"Publié le {when:%d/%m/%Y} à {when:%H}h{when:%M}, mis à jour à" in re.sub(
        r"<[^>]+>", "", page
    )
    assert f'<h1 class="story__title">{plan.stub.headline}</h1>' in page
    assert all(f"<h2>{h}</h2>" in page for h in plan.headings)
    assert 8 <= len(plan.paragraphs) <= 14 and 2 <= len(plan.headings) <= 4
    assert page.count("<a href=") > 300 and page.count("<script") >= 4


def test_headlines_series_and_daily_bodies() -> None:
    source = synthetic.build_sources(1)[0]
    for day, n in itertools.product(range(6), range(5)):
        page = synthetic.stub(SEED, 0, day, n)
        is_report = source.series_for(page.url, page.headline) is not None
        assert is_report == (n == 0) == source.series[0].matches_title(page.headline)
        assert ("le point sur la situation" in page.headline) == (n == 0)
    report = synthetic.stub(SEED, 0, 0, 0)
    assert report.headline.startswith("Guerre en Ukraine : ")
    assert report.headline.endswith(", le point sur la situation")
    assert re.fullmatch(
        r"/2025/03/01/guerre-en-ukraine(-[a-z0-9]+){3,6}-le-point-sur-la-situation-\d+\.php",
        report.path,
    )
    bodies = [
        simhash("\n".join(synthetic.plan_article(SEED, 0, d, 0).paragraphs)) for d in range(8)
    ]
    assert (
        min(hamming(a, b) for a, b in itertools.combinations(bodies, 2)) > 3 * NEAR_DUPLICATE_BITS
    )
    # Summer time (from Sunday 30 March 2025) is honoured in the dates.
    spring = [synthetic.stub(SEED, 0, d, 0, dt.date(2025, 3, 29)).published for d in range(3)]
    assert [p.isoformat()[-6:] for p in spring] == ["+01:00", "+02:00", "+02:00"]


def test_discovery_pages(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, outlets=1, days=8)
    site = tmp_path / "www.journal000.example"
    assert (site / "robots.txt").read_text() == "User-agent: *\nAllow: /\n"
    rss = (site / "rss.xml").read_text("utf-8")
    links = re.findall(r"<link>(https://[^<]+\.php)</link>", rss)
    dates = [email_date(d) for d in re.findall(r"<pubDate>([^<]+)</pubDate>", rss)]
    assert len(links) == 30 and dates == sorted(dates, reverse=True)
    sitemap = (site / "sitemap-news.xml").read_text("utf-8")
    assert re.findall(r"<loc>([^<]+)</loc>", sitemap) == links
    listing = (site / "monde" / "index.html").read_text("utf-8")
    listed = set(re.findall(r'href="(https://[^"]+\.php)"', listing))
    newest = {synthetic.stub(SEED, 0, d, n).url for d in (6, 7) for n in range(5)}
    assert listed == newest
    assert len(re.findall(r'href="/[^"]*/"', listing)) >= 150


def email_date(value: str) -> dt.datetime:
    import email.utils

    return email.utils.parsedate_to_datetime(value)


def test_revealing_more_days_keeps_published_pages_byte_identical(tmp_path: Path) -> None:
    early = synthetic.generate(tmp_path, outlets=2, days=4, reveal=2)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in articles(tmp_path)}
    rss = (tmp_path / "www.journal000.example" / "rss.xml").read_text("utf-8")
    hidden = synthetic.stub(SEED, 0, 2, 0)
    assert hidden.url not in rss and len(early.report_urls) == 4 and len(before) == 20

    later = synthetic.generate(tmp_path, outlets=2, days=4, reveal=4)
    after = articles(tmp_path)
    assert len(after) == 40 and len(later.report_urls) == 8
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before} == before
    # New: two days' pages, feed, news sitemap, listing, this month's sitemap and the index.
    assert later.pages == 2 * (2 * 5 + 5) and later.unchanged == 2 * (2 * 5 + 1)
    assert hidden.url in (tmp_path / "www.journal000.example" / "rss.xml").read_text("utf-8")
    assert synthetic.generate(tmp_path, outlets=2, days=4).pages == 0


def test_sources_follow_the_environment() -> None:
    assert len(synthetic.SOURCES) >= 1
    source = synthetic.build_sources(OUTLETS)[2]
    assert source.slug == "journal002" and source.name == "Le Journal 2"
    assert source.start_urls == (
        "https://www.journal002.example/rss.xml",
        "https://www.journal002.example/sitemap-news.xml",
        "https://www.journal002.example/sitemap.xml",
        "https://www.journal002.example/monde/",
    )
    assert source.allowed_domains == ("www.journal002.example",)
    assert (source.language, source.timezone) == ("fr", "Europe/Paris")


# -- a real crawl --------------------------------------------------------------------------------


@pytest.fixture
def synthetic_env(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    """Make the `sitrep` subprocess (it inherits os.environ) load the synthetic sources."""
    monkeypatch.setenv("SITREP_SOURCE_MODULES", "benchmarks.synthetic")
    monkeypatch.setenv("SITREP_SYNTHETIC_OUTLETS", str(OUTLETS))
    monkeypatch.setenv("PYTHONPATH", str(TESTS.parent))
    return tuple(f"journal{i:03d}" for i in range(OUTLETS))


def night(root: Path, db_url: str, slugs: tuple[str, ...]) -> dict[str, dict]:
    result, _ = crawl_served(root, db_url, sources=slugs)
    assert result.code == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    return {row["source"]: row for row in summary["sources"]}


def test_a_real_crawl_stores_each_report_once_and_reads_it_right(
    tmp_path: Path, sqlite_url: str, synthetic_env: tuple[str, ...]
) -> None:
    root = tmp_path / "sites"
    info = synthetic.generate(root, outlets=OUTLETS, days=DAYS)
    rows = night(root, sqlite_url, synthetic_env)
    assert {slug: (r["status"], r["new"], r["errors"]) for slug, r in rows.items()} == {
        slug: ("ok", DAYS, 0) for slug in synthetic_env
    }
    assert_each_report_stored_once(sqlite_url, OUTLETS * DAYS)

    exported = run_sitrep("export", db_url=sqlite_url).stdout.splitlines()
    records = {r["url"]: r for r in map(json.loads, exported)}
    assert sorted(records) == sorted(info.report_urls)
    for index, day in itertools.product(range(OUTLETS), range(DAYS)):
        plan = synthetic.plan_article(SEED, index, day, 0)
        record = records[plan.stub.url]
        assert record["source"] == f"journal{index:03d}"
        assert record["report_date"] == (synthetic.FIRST_DAY + dt.timedelta(days=day)).isoformat()
        assert record["title"] == plan.stub.headline
        assert record["published_at"] == plan.stub.published.isoformat()
        assert record["authors"] == list(plan.authors)
        body = record["body"]
        assert plan.paragraphs[0] in body and all(p in body for p in plan.paragraphs)
        assert [s["heading"] for s in record["sections"] if s["heading"]] == plan.headings
        # The standfirst is kept (today as the body's first paragraph: see the report).
        assert plan.lead in (record["lead"] or "") + "\n" + body
        for chrome in ("Lire aussi", "newsletter", "Réagir", "Publié le", "cookies", "Publicité"):
            assert chrome not in body, chrome
        assert not any(r.headline in body for r in plan.related)
        assert [(c["text"], c["credit"]) for c in record["captions"]] == [
            (plan.caption, plan.credit)
        ]


def test_a_second_night_fetches_only_the_newly_revealed_report(
    tmp_path: Path, sqlite_url: str, synthetic_env: tuple[str, ...]
) -> None:
    root = tmp_path / "sites"
    synthetic.generate(root, outlets=OUTLETS, days=DAYS, reveal=DAYS - 1)
    first = night(root, sqlite_url, synthetic_env)
    assert {r["new"] for r in first.values()} == {DAYS - 1}
    synthetic.generate(root, outlets=OUTLETS, days=DAYS, reveal=DAYS)
    second = night(root, sqlite_url, synthetic_env)
    assert {(r["status"], r["new"], r["revised"]) for r in second.values()} == {("ok", 1, 0)}
    assert_each_report_stored_once(sqlite_url, OUTLETS * DAYS)


def test_the_peer_of_the_benchmark_runs_with_sitreps_scrapy_settings() -> None:
    """benchmarks/nightly.py refuses to compare against a peer whose Scrapy settings differ
    from sitrep's: a change to crawler/settings.py must be made to the peer's too."""
    from benchmarks._peer import settings_differences

    assert settings_differences() == []


def test_importing_the_benchmarks_adopts_no_orphans() -> None:
    """The benchmark harness makes its process the reaper of orphaned descendants (to count
    their CPU) when it first measures a run, not when imported: a test process importing it
    would otherwise keep every orphan of later tests as a zombie it never reaps."""
    import subprocess
    import sys

    probe = (
        "import ctypes, benchmarks._peer\n"
        "flag = ctypes.c_int(-1)\n"
        "ctypes.CDLL(None).prctl(37, ctypes.byref(flag), 0, 0, 0)\n"  # PR_GET_CHILD_SUBREAPER
        "print(flag.value)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=TESTS.parent
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip() == "0"


def test_a_crawl_measured_around_the_peer_counts_as_the_mean_of_both() -> None:
    """The benchmark measures sitrep before and after the peer and compares the peer with
    the mean of the two: a host slowing down steadily over a round then weighs on both."""
    import pytest

    from benchmarks._phases import Run, bracketed

    def run(seconds: float, cpu: float, peak: float) -> Run:
        return Run("sitrep", 600, 500, seconds, cpu, cpu / 2, peak, 0.6, 0.5, 200.0, 7.0, 0.2)

    mean = bracketed(run(3.0, 4.0, 150), run(4.0, 5.0, 160))
    assert (mean.pages, mean.stored) == (600, 500)
    assert (mean.seconds, mean.cpu_seconds, mean.peak_mb) == (3.5, 4.5, 155)
    assert mean.cpu_ms == pytest.approx(7.5)
    assert mean.pages_per_s == pytest.approx(600 / 3.5)
    with pytest.raises(SystemExit):
        bracketed(run(3.0, 4.0, 150), Run("sitrep", 601, 500, *[1.0] * 9))
