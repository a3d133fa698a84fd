"""The source registry, series recognition, and Scrapy's own view of the spiders."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.sources import UnknownSourceError, all_sources, get_source

from .conftest import MANIFEST, TESTS
from .golden_check import golden_files, load
from .test_extract_fuzz import URLISH


def test_registry_has_the_three_first_sources() -> None:
    assert {"midilibre", "lindependant", "hardwoodparoxysm"} <= {s.slug for s in all_sources()}
    with pytest.raises(UnknownSourceError, match="known: "):
        get_source("nope")


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_golden_report_belongs_to_its_series(path) -> None:  # type: ignore[no-untyped-def]
    golden = load(path)
    source = get_source(golden["source"])
    series = source.series_for(golden["url"], golden["expected"]["title"])
    assert series is not None and series.key == golden["expected"]["series"]
    assert series.matches_title(golden["expected"]["title"])


def test_no_listed_non_report_is_taken_for_a_report() -> None:
    for url in MANIFEST["non_reports"]:
        assert all(s.series_for(url, None) is None for s in all_sources()), url


def test_report_title_is_required_on_the_page() -> None:
    series = get_source("midilibre").series[0]
    assert not series.matches_title(
        "Guerre en Ukraine : Vladimir Poutine prépare-t-il une offensive ?"
    )
    assert not series.matches_title("Guerre Israël-Hamas : le point sur la situation")
    assert series.matches_title("GUERRE EN UKRAINE : Kiev… LE POINT SUR LA SITUATION")


def test_scrapy_list_shows_one_spider_per_source() -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        capture_output=True,
        text=True,
        cwd=TESTS.parent,
        check=True,
    ).stdout.split()
    assert sorted(listed) == sorted(s.slug for s in all_sources())


def test_sitemaps_and_feeds_are_read_from_their_bytes_in_their_encoding() -> None:
    """Discovery parses a feed or sitemap from the bytes it came as: a declared Latin-1
    encoding is honoured, namespaces do not matter, and an empty body finds nothing. A
    sitemap entry without a news date takes its lastmod as its date."""
    from scrapy.http import XmlResponse

    from crawler.spiders.registry import spider_class_for

    spider = spider_class_for(get_source("midilibre"))()
    sitemap = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        "<url><loc>https://www.midilibre.fr/2024/04/04/a.php</loc>"
        "<lastmod>2024-04-05T10:00:00+02:00</lastmod><news:news><news:title>Guerre en Ukraine : le point sur la situation, été</news:title>"
        "<news:publication_date>2024-04-04T07:10:00+02:00</news:publication_date>"
        "</news:news></url></urlset>"
    ).encode("iso-8859-1")
    response = XmlResponse("https://www.midilibre.fr/sitemap-news.xml", body=sitemap)
    nested, candidates = spider.candidates_from_sitemap(response)
    assert nested == []
    assert [(c.url, c.title) for c in candidates] == [
        (
            "https://www.midilibre.fr/2024/04/04/a.php",
            "Guerre en Ukraine : le point sur la situation, été",
        )
    ]
    # The publication date is the news entry's, wherever <lastmod> stands; lastmod is the
    # modification.
    assert candidates[0].published.isoformat() == "2024-04-04T07:10:00+02:00"
    assert candidates[0].modified.isoformat() == "2024-04-05T10:00:00+02:00"
    assert response._cached_ubody is None  # no decoded copy kept on the response
    feed = XmlResponse(
        "https://www.midilibre.fr/rss.xml",
        body="<rss><channel><item><title>Été</title><link>/b.php</link></item></channel></rss>".encode(),
    )
    assert [(c.url, c.title) for c in spider.candidates_from_feed(feed)] == [
        ("https://www.midilibre.fr/b.php", "Été")
    ]
    plain = XmlResponse(
        "https://www.midilibre.fr/sitemap.xml",
        body=b"<urlset><url><loc>/c.php</loc><lastmod>2024-04-03</lastmod></url></urlset>",
    )
    ((entry,),) = [spider.candidates_from_sitemap(plain)[1]]
    assert (entry.url, entry.title, entry.published.date().isoformat()) == (
        "https://www.midilibre.fr/c.php",
        None,
        "2024-04-03",
    )
    empty = XmlResponse("https://www.midilibre.fr/sitemap.xml", body=b"")
    assert spider.candidates_from_sitemap(empty) == ([], [])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(URLISH, st.text(max_size=40)), min_size=1, max_size=6))
def test_no_link_in_a_feed_sitemap_or_listing_stops_discovery(links: list[str]) -> None:
    """Whatever a discovery page puts where a link belongs, the valid links are still read."""
    from xml.sax.saxutils import escape

    from scrapy.http import HtmlResponse, XmlResponse

    from crawler.spiders.registry import spider_class_for

    spider = spider_class_for(get_source("midilibre"))()
    good = "https://www.midilibre.fr/2024/04/04/ok-1.php"
    hrefs = [*links, good]
    feed = "<rss><channel>" + "".join(
        f"<item><title>t</title><link>{escape(h)}</link></item>" for h in hrefs
    )
    response = XmlResponse("https://www.midilibre.fr/rss.xml", body=feed.encode("utf-8"))
    assert good in [c.url for c in spider.candidates_from_feed(response)]
    sitemap = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
        f"<url><loc>{escape(h)}</loc></url>" for h in hrefs
    )
    response = XmlResponse("https://www.midilibre.fr/s.xml", body=sitemap.encode("utf-8"))
    assert good in [c.url for c in spider.candidates_from_sitemap(response)[1]]
    index = "<sitemapindex>" + "".join(f"<sitemap><loc>{escape(h)}</loc></sitemap>" for h in hrefs)
    response = XmlResponse("https://www.midilibre.fr/i.xml", body=index.encode("utf-8"))
    assert good in spider.candidates_from_sitemap(response)[0]
    listing = "".join(f'<a href="{escape(h, {chr(34): "&quot;"})}">x</a>' for h in hrefs)
    response = HtmlResponse("https://www.midilibre.fr/", body=listing.encode("utf-8"))
    assert good in [c.url for c in spider.candidates_from_listing(response)]


def test_host_variants_of_a_report_url_match_its_series() -> None:
    """Reports are also served without ``www.``, on AMP hosts and under ``/amp/``."""
    url = next(r["url"] for r in MANIFEST["reports"] if r["source"] == "midilibre")
    series = get_source("midilibre").series[0]
    for variant in (
        url.replace("://www.", "://"),
        url.replace("://www.", "://amp."),
        url.replace("midilibre.fr/", "midilibre.fr/amp/", 1),
    ):
        assert series.matches_url(variant), variant
    assert not series.matches_url(url.replace("midilibre.fr", "evil-midilibre.fr"))


def test_a_feed_entry_titled_like_the_series_is_taken_even_when_its_url_moved() -> None:
    from crawler.discovery import Link
    from crawler.spiders.registry import spider_class_for

    spider = spider_class_for(get_source("midilibre"))()
    title = "Guerre en Ukraine : Kiev sous les bombes, le point sur la situation"
    moved = "https://www.midilibre.fr/monde/europe/ukraine/kiev-sous-les-bombes-11870001"
    for via, expected in (("rss", True), ("sitemap", True), ("listing", False)):
        link = Link(moved, title, None, via, "https://www.midilibre.fr/rss.xml")
        assert (spider.series_for(link) is not None) is expected, via
    assert spider.title_matched == {moved}
    elsewhere = Link(moved.replace("midilibre", "lindependant"), title, None, "rss", moved)
    assert spider.series_for(elsewhere) is None  # another site's report is not ours
    other = Link(moved, "Guerre en Ukraine : une interview", None, "rss", moved)
    assert spider.series_for(other) is None


def test_a_url_matches_a_series_when_one_of_its_host_variants_does() -> None:
    """``matches_url`` tries the host variants without listing them in order: the same
    addresses, and the same answer, as ``host_variants``."""
    from crawler.sources import Series
    from crawler.sources.base import host_variants

    paths = ("", "/", "/amp/", "/amp/a-1.php", "/a-1.php", "/x/amp/a-1.php", "/amp")
    hosts = ("www.site.fr", "site.fr", "amp.site.fr", "m.site.fr", "www.m.site.fr", "amp.www.x")
    urls = [
        f"{scheme}://{host}{path}"
        for scheme in ("https", "HTTP")
        for host in hosts
        for path in paths
    ]
    urls += ["site.fr/a-1.php", "", "https://", "https:///a-1.php", "https://site.fr/a-1.php?x#y"]
    patterns = (
        r"https://site\.fr/a-\d\.php",
        r"https?://www\.site\.fr/(?:amp/)?a-\d\.php",
        r"https://amp\.site\.fr/amp/a-1\.php",
        r"https://m\.site\.fr/?",
        r"HTTP://.*",
        r"site\.fr/a-1\.php",
        r"https://www\.(?:m\.)?site\.fr/amp",
    )
    for pattern in patterns:
        series = Series(key="k", name="n", title_pattern="x", url_pattern=pattern)
        compiled = re.compile(pattern)
        for url in urls:
            bare = url.partition("#")[0].partition("?")[0]
            expected = any(compiled.fullmatch(variant) for variant in host_variants(bare))
            assert series.matches_url(url) == expected, (pattern, url)


def test_a_listing_link_is_matched_by_its_url_alone() -> None:
    """``series_match(by_title=False)`` is ``series_match`` where that is a URL match."""
    from crawler.sources import Series, Source

    by_url = Series(
        key="u", name="u", title_pattern=r"\bpoint\b", url_pattern=r"https://s\.fr/p-\d+"
    )
    by_title = Series(key="t", name="t", title_pattern=r"\bjournal\b")
    source = Source(
        slug="s",
        name="S",
        homepage="https://s.fr/",
        language="fr",
        timezone="UTC",
        series=(by_url, by_title),
    )
    urls = ("https://s.fr/p-1", "https://s.fr/x", "https://www.s.fr/p-2?a")
    for url in urls:
        for title in (None, "", "Le point", "Le journal", "Le point du journal", "Autre"):
            found = source.series_match(url, title)
            expected = found if found and found[1] == "url" else None
            assert source.series_match(url, title, by_title=False) == expected, (url, title)


def test_scrapy_never_reads_a_callbacks_source(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Scrapy reads a generator callback's source before handing it a response (to warn of
    a ``return`` with a value), again whenever its short-lived bound method is gone: no
    callback of a spider is a generator function, so none is read."""
    import inspect

    from scrapy.utils import misc
    from scrapy.utils.test import get_crawler

    from crawler.spiders.registry import spider_class_for

    callbacks = ("parse_feed", "parse_sitemap", "parse_listing", "parse_report", "on_error")
    spider_class = spider_class_for(get_source("midilibre"))
    spider = spider_class.from_crawler(get_crawler(spider_class))
    reads: list[str] = []
    read_source = inspect.getsource
    monkeypatch.setattr(
        misc.inspect, "getsource", lambda f: reads.append(f.__name__) or read_source(f)
    )
    for _ in range(3):  # three discovery pages of each kind
        for name in callbacks:
            misc.warn_on_generator_with_return_value(spider, getattr(spider, name))
    assert reads == []
    assert not any(inspect.isgeneratorfunction(getattr(spider, n)) for n in callbacks)
