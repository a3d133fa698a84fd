"""Discovery readers are pure functions: bytes, URL, encoding and time zone in, links out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crawler.discovery import Discovered, link_from, read_feed, read_listing, read_sitemap
from crawler.discovery.dates import entry_date
from crawler.discovery.xml import parse_xml
from crawler.extract.dates import ParsedDate, parse_date
from crawler.urls import absolute_url

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


def _sitemap_as_renamed(body: bytes, url: str, encoding: str | None) -> Discovered:
    """``read_sitemap`` on a document whose namespaces ``parse_xml`` removed, by XPath."""
    selector = parse_xml(body, encoding)
    found = Discovered()
    for loc in selector.xpath("//sitemapindex/sitemap/loc/text()").getall():
        nested = absolute_url(url, loc)
        if nested is None:
            found.invalid += 1
        else:
            found.nested.append(nested)
    for entry in selector.root.xpath("//urlset/url"):
        loc = entry.findtext("loc")
        if not loc:
            continue
        modified = entry.findtext("lastmod")
        date = entry.findtext("news/publication_date") or modified
        title = entry.findtext("news/title")
        found.add(
            link_from(url, loc, title, date, via="sitemap", timezone=PARIS, modified=modified)
        )
    return found


_NEWS = (
    b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
)
SITEMAPS = [
    b"",
    b"not xml",
    b"<urlset><url><loc>https://x.fr/a</loc></url></urlset>",
    b"<urlset "
    + _NEWS
    + b"><url><loc> /b </loc><lastmod>2024-04-05</lastmod><news:news><news:publication_date>"
    b"2024-04-04T10:00:00+02:00</news:publication_date><news:title>l&#x27;Otan  {x}"
    b"</news:title></news:news></url></urlset>",
    # an undeclared prefix, comments, a processing instruction, CDATA, entities
    b"<urlset><url><!--c--><?pi x?><loc><![CDATA[https://x.fr/c]]></loc><news:news><news:title>"
    b"u</news:title></news:news></url><url><loc>https://x.fr/d<!--x-->e</loc><lastmod/></url>"
    b"<url><loc/></url><url/></urlset>",
    b'<!DOCTYPE urlset [<!ENTITY e "https://x.fr/e">]><urlset><url><loc>&e;</loc></url>'
    b"<url><loc>&undefined;https://x.fr/f</loc></url></urlset>",
    # the first of several fields, a news element without the field first
    b"<urlset "
    + _NEWS
    + b"><url><loc>https://x.fr/g1</loc><loc>https://x.fr/g2</loc><news:news><news:name>n"
    b"</news:name></news:news><news:news><news:title>second</news:title><news:title>third"
    b"</news:title><news:publication_date>2024-01-01</news:publication_date></news:news>"
    b"<lastmod>2024-02-02</lastmod><lastmod>2024-03-03</lastmod></url></urlset>",
    # other namespaces, a url outside a urlset, nested urlsets
    b'<urlset xmlns:a="urn:a" xmlns:b="urn:b" b:x="1"><a:url b:href="h"><b:loc>https://x.fr/h'
    b"</b:loc><news><title>plain</title><b:publication_date>2024-05-05</b:publication_date>"
    b"</news></a:url><x><url><loc>https://x.fr/no</loc></url></x><url><urlset><url><loc>"
    b"https://x.fr/inner</loc></url></urlset><loc>https://x.fr/outer</loc></url></urlset>",
    b'<r><urlset><url><loc>https://x.fr/i</loc></url></urlset><urlset xmlns="urn:z"><url><loc>'
    b"https://x.fr/j</loc></url></urlset></r>",
    # sitemap indexes
    b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>'
    b"https://x.fr/s1.xml</loc></sitemap><sitemap><loc>/s2.xml</loc></sitemap><sitemap><loc>"
    b"javascript:x</loc></sitemap><sitemap><loc>a<!--c-->b</loc></sitemap><sitemap><loc/>"
    b"</sitemap></sitemapindex>",
    b"<r><sitemapindex><sitemap><loc>https://x.fr/s3.xml</loc></sitemap><x><sitemap><loc>"
    b"https://x.fr/no.xml</loc></sitemap></x><loc>https://x.fr/no2.xml</loc></sitemapindex>"
    b"<urlset><url><loc>https://x.fr/l</loc></url></urlset></r>",
    # namespace URIs holding "}": parsel cannot rename them, and both fail alike
    b'<urlset xmlns="a}b"><url><loc>https://x.fr/m</loc></url></urlset>',
    b"<urlset xmlns:n = 'urn:&#x7d;'><url n:x='1'><loc>https://x.fr/n</loc></url></urlset>",
    b'<!DOCTYPE urlset [<!ATTLIST urlset xmlns CDATA "a}b">]><urlset><url><loc>https://x.fr/o'
    b"</loc></url></urlset>",
    b'<urlset xml\x00ns="a}b"><url><loc>https://x.fr/p</loc></url></urlset>',
    b"<urlset xmlns=a}b><url><loc>https://x.fr/q</loc></url></urlset>",
]


@pytest.mark.parametrize("encoding", [None, "iso-8859-1"])
@pytest.mark.parametrize("body", SITEMAPS)
def test_a_sitemap_reads_as_it_does_with_its_namespaces_removed(
    body: bytes, encoding: str | None
) -> None:
    def read(reader: Callable[[], Discovered]) -> object:
        try:
            found = reader()
        except (ValueError, KeyError) as error:
            return repr(error)
        return found.nested, found.invalid, [(link, repr(link)) for link in found.links]

    url = "https://x.fr/sitemap.xml"
    expected = read(lambda: _sitemap_as_renamed(body, url, encoding))
    assert read(lambda: read_sitemap(body, url, timezone=PARIS, encoding=encoding)) == expected
