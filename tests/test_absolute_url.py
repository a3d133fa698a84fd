"""``absolute_url`` answers plain links without urllib: pinned to urllib's answers."""

from __future__ import annotations

import itertools
from urllib.parse import urlsplit

import pytest

from crawler.urls import absolute_url, has_http_scheme, resolved_url

BASES = (
    "https://www.example.fr/monde/",
    "http://www.example.fr/a/b.html?x=1#top",
    "HTTPS://WWW.Example.fr/a/b",  # upper-case scheme and host
    "https://www.example.fr:8443/a/",
    "https://www.example.fr:99999/a/",  # a port out of range: no relative link is valid
    "https://[www.example.fr/a/",  # urllib cannot parse it: no link is valid
    "https://user:pw@www.example.fr/a/",
    "https://www.example.fr/a;p?q",
    "ftp://files.example.fr/a/",
    "javascript:void(0)",
    "/no/scheme/",
    "",
)
HREFS = (
    "https://www.example.fr/2024/04/04/a.php",
    "http://www.example.fr/2024/04/04/a.php",
    "  https://www.example.fr/a.php?id=3#comments \n",
    "HTTPS://www.example.fr/a.php",  # upper-case scheme: lower-cased when the page's scheme
    "Https://www.example.fr/a.php",
    "https://WWW.EXAMPLE.FR/A.php",
    "https://www.example.fr",
    "https://www.example.fr?q=1",
    "https://www.example.fr/a.php?",  # empty query: dropped when the page's scheme
    "https://www.example.fr/a.php#",  # empty fragment: likewise
    "https://www.example.fr/a.php?#x",
    "https://www.example.fr/a.php?q#",
    "https://www.example.fr/a.php#?x#y",
    "https://www.example.fr/a/../b.php",  # dot segments
    "https://www.example.fr/a/./b.php",
    "https://www.example.fr/a/%2E%2E/b.php",
    "https://www.example.fr/a/.%2e",
    "https://www.example.fr/a/b.php?next=../x",  # dots in the query are no segments
    "https://www.example.fr/..a/.b/c../",
    "https://www.example.fr/a;jsessionid=1/b",  # params
    "https://www.example.fr/a.php;x",
    "https://www.example.fr:443/a.php",
    "https://www.example.fr:99999/a.php",  # a bad port
    "https://www.example.fr:x/a.php",
    "https://user@www.example.fr/a.php",
    "https://[www.example.fr/a.php",
    "https://[::1]/a.php",
    "https://www.exämple.fr/a.php",
    "https://www.ex\u2100mple.fr/a.php",  # "a/c" under NFKC
    "https://www.example.fr/a\tb.php",  # tab and line breaks: dropped by urllib
    "https://www.example.fr/a\nb.php",
    "https://www.example.fr/été/a.php",
    "https:///a.php",
    "https:a.php",
    "http:",
    "//www.example.fr/a.php",
    "/",
    "/2024/04/04/a.php",
    "/a.php?",
    "/a.php?id=1",
    "/a.php#",
    "/a.php?#x",
    "/a.php?id=1#top",
    "/a/../b.php",
    "/a/%2e/b.php",
    "/a/..",
    "/a;p",
    "/a\tb",
    "/a:b",
    "/été",
    "a.php",
    "../a.php",
    "?page=2",
    "#top",
    "",
    "  ",
    "mailto:x@example.fr",
    "javascript:void(0)",
    "ftp://files.example.fr/a.php",
)


@pytest.mark.parametrize("base", BASES)
def test_every_link_resolves_as_urllib_resolves_it(base: str) -> None:
    for href in HREFS:
        assert absolute_url(base, href) == resolved_url(base, href), (base, href)


def test_links_glued_from_edge_cases_resolve_as_urllib_resolves_them() -> None:
    parts = ("", "/", "//", "a", ".", "..", "%2e", "?", "#", ";", ":", "\t", "é")
    for base in BASES[:3]:
        for pieces in itertools.product(("https://h.fr", "/", "http://h.fr/x"), parts, parts):
            href = "".join(pieces)
            assert absolute_url(base, href) == resolved_url(base, href), (base, href)


def test_what_the_plain_paths_answer() -> None:
    page = "https://www.example.fr/monde/"
    assert absolute_url(page, "/a.php?#x") == "https://www.example.fr/a.php#x"
    assert absolute_url(page, "HTTPS://www.example.fr/a?") == "https://www.example.fr/a"
    assert absolute_url(page, "HTTP://www.example.fr/a?") == "HTTP://www.example.fr/a?"
    assert absolute_url(page, "http://www.example.fr/a.php#") == "http://www.example.fr/a.php#"
    assert absolute_url(page, "https://www.example.fr/a.php#") == "https://www.example.fr/a.php"
    assert absolute_url(page, "/a/%2E%2E/b.php") == "https://www.example.fr/b.php"
    assert absolute_url("https://www.example.fr:99999/", "/a.php") is None
    assert absolute_url("https://[www.example.fr/", "https://www.example.fr/a.php") is None
    assert absolute_url("javascript:void(0)", "https://www.example.fr/a.php") == (
        "https://www.example.fr/a.php"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.fr/a.php",
        "http://www.example.fr",
        "HTTPS://www.example.fr/a.php",
        "https://www.exämple.fr/été",
        "https://[::1]/a",
        "https://www.example.fr/a[1]",
        "https:www.example.fr",
        "ht\ttps://www.example.fr/",
        " https://www.example.fr/",
        "ftp://www.example.fr/",
        "javascript:void(0)",
        "/a.php",
        "",
    ],
)
def test_has_http_scheme_answers_as_urlsplit(url: str) -> None:
    assert has_http_scheme(url) == (urlsplit(url).scheme in ("http", "https"))


@pytest.mark.parametrize("url", ["https://[www.example.fr/a", "http://www.example.fr]/a"])
def test_has_http_scheme_rejects_what_urlsplit_rejects(url: str) -> None:
    with pytest.raises(ValueError):
        urlsplit(url)
    with pytest.raises(ValueError):
        has_http_scheme(url)
