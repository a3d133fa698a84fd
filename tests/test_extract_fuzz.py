"""Extraction never raises and stays fast, whatever the page: fuzzed and hostile inputs."""

from __future__ import annotations

import datetime as dt
import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.cli.extract import article_record
from crawler.extract import Article, extract_article

URL = "https://www.example.fr/2024/04/04/guerre-en-ukraine-le-point-11869032.php"
FAST = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TAGS = ("div", "p", "span", "a", "h1", "h2", "li", "ul", "article", "section", "time", "figure")
ATTRIBUTES = (
    "",
    ' class="article-body"',
    ' class="comments"',
    ' class="share"',
    ' class="byline"',
    ' itemprop="articleBody"',
    ' datetime="2024-04-04T07:10:00+02:00"',
    ' datetime="not a date"',
    ' hidden style="display:none"',
    ' role="navigation"',
)
WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&"),
    max_size=80,
)
JSON_LD = st.one_of(
    st.just('{"@type":"NewsArticle","headline":"T","datePublished":"2024-04-04"}'),
    st.just('{"@type":"NewsArticle", "author": [{"name": 3}, null, "x"], "datePublished": {}}'),
    st.just('<![CDATA[{"@graph":[{"@type":"Article","headline":"A"}]}]]>'),
    st.just('{"@type": "NewsArticle", "headline": "broken "quote" here"'),
    st.just("[" * 3000),
    st.text(max_size=200),
)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """Random tag soup: unclosed, misnested and attribute-laden elements with text."""
    parts = ["<html><head>"]
    if draw(st.booleans()):
        parts.append(f'<script type="application/ld+json">{draw(JSON_LD)}</script>')
    if draw(st.booleans()):
        parts.append(f'<meta property="article:published_time" content="{draw(WORDS)}">')
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        parts.append(f"<{tag}{draw(st.sampled_from(ATTRIBUTES))}>{draw(WORDS)}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "".join(parts)


def _check(article: Article) -> None:
    assert isinstance(article, Article)
    # Bad input may leave a page unread, but no input may make extraction itself fail.
    assert not (article.error or "").startswith("extraction stopped early"), article.error
    for value in (article.published_at, article.modified_at):
        assert value is None or value.utcoffset() is not None
    for entry in article.entries:
        assert entry.published_at is None or entry.published_at.utcoffset() is not None
    json.dumps(article_record(article), ensure_ascii=False)  # the CLI can always print it


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(data: bytes) -> None:
    _check(extract_article(data, URL))


@settings(FAST, max_examples=100)
@given(html_documents())
def test_random_tag_soup_never_raises(html: str) -> None:
    _check(extract_article(html, URL))
    _check(extract_article(html.encode("utf-8"), URL))


@settings(FAST, max_examples=60)
@given(html_documents(), st.sampled_from(["utf-8", "latin-1", "cp1252", "utf-16"]))
def test_any_encoding_without_declaration(html: str, encoding: str) -> None:
    data = html.encode(encoding, "replace")
    _check(extract_article(data, URL, content_type="text/html"))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 3000), st.sampled_from(["div", "span", "p", "blockquote", "li"]))
def test_deep_nesting_is_bounded(depth: int, tag: str) -> None:
    html = f"<html><body><h1>Titre</h1>{f'<{tag}>' * depth}texte profond{f'</{tag}>' * depth}"
    _check(extract_article(html, URL))


def test_empty_and_blank_pages() -> None:
    for data in (b"", b"   \n\t", "", "<html></html>"):
        article = extract_article(data, URL)
        _check(article)
        assert article.warnings


def test_binary_content_is_refused_with_a_warning() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    article = extract_article(png, URL)
    assert article.warnings == ["binary content, not HTML"]
    assert article.title is None


def test_latin1_page_without_declared_charset_is_read() -> None:
    html = "<html><body><h1>Été à Montpellier</h1><p>" + "Les élèves sont là. " * 30 + "</p>"
    article = extract_article(html.encode("latin-1"), URL)
    assert article.title == "Été à Montpellier"
    assert "élèves" in article.body


def test_utf16_page_with_bom_is_read() -> None:
    html = "<html><body><h1>Guerre en Ukraine : le point</h1><p>" + "Texte du jour. " * 30
    article = extract_article(html.encode("utf-16"), URL)
    assert article.title == "Guerre en Ukraine : le point"


def test_twenty_megabyte_page_is_fast_and_complete() -> None:
    script = b"<script>var data='" + b"x" * 1_000_000 + b"';</script>"
    paragraph = b"<p>" + b"Une phrase de l'article, avec des mots. " * 30 + b"</p>"
    page = (
        b'<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        b'"headline":"Gros","datePublished":"2024-04-04T07:10:00+02:00"}</script></head><body>'
        + script * 20
        + b"<h1>Gros</h1>"
        + paragraph
        + b"</body></html>"
    )
    assert len(page) > 20_000_000
    started = time.perf_counter()
    article = extract_article(page, URL)
    assert time.perf_counter() - started < 10
    assert article.title == "Gros"
    assert article.published_at == dt.datetime(2024, 4, 4, 5, 10, tzinfo=dt.UTC)
    assert "Une phrase de l'article" in article.body


def test_hundred_thousand_nested_divs_give_a_partial_result() -> None:
    page = (
        "<html><head><title>Profond</title></head><body>"
        + "<div>" * 100_000
        + "<p>texte</p>"
        + "</div>" * 100_000
    )
    started = time.perf_counter()
    article = extract_article(page, URL)
    assert time.perf_counter() - started < 10
    assert article.title == "Profond"
    assert any("nested too deeply" in w for w in article.warnings)


def test_malformed_json_ld_is_salvaged_or_ignored_with_a_warning() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Titre sauvé","datePublished":"2024-04-04T07:10:00+02:00",'
        '"image":"<img src="x.jpg">"}</script>'
        '<script type="application/ld+json">{{{{</script></head>'
        "<body><p>" + "Du texte. " * 30 + "</p></body></html>"
    )
    article = extract_article(page, URL)
    assert article.title == "Titre sauvé"
    assert article.published_at == dt.datetime(2024, 4, 4, 5, 10, tzinfo=dt.UTC)
    assert "malformed JSON-LD: fields salvaged" in article.warnings
    assert "malformed JSON-LD ignored" in article.warnings


# URL-valued inputs: what a page or a feed may put where a URL belongs.
URLISH = st.one_of(
    st.sampled_from(
        [
            "https://[www.sudinfo.be/x",
            "http://[::1",
            "http://host:99999/",
            "https://exa mple.fr/a b",
            "//",
            "http://",
            "javascript:void(0)",
            "https://www.example.fr/a/%2e%2e/%2e%2e/b",
            "https://www.example.fr/\x00",
            "%",
            "https://" + "a" * 5000 + ".fr/",
        ]
    ),
    st.text(alphabet="htps:/[]@%.?#:x0123456789", max_size=40),
    st.text(max_size=60),
)


def _page_with_urls(canonical: str, og_url: str, ld_url: str, href: str, srcset: str) -> str:
    def attr(value: str) -> str:
        return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")

    ld = json.dumps(
        {"@type": "NewsArticle", "headline": "Guerre en Ukraine : le point", "url": ld_url}
    ).replace("</", "<\\/")
    return (
        f'<html><head><link rel="canonical" href="{attr(canonical)}">'
        f'<meta property="og:url" content="{attr(og_url)}">'
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Guerre en Ukraine : le point</h1>"
        f'<figure><img src="{attr(href)}" srcset="{attr(srcset)}"><figcaption>Kiev</figcaption>'
        f'</figure><p>{"Le texte du rapport. " * 20}<a href="{attr(href)}">lien</a></p>'
        f"</article></body></html>"
    )


@settings(FAST, max_examples=120)
@given(URLISH, URLISH, URLISH, URLISH, URLISH)
def test_no_url_valued_input_stops_extraction(
    canonical: str, og_url: str, ld_url: str, href: str, srcset: str
) -> None:
    article = extract_article(_page_with_urls(canonical, og_url, ld_url, href, srcset), URL)
    _check(article)
    assert article.error is None, article.error
    assert article.title == "Guerre en Ukraine : le point"
    assert "Le texte du rapport." in article.body
    assert article.canonical_url is None or article.canonical_url.startswith("http")


def test_an_invalid_canonical_url_is_ignored_with_a_warning() -> None:
    page = _page_with_urls("https://[www.sudinfo.be/x", "", "", "/a", "")
    article = extract_article(page, URL)
    assert article.error is None
    assert article.title == "Guerre en Ukraine : le point"
    assert article.canonical_url is None
    assert "invalid canonical URL ignored: 'https://[www.sudinfo.be/x'" in article.warnings


def test_a_page_that_cannot_be_read_says_why() -> None:
    assert extract_article(b"", URL).error == "empty or unparseable page"
    assert extract_article(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, URL).error == (
        "binary content, not HTML"
    )
    assert extract_article("<html><h1>Titre</h1><p>texte</p>", "http://[::1").error is None
