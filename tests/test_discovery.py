"""Discovery readers are pure functions: bytes, URL, encoding and time zone in, links out."""

from __future__ import annotations

import datetime as dt

from crawler.discovery import read_feed, read_listing, read_sitemap

PARIS = "Europe/Paris"


def test_an_atom_feed_gives_links_with_titles_and_both_dates() -> None:
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Le  point\n du jour</title>'
        b'<link href="/2024/04/04/a.php"/><published>2024-04-04T07:10:00+02:00</published>'
        b"<updated>2024-04-04T09:00:00+02:00</updated></entry>"
        b'<entry><title>x</title><link href="http://[bad"/></entry></feed>'
    )
    found = read_feed(atom, "https://www.example.fr/feed.atom", timezone=PARIS)
    [link] = found.links
    assert found.invalid == 1
    assert link.url == "https://www.example.fr/2024/04/04/a.php"
    assert link.title == "Le point du jour"
    assert link.published == dt.datetime(2024, 4, 4, 5, 10, tzinfo=dt.UTC)
    assert link.newest == dt.datetime(2024, 4, 4, 7, 0, tzinfo=dt.UTC)
    assert (link.via, link.found_on) == ("rss", "https://www.example.fr/feed.atom")


def test_a_sitemap_index_lists_its_sitemaps_and_a_latin1_sitemap_its_pages() -> None:
    index = (
        b"<sitemapindex><sitemap><loc>https://www.example.fr/s1.xml</loc></sitemap>"
        b"<sitemap><loc>https://www.example.fr/a/../s2.xml</loc></sitemap></sitemapindex>"
    )
    found = read_sitemap(index, "https://www.example.fr/index.xml", timezone=PARIS)
    assert found.nested == ["https://www.example.fr/s1.xml", "https://www.example.fr/s2.xml"]
    assert found.links == []
    sitemap = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://www.example.fr/b'
        "</loc><lastmod>2024-04-05</lastmod><news><title>Été</title></news></url></urlset>"
    ).encode("iso-8859-1")
    [link] = read_sitemap(
        sitemap, "https://www.example.fr/s1.xml", timezone=PARIS, encoding="iso-8859-1"
    ).links
    assert (link.title, link.published.date()) == ("Été", dt.date(2024, 4, 5))


def test_a_listing_titles_links_by_their_text_or_title_attribute() -> None:
    page = (
        b'<a href="/a.php"> Guerre en <b>Ukraine</b> </a><a href="/b.php" title="Titre B"><img></a>'
        b'<a href="javascript:void(0)">x</a><a name="top">no href</a>'
    )
    found = read_listing(page, "https://www.example.fr/", timezone=PARIS)
    assert [(link.url, link.title) for link in found.links] == [
        ("https://www.example.fr/a.php", "Guerre en Ukraine"),
        ("https://www.example.fr/b.php", "Titre B"),
    ]
    assert found.invalid == 1
