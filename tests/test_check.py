"""``sitrep check`` against the replay server: discovery, the newest report, field flags."""

from __future__ import annotations

import functools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli
from crawler.devtools.check import Getter, SourceCheck, discover, newest_first, spider_class
from crawler.devtools.fetch import fetch
from crawler.replay import ReplayServer
from crawler.sources import all_sources, get_source

from .conftest import SITES, fixture_path, manifest_reports


def sitrep(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_every_source_yields_a_report_from_the_recorded_sites() -> None:
    result = sitrep("check", "--replay", "--json")
    checks = {c["source"]: c for c in json.loads(result.output)}
    assert result.exit_code == 0, [c for c in checks.values() if not c["ok"]]
    assert set(checks) == {s.slug for s in all_sources()}
    for slug, check in checks.items():
        source = get_source(slug)
        assert check["discovery"]["status"] == 200
        assert check["discovery"]["url"] == (source.feeds + source.sitemaps + source.listings)[0]
        report = check["report"]
        assert source.series_for(report["url"], None) is not None
        for name in ("title", "report_date", "published_at", "sections", "body"):
            assert report["fields"][name]["status"] == "OK", (slug, name, report["fields"][name])
        assert set(report["provenance"]) >= {"title", "body"}


def test_check_prints_each_field_with_its_flag() -> None:
    result = sitrep(
        "check", "--replay", str(SITES), "--source", "midilibre", "-s", "hardwoodparoxysm"
    )
    assert result.exit_code == 0, result.output
    newest = manifest_reports("midilibre")[-1]
    assert f"report     {newest['url']} (series ukraine-daily)" in result.output
    assert "discovery  rss https://www.midilibre.fr/rss.xml -> HTTP 200" in result.output
    lines = result.output.splitlines()
    for name in ("title", "report_date", "published_at", "sections", "body", "captions"):
        assert any(line.split()[:2] == ["OK", name] for line in lines), name
    assert any(line.split()[:2] == ["MISSING", "authors"] for line in lines)  # the aggregator
    assert "provenance title=" in result.output
    assert result.output.rstrip().endswith("2 checked, 2 with a report")


def test_the_newest_candidate_that_is_not_a_report_is_skipped(sites_copy: Path) -> None:
    newest, previous = manifest_reports("midilibre")[-1], manifest_reports("midilibre")[-2]
    page = fixture_path(sites_copy, newest["url"])
    html = page.read_text("utf-8")
    page.write_text(html.replace("le point sur la situation", "nos photos"), "utf-8")
    result = sitrep("check", "--replay", str(sites_copy), "--source", "midilibre", "--json")
    (check,) = json.loads(result.output)
    assert result.exit_code == 0
    assert check["report"]["url"] == previous["url"]
    assert any("is not a 'ukraine-daily' report" in p for p in check["problems"])


def test_a_source_without_a_report_fails(sites_copy: Path) -> None:
    shutil.rmtree(sites_copy / "www.midilibre.fr" / "2024")
    result = sitrep("check", "--replay", str(sites_copy), "-s", "midilibre", "-s", "lindependant")
    assert result.exit_code == 1
    assert "midilibre: NO REPORT" in result.output and "lindependant: ok" in result.output
    assert "HTTP 404" in result.output
    assert "none from: midilibre" in result.output


def test_unknown_source_or_replay_directory_is_a_usage_error(tmp_path: Path) -> None:
    assert sitrep("check", "--source", "nope").exit_code == 2
    assert sitrep("check", "--replay", str(tmp_path / "nope")).exit_code == 2


@pytest.fixture
def replay() -> Iterator[Getter]:
    """Fetch from the bundled snapshot."""
    with ReplayServer(SITES) as server:
        yield functools.partial(fetch, via=server.url)


def test_sitemaps_and_listings_are_read_by_the_spider_code(replay: Getter) -> None:
    source = get_source("midilibre")
    spider = spider_class("midilibre")()
    reports = {r["url"] for r in manifest_reports("midilibre")}
    for kind, url in (("sitemap", source.sitemaps[0]), ("listing", source.listings[0])):
        check = SourceCheck("midilibre")
        matches = newest_first(spider, discover(spider, kind, url, replay, check))
        assert check.problems == [] and matches, kind
        assert {c.url.split("?")[0] for c, _ in matches} <= reports
    dated = newest_first(spider, discover(spider, "sitemap", source.sitemaps[0], replay, check))
    days = [c.published for c, _ in dated]
    assert days == sorted(days, reverse=True)


def test_a_sitemap_index_is_followed_to_its_first_sitemap(tmp_path: Path) -> None:
    sites = tmp_path / "sites"
    shutil.copytree(SITES / "www.midilibre.fr", sites / "www.midilibre.fr")
    (sites / "www.midilibre.fr" / "sitemap.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>https://www.midilibre.fr/sitemap-news.xml</loc></sitemap></sitemapindex>",
        "utf-8",
    )
    spider = spider_class("midilibre")()
    check = SourceCheck("midilibre")
    with ReplayServer(sites) as server:
        get = functools.partial(fetch, via=server.url)
        found = discover(spider, "sitemap", "https://www.midilibre.fr/sitemap.xml", get, check)
    assert check.discovery["followed"] == "https://www.midilibre.fr/sitemap-news.xml"
    assert newest_first(spider, found)


def test_a_missing_lead_is_flagged_when_the_first_paragraph_looks_like_a_standfirst() -> None:
    from scrapy.http import HtmlResponse

    from crawler.devtools.check import standfirst_hint
    from crawler.items import Section, SituationReport

    intro = "Kiev a subi dans la nuit une attaque de drones, la quatrième cette semaine."
    item = SituationReport(
        source="midilibre",
        series="ukraine-daily",
        url="https://www.midilibre.fr/a.php",
        sections=[Section(None, [intro, "Le reste du texte."])],
    )

    def page(head: str, body: str) -> HtmlResponse:
        html = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
        return HtmlResponse(item.url, body=html.encode("utf-8"), encoding="utf-8")

    described = page(f'<meta name="description" content="{intro}">', f"<p>{intro}</p>")
    assert "repeats the page's description" in standfirst_hint(described, item)
    classed = page("", f'<div class="article__chapo"><span>L\'essentiel</span> {intro}</div>')
    assert standfirst_hint(classed, item) is None  # the label makes it another text
    classed = page("", f'<p class="article-lead">{intro}</p><p>Le reste du texte.</p>')
    assert standfirst_hint(classed, item) == 'the first paragraph is a <p class="article-lead">'
    plain = page("", f"<p>{intro}</p><p>Le reste du texte.</p>")
    assert standfirst_hint(plain, item) is None
    item.lead = "Un chapô."
    assert standfirst_hint(described, item) is None
