"""One test per generic extraction rule: structured data, decoding, titles, dates, authors,
body container, reading order, standfirst, paywalls, live blogs and the batch contract."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.extract import extract_article
from crawler.extract.authors import clean_authors, looks_like_person, split_authors
from crawler.extract.dates import parse_date
from crawler.extract.decoding import decode_page, looks_binary
from crawler.extract.metalines import is_meta_line, is_prompt
from crawler.extract.structured import _loads_lenient, salvage
from crawler.extract.title import choose_title, site_names

URL = "https://www.example.com/news/2024/story"
PARIS = dt.timezone(dt.timedelta(hours=2))
PARAGRAPH = "Le texte de l'article continue ici, avec des phrases complètes et des virgules. " * 3


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- structured data ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        '<![CDATA[ {"@type": "NewsArticle", "headline": "A"} ]]>',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "A"}\n//]]>',
        '  // <!--\n{"@type": "NewsArticle", "headline": "A"}\n  //  -->\n',
        '<!--{"@type": "NewsArticle", "headline": "A"}-->',
        '{"@type": "NewsArticle", // a comment\n "headline": "A",}',
        '{"@type": "NewsArticle", "headline": "A"}{"@type": "Organization"}',
    ],
)
def test_json_ld_is_read_leniently(raw: str) -> None:
    data = _loads_lenient(raw)
    first = data[0] if isinstance(data, list) else data
    assert first["headline"] == "A"


def test_unparseable_json_ld_keeps_its_article_facts() -> None:
    raw = (
        '{"@type":"NewsArticle","headline":"Titre","datePublished":"2024-04-04",'
        '"author":{"@type":"Person","name":"Léa Fabre"},"image":"<img src="x">"}'
    )
    node = salvage(raw)
    assert node["headline"] == "Titre"
    assert node["datePublished"] == "2024-04-04"
    assert node["author"][0]["name"] == "Léa Fabre"


def test_meta_tags_written_with_value_are_read() -> None:
    html = page('<meta value="2016-12-20T00:08:44+00:00" name="article:published_time">')
    assert extract_article(html, URL).published_at == dt.datetime(
        2016, 12, 20, 0, 8, 44, tzinfo=dt.UTC
    )


# --- decoding ------------------------------------------------------------------------


def test_valid_utf8_wins_over_a_stale_declared_charset() -> None:
    data = '<meta charset="gb2312"><h1>新电脑</h1>'.encode()
    assert "新电脑" in decode_page(data)[0]


def test_undeclared_legacy_bytes_fall_back_to_windows_1252() -> None:
    assert "Été" in decode_page("<h1>Été</h1>".encode("cp1252"))[0]


def test_declared_charset_is_used_when_bytes_are_not_utf8() -> None:
    data = '<meta charset="iso-8859-15"><p>Prix : 5 €</p>'.encode("iso-8859-15")
    assert "5 €" in decode_page(data)[0]


@pytest.mark.parametrize("content_type", [None, "text/html; charset=utf-8"])
def test_pages_are_parsed_as_their_utf8_bytes_whatever_they_declare(
    content_type: str | None,
) -> None:
    # An XHTML page opening with an XML declaration, and a stale <meta charset>: both are
    # read as the UTF-8 they are (lxml refuses text that declares an encoding).
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="iso-8859-1"/>'
        "<title>Unfall</title></head><body><article><h1>Nach dem Unfall: Bernal kämpft</h1>"
        + "<p>Der Radprofi liegt nach dem schweren Sturz weiter auf der Intensivstation.</p>" * 4
        + "</article></body></html>"
    ).encode()
    article = extract_article(xhtml, URL, content_type=content_type)
    assert article.error is None
    assert article.title == "Nach dem Unfall: Bernal kämpft"
    assert "Intensivstation" in article.paragraphs[0]
    # The same page as text (reprocessing a stored page) reads the same.
    assert extract_article(xhtml.decode(), URL).paragraphs == article.paragraphs


def test_legacy_pages_are_parsed_from_their_decoded_text() -> None:
    data = (
        '<html><head><meta charset="windows-1252"></head><body><article><h1>Été à Nîmes</h1>'
        + "<p>Les arènes accueillent la féria pour la quarante-deuxième année de suite.</p>" * 4
        + "</article></body></html>"
    ).encode("cp1252")
    article = extract_article(data, URL)
    assert article.title == "Été à Nîmes"
    assert article.paragraphs[0].startswith("Les arènes")


def test_binary_sniffing() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert looks_binary(bytes(range(32)) * 10)
    assert not looks_binary("<html>é</html>".encode("utf-16"))
    assert not looks_binary(b"<html><body>plain</body></html>")


# --- titles --------------------------------------------------------------------------


def test_h1_confirmed_by_a_title_with_site_slogan() -> None:
    names = site_names("https://www.journalistenwatch.com/x", None)
    title, origin = choose_title(
        [
            ("og:title", "Ladensterben immer dramatischer » Journalistenwatch e.V. - Aktuelles"),
            ("h1", "Ladensterben immer dramatischer"),
        ],
        names,
    )
    assert (title, origin) == ("Ladensterben immer dramatischer", "h1")


def test_metadata_spelling_when_the_h1_lost_its_punctuation() -> None:
    # A kicker and a headline in two <span>s: the h1 text has no colon between them.
    title, origin = choose_title(
        [
            ("og:title", "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte"),
            ("h1", "Ausschuss zur Ahrtal-Flut Zwei Rücktritte"),
        ],
        set(),
    )
    assert (title, origin) == ("Ausschuss zur Ahrtal-Flut: Zwei Rücktritte", "og:title")


def test_the_printed_headline_beats_a_social_media_variant() -> None:
    title, origin = choose_title(
        [("og:title", "Arbeit"), ("h1", "Wir kämpfen für gute Arbeit")], set()
    )
    assert (title, origin) == ("Wir kämpfen für gute Arbeit", "h1")


def test_an_h1_that_is_a_kicker_plus_the_metadata_title_gives_the_metadata_title() -> None:
    title, _ = choose_title(
        [
            ("og:title", "Rückschlag im Titelkampf - Liverpool verliert bei Everton"),
            ("h1", "Premier League Rückschlag im Titelkampf - Liverpool verliert bei Everton"),
        ],
        set(),
    )
    assert title == "Rückschlag im Titelkampf - Liverpool verliert bei Everton"


def test_html_title_beats_a_short_section_heading() -> None:
    title, origin = choose_title(
        [("h1", "Allergies Health Center"), ("html-title", "Babies Who Eat Peanuts Early")],
        set(),
    )
    assert (title, origin) == ("Babies Who Eat Peanuts Early", "html-title")


def test_site_name_spelled_as_part_of_the_host() -> None:
    names = site_names("https://investmentwatchblog.com/x", None)
    title, _ = choose_title([("html-title", "Biggest scheme uncovered – Investment Watch")], names)
    assert title == "Biggest scheme uncovered"


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-05-6T12:00:00.000Z", dt.datetime(2022, 5, 6, 12, tzinfo=dt.UTC)),
        (
            "Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard Time)",
            dt.datetime(2018, 2, 20, tzinfo=dt.UTC),
        ),
        ("Wed, 04 May 2022 02:41:00 GMT", dt.datetime(2022, 5, 4, 2, 41, tzinfo=dt.UTC)),
        ("6 de mayo de 2022", dt.datetime(2022, 5, 6, tzinfo=dt.UTC)),
        ("15 de setembro de 2020 às 14h30", dt.datetime(2020, 9, 15, 14, 30, tzinfo=dt.UTC)),
        ("martedì 3 marzo 2020 ore 10:15", dt.datetime(2020, 3, 3, 10, 15, tzinfo=dt.UTC)),
    ],
)
def test_date_formats(raw: str, expected: dt.datetime) -> None:
    assert parse_date(raw).value == expected


def test_a_time_without_a_year_is_not_a_date() -> None:
    assert parse_date("08:00") is None
    assert parse_date("5 juin") is None


def test_a_stated_offset_beats_an_assumed_one() -> None:
    html = page(
        ld({"@type": "NewsArticle", "datePublished": "2022-5-5 22:17:36"})
        + '<meta name="cXenseParse:recs:publishtime" content="2022-05-06T03:17:36Z">'
    )
    assert extract_article(html, URL).published_at == dt.datetime(
        2022, 5, 6, 3, 17, 36, tzinfo=dt.UTC
    )


def test_utc_metadata_takes_the_local_offset_the_page_prints() -> None:
    html = page(
        ld({"@type": "NewsArticle", "datePublished": "2022-05-04T00:44:52Z"}),
        "<h1>O que Pacheco pretende</h1><p>Por Rodolfo Costa</p><p>03/05/2022 21:44</p>"
        f"<p>{PARAGRAPH}</p>",
    )
    published = extract_article(html, URL).published_at
    assert published.isoformat() == "2022-05-03T21:44:52-03:00"


def test_visible_time_only_adds_a_time_to_a_bare_declared_day() -> None:
    html = page(
        ld({"@type": "NewsArticle", "datePublished": "2024-04-04"}),
        "<h1>Le point</h1><p>Publié le 04/04/2024 à 07h10</p>" + f"<p>{PARAGRAPH}</p>",
    )
    assert extract_article(html, URL).published_at.hour == 7


def test_a_time_element_with_its_own_offset_never_moves_the_declared_date() -> None:
    html = page(
        ld({"@type": "LiveBlogPosting", "datePublished": "2024-04-04T06:00:00+02:00"}),
        '<h1>En direct</h1><time datetime="2024-04-04T09:15:00+02:00">09:15</time>'
        + f"<p>{PARAGRAPH}</p>",
    )
    assert extract_article(html, URL).published_at == dt.datetime(2024, 4, 4, 6, tzinfo=PARIS)


def test_undeclared_dates_come_from_the_header() -> None:
    header_time = page(
        body='<h1>Villach</h1><time datetime="2023-11-05 14:09">5. November</time>'
        + f"<p>{PARAGRAPH}</p>"
    )
    assert extract_article(header_time, URL).published_at.date() == dt.date(2023, 11, 5)
    printed = page(
        body="<div class='h-title'>武汉的声音</div><span>2020-02-19 20:29:58</span>"
        + f"<p>{PARAGRAPH}</p>"
    )
    # No headline to anchor on: the header rules find nothing, htmldate's whole-page
    # reading does (a day, without the time).
    unanchored = extract_article(printed, URL)
    assert unanchored.provenance["published_at"] == "htmldate"
    assert unanchored.published_at.date() == dt.date(2020, 2, 19)
    anchored = printed.replace("<div class='h-title'>", "<h1>").replace("</div>", "</h1>")
    assert extract_article(anchored, URL).published_at.date() == dt.date(2020, 2, 19)
    assert extract_article(anchored, URL).provenance["published_at"] == "visible-date"


def test_a_date_just_above_the_headline_beats_a_later_one() -> None:
    html = page(
        body="<div>Par Loïc Le Clerc | 30 septembre 2018</div><h2>Deux ans en Macronie</h2>"
        + f"<p>{PARAGRAPH}</p><p>Le 6 août 2019, une autre affaire.</p>",
    )
    html = html.replace("<head>", "<head><title>Deux ans en Macronie</title>")
    assert extract_article(html, URL).published_at.date() == dt.date(2018, 9, 30)


def test_modification_time_stands_in_for_a_missing_publication_time() -> None:
    html = page('<meta name="article:modified_time" content="2019-02-22T14:37:03+09:00">')
    article = extract_article(html, URL)
    assert article.published_at.isoformat() == "2019-02-22T14:37:03+09:00"
    assert article.provenance["published_at"] == "modified"


def test_microformat_abbr_title_is_a_date() -> None:
    html = page(
        body='<abbr itemprop="datePublished" title="2018-06-05T08:00:00-07:00">08:00</abbr>'
    )
    assert extract_article(html, URL).published_at.date() == dt.date(2018, 6, 5)


# --- authors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", ["Dan Goodin"]),
        ("By Matt Snyder Dec 19, 2016 at 2:19 pm ET • 5 min read", ["Matt Snyder"]),
        ("Sam Stein Senior Politics Editor, The Huffington Post", ["Sam Stein"]),
        ("Williams Perdomo @wperdomod", ["Williams Perdomo"]),
        ("capital von Jemima Kelly", ["Jemima Kelly"]),
        ("Par Matthieu Hy le 07 Mai 2020", ["Matthieu Hy"]),
        ("著者：後藤大地", ["後藤大地"]),
        ("By Brenda Goodman, MA", ["Brenda Goodman"]),
    ],
)
def test_bylines_are_cut_to_the_names(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


def test_people_outlets_and_prompts() -> None:
    assert looks_like_person("JOSH HASKELL")
    assert looks_like_person("Jose de la Cruz")
    assert not looks_like_person("ABC News")
    assert not looks_like_person("mediagene Inc.")
    assert not looks_like_person("AFP")
    assert clean_authors(["About the author", "Published by"]) == []
    assert clean_authors(["amw"]) == []


def test_the_article_author_meta_beats_the_site_wide_author() -> None:
    html = page(
        '<meta name="author" content="Condé Nast"><meta name="article:author" content="Arielle Pardes">'
    )
    assert extract_article(html, URL).authors == ["Arielle Pardes"]


def test_organisation_author_gives_way_to_the_printed_byline() -> None:
    html = page(
        '<meta name="author" content="ABC News">',
        "<h1>Hillary Clinton: Putin's Beef</h1><div>By JOSH HASKELL and DAVID CAPLAN</div>"
        + f"<p>{PARAGRAPH}</p>",
    )
    article = extract_article(html, URL)
    assert article.authors == ["JOSH HASKELL", "DAVID CAPLAN"]
    assert article.provenance["authors"] == "header-text"


def test_a_lowercase_by_in_running_text_is_not_a_byline() -> None:
    html = page(body="<h1>Zaporizhzhia</h1><p>The plant, occupied by Russian forces, was hit.</p>")
    assert extract_article(html, URL).authors == []


def test_bylines_next_to_the_headline_beat_teaser_lists() -> None:
    html = page(
        body="<main><header><h1>Venezuela nach Maduro</h1>"
        "<span class='author'>Nathaniel Flakin</span></header>"
        f"<p>{PARAGRAPH}</p></main><aside><ul class='box__authorList'>"
        "<li class='articleBox__author'>Emilio Albamonte</li></ul></aside>"
    )
    assert extract_article(html, URL).authors == ["Nathaniel Flakin"]


def test_comment_authors_are_not_article_authors() -> None:
    html = page(
        body=f"<h1>JSON</h1><p>{PARAGRAPH}</p><div class='comments'>"
        "<span class='comment-author-link'>Jamie Doe</span></div>"
    )
    assert extract_article(html, URL).authors == []


# --- body ----------------------------------------------------------------------------


def test_a_body_split_over_sibling_blocks_is_found_whole() -> None:
    blocks = "".join(
        f"<div class='block'><p>Paragraphe {i}. {PARAGRAPH}</p></div>" for i in range(6)
    )
    html = page(body=f"<nav><a href='/'>Accueil</a></nav><h1>Titre</h1><div>{blocks}</div>")
    article = extract_article(html, URL)
    assert len(article.paragraphs) == 6


def test_state_classes_do_not_make_the_page_furniture() -> None:
    html = page(body=f"<div class='has-sidebar main-menu-open'><h1>T</h1><p>{PARAGRAPH}</p></div>")
    assert extract_article(html, URL).paragraphs == [PARAGRAPH.strip()]


def test_a_form_wrapping_the_whole_page_is_kept() -> None:
    html = page(body=f"<form id='aspnetForm'><h1>T</h1>{f'<p>{PARAGRAPH}</p>' * 20}</form>")
    assert len(extract_article(html, URL).paragraphs) == 1  # identical paragraphs, once


def test_teaser_lists_are_left_out() -> None:
    teasers = "".join(
        f"<li><a href='/s{i}'>Another story about something else entirely {i}</a>"
        "<span>Its summary in one sentence, with a comma.</span></li>"
        for i in range(8)
    )
    headlines = "".join(
        f"<div class='post'><h3><a href='/p{i}'>Headline of post number {i}</a></h3>"
        "<p>A summary of that post, in one sentence, with commas.</p></div>"
        for i in range(8)
    )
    html = page(
        body=f"<div><h1>T</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH[::-1]}</p>"
        f"<ul class='x'>{teasers}</ul><section>{headlines}</section></div>"
    )
    body = extract_article(html, URL).body
    assert "Another story" not in body
    assert "summary of that post" not in body


def test_galleries_and_embedded_posts_are_left_out() -> None:
    html = page(
        body=f"<h1>T</h1><p>{PARAGRAPH}</p><div class='inline-gallery'><p>1/50 A picture, "
        "with a long caption that reads like a sentence of the text.</p></div>"
        "<blockquote class='twitter-tweet'><p>A tweet, quoted in full, with words.</p>"
        f"</blockquote><p>{PARAGRAPH[::-1]}</p>"
    )
    body = extract_article(html, URL).body
    assert "1/50" not in body
    assert "A tweet" not in body


def test_text_directly_in_divs_and_split_by_br_is_kept() -> None:
    html = page(body=f"<h1>T</h1><div class='text'>{PARAGRAPH}<br><br>Second line, alone.</div>")
    assert extract_article(html, URL).paragraphs == [PARAGRAPH.strip(), "Second line, alone."]


def test_headings_stay_as_sections_and_lines_above_the_headline_go() -> None:
    html = page(
        body=f"<article><p>Guerre en Ukraine</p><h1>Le point</h1><p>{PARAGRAPH}</p>"
        f"<h2>Sur le front</h2><p>{PARAGRAPH[::-1]}</p></article>"
    )
    article = extract_article(html, URL)
    assert [s.heading for s in article.sections] == [None, "Sur le front"]
    assert article.paragraphs[0] == PARAGRAPH.strip()
    assert "Sur le front" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Par Claire Muller (avec AFP) Le 07/04/2024 à 19:10 | Mis à jour le 07/04/2024 à 22:25",
        "Publié le 03/04/2024 à 12:35, mis à jour le 03/04/2024 à 14:10",
        "Friday 22 November 2024 08:49 GMT",
        "Ouest-France avec AFP",
        "Mit Material von dpa und AFP",
        "Lecture : 3 min",
        "Par Camille Rességuier",
    ],
)
def test_meta_lines_are_not_paragraphs(line: str) -> None:
    assert is_meta_line(line)


@pytest.mark.parametrize(
    "line", ["Join our commenting forum", "Mehr von 1000things", "Abonnez-vous à la newsletter"]
)
def test_prompts_are_not_paragraphs(line: str) -> None:
    assert is_prompt(line)


def test_ordinary_sentences_are_neither_meta_lines_nor_prompts() -> None:
    for text in ("Le 7 avril, Paris a vécu une journée calme.", "In 2024, 3 people died."):
        assert not is_meta_line(text)
        assert not is_prompt(text)


def test_the_printed_description_is_the_standfirst() -> None:
    summary = "Au moins trois frappes de drones ont visé la centrale nucléaire de Zaporijjia."
    html = page(
        f'<meta property="og:description" content="{summary}">',
        "<header><div class='menu'>" + "<a href='/s'>Rubrique du site</a> " * 12 + "</div>"
        f"<h1>Zaporijjia</h1><div class='chapo'>{summary}</div></header>"
        f"<div class='text'><p>{PARAGRAPH}</p><p>{PARAGRAPH[::-1]}</p></div>",
    )
    article = extract_article(html, URL)
    assert article.lead == summary
    assert article.text.startswith(summary)


def test_a_description_that_is_not_printed_is_no_standfirst() -> None:
    html = page(
        '<meta property="og:description" content="A teaser written for social media only.">',
        f"<h1>T</h1><p>{PARAGRAPH}</p>",
    )
    assert extract_article(html, URL).lead is None


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (ld({"@type": "NewsArticle", "isAccessibleForFree": "False"}), ""),
        (
            ld(
                {
                    "@type": "NewsArticle",
                    "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False},
                }
            ),
            "",
        ),
        ("", "<p>La suite de cet article est réservée aux abonnés.</p>"),
    ],
)
def test_paywalls_are_flagged(head: str, body: str) -> None:
    article = extract_article(page(head, f"<h1>T</h1><p>{PARAGRAPH}</p>{body}"), URL)
    assert article.is_paywalled
    assert "paywalled page: the body may be truncated" in article.warnings
    assert "réservée aux abonnés" not in article.body


# --- live blogs ----------------------------------------------------------------------


def test_live_blog_updates_keep_their_own_times() -> None:
    updates = [
        {
            "@type": "BlogPosting",
            "headline": "Kharkiv",
            "datePublished": "2024-04-04T09:15:00+02:00",
            "articleBody": "Une frappe a touché Kharkiv.",
        },
        {
            "@type": "BlogPosting",
            "datePublished": "2024-04-04T08:00:00+02:00",
            "articleBody": "L'Otan se réunit.",
        },
    ]
    html = page(
        ld({"@type": "LiveBlogPosting", "headline": "En direct", "liveBlogUpdate": updates})
    )
    entries = extract_article(html, URL).entries
    assert [(e.published_at.hour, e.headline, e.text) for e in entries] == [
        (9, "Kharkiv", "Une frappe a touché Kharkiv."),
        (8, None, "L'Otan se réunit."),
    ]


def test_live_blog_entries_from_timestamped_blocks() -> None:
    items = "".join(
        f"<article><time datetime='2024-04-04T0{h}:00:00+02:00'>0{h}:00</time>"
        f"<p>Le point de {h} heures sur la situation.</p></article>"
        for h in (9, 8, 7)
    )
    html = page(ld({"@type": "LiveBlogPosting", "headline": "En direct"}), f"<div>{items}</div>")
    article = extract_article(html, URL)
    assert [e.published_at.hour for e in article.entries] == [9, 8, 7]
    assert article.entries[0].text == "Le point de 9 heures sur la situation."
    assert article.provenance["entries"] == "html"


def test_ordinary_articles_have_no_entries() -> None:
    items = "".join(
        f"<li><time datetime='2024-04-0{d}'>{d}</time> Related {d}</li>" for d in (1, 2, 3)
    )
    html = page(ld({"@type": "NewsArticle"}), f"<h1>T</h1><p>{PARAGRAPH}</p><ul>{items}</ul>")
    assert extract_article(html, URL).entries == []


# --- the batch contract --------------------------------------------------------------


def test_batch_contract(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(
        page(
            ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Le point",
                    "datePublished": "2024-04-04T07:10:00+02:00",
                }
            ),
            f"<h1>Le point</h1><p>{PARAGRAPH}</p><h2>Sur le front</h2><p>{PARAGRAPH[::-1]}</p>",
        ),
        "utf-8",
    )
    lines = [
        json.dumps({"id": "good", "html_path": str(good), "url": URL}),
        json.dumps({"id": "missing", "html_path": str(tmp_path / "nope.html"), "url": URL}),
        "not json",
        json.dumps({"id": "again", "html_path": str(good), "url": URL}),
    ]
    completed = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "extract", "--batch"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    # Every line gets its answer; the failed ones make the batch exit 1 and say so.
    assert completed.returncode == 1, completed.stderr
    assert "2 of 4 lines failed" in completed.stderr
    out = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["good", "missing", None, "again"]
    assert [o.get("line") for o in out if "error" in o] == [2, 3]
    record = out[0]
    for key in (
        "title",
        "date_published",
        "date_modified",
        "authors",
        "body",
        "sections",
        "captions",
        "language",
        "provenance",
        "warnings",
    ):
        assert key in record
    assert record["date_published"] == "2024-04-04T07:10:00+02:00"
    assert [(s["heading"], s["headline"]) for s in record["sections"]] == [
        (None, None),
        ("Sur le front", "Sur le front"),
    ]
    assert "Sur le front" in record["body"]
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["title"] == "Le point"
