"""Discovery readers are pure functions: bytes, URL, encoding and time zone in, links out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crawler.discovery import read_feed, read_listing, read_sitemap
from crawler.discovery.dates import entry_date
from crawler.extract.dates import ParsedDate, parse_date

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


@pytest.mark.parametrize(
    "text",
    [
        "Tue, 25 Mar 2025 18:11:00 +0100",
        "  Tue,  25 Mar 2025\n 18:11:00 -0500 ",
        "25 Mar 2025 18:11:00 +0530",
        "5 Mar 2025 08:01:02 +0200",
        "Mon, 25 Mar 2025 18:11:00 +0100",  # the wrong weekday: dateutil ignores it
        "Tue, 25 Mar 2025 18:11:00 +0000",  # a zero offset: the host's zone, if it is UTC
        "Tue, 25 Mar 2025 18:11:00 -0000",
        "Tue, 25 Mar 2025 18:11:00 GMT",
        "Tue, 25 Mar 2025 18:11 +0100",
        "Tue, 25 mar 2025 18:11:00 +0100",
        "Tue, 25 Mar 25 18:11:00 +0100",
        "Tue, 25 Mar 2025 18:11:00 +0199",
        "Tue, 25 Mar 2025 18:11:00 +2400",
        "Tue, 25 Mar 2025 18:11:00 +0100 (CET)",
        "Sun, 30 Feb 2025 18:11:00 +0100",
        "Tue, 25 Mar 2025 24:00:00 +0100",
        "Tue, 25 Mar 2025 18:11:60 +0100",
        "Tue, 25 Mar 1989 18:11:00 +0100",
        "Tue, 25 Mar 2100 18:11:00 +0100",
        "Tue, 25 Mar 2100 18:11:00 +2000",
        "2025-03-25T18:11:00+01:00",
        " 2025-03-25T18:11:00Z\n",
        "2025-03-25T18:11:00.123456-05:00",
        "2025-03-25T18:11",
        "2025-03-25",
        "2025-03-25 18:11:00",
        "2025-3-25",
        "2025-03-25T18:11:00+0100",
        "2025-03-25T25:11:00+01:00",
        "2025-02-30",
        "1989-03-25T18:11:00Z",
        "2101-03-25",
        "2025-03-25T18:11:00 CET",
        "2025-03-25T18:11:00+25:00",
        "mardi 25 mars 2025 à 18h11",
    ],
)
@pytest.mark.parametrize("timezone", [PARIS, "UTC"])
def test_entry_dates_are_read_as_parse_date_reads_them(text: str, timezone: str) -> None:
    def read(parse: Callable[[str, str], ParsedDate | None]) -> object:
        try:
            found = parse(text, timezone)
        except ValueError as error:  # "+25:00": parse_date's own answer
            return repr(error)
        return found, repr(found)  # the same zone object too, not only the same instant

    assert read(entry_date) == read(parse_date)
