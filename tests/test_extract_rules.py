"""One test per extraction rule: dates, text repair, titles, authors, captions, report dates."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.extract import extract_article
from crawler.extract.authors import clean_authors, split_authors
from crawler.extract.captions import is_credit_line, split_credit
from crawler.extract.dates import date_from_url, dates_in_text, has_offset, parse_date
from crawler.extract.metalines import is_meta_line, is_staff_credit
from crawler.extract.paragraph_rules import is_bold_subheading
from crawler.extract.relative import is_relative_line, relative_date
from crawler.extract.report_date import report_date
from crawler.extract.text import clean_text, fold
from crawler.extract.title import (
    choose_title,
    declared_site_names,
    site_names,
    strip_site_name,
    undouble,
)
from crawler.urls import normalize_url

PARIS = "Europe/Paris"


@pytest.mark.parametrize(
    ("text", "published", "modified"),
    [
        (
            "Publié le 04/04/2024 à 07:10, mis à jour à 09:32",
            "2024-04-04T07:10:00+02:00",
            "2024-04-04T09:32:00+02:00",
        ),
        (
            "Publié le 16 mai 2022 à 6h00, mis à jour le 17 mai 2022 à 6h19",
            "2022-05-16T06:00:00+02:00",
            "2022-05-17T06:19:00+02:00",
        ),
        ("Publié le jeudi 4 avril 2024 à 7h10", "2024-04-04T07:10:00+02:00", None),
        ("Publié le 1er avril 2024 à 17h05", "2024-04-01T17:05:00+02:00", None),
        (
            "Veröffentlicht am 04.04.2024 um 07:10 Uhr. Aktualisiert am 04.04.2024 um 10:15 Uhr",
            "2024-04-04T07:10:00+02:00",
            "2024-04-04T10:15:00+02:00",
        ),
        ("Published April 4, 2024 at 7:10 am", "2024-04-04T07:10:00+02:00", None),
        ("Mis à jour le 5 avril 2024", None, "2024-04-05T00:00:00+02:00"),
    ],
)
def test_visible_date_lines(text: str, published: str | None, modified: str | None) -> None:
    found = dates_in_text(text, PARIS)
    assert (found["published"].value.isoformat() if "published" in found else None) == published
    assert (found["modified"].value.isoformat() if "modified" in found else None) == modified


def test_dates_are_always_aware_and_iso_is_never_day_first() -> None:
    assert parse_date("2024-04-01T09:00:00+00:00").value == dt.datetime(
        2024, 4, 1, 9, tzinfo=dt.UTC
    )
    assert parse_date("2024-04-01", PARIS).value.tzinfo is not None
    assert parse_date("Thu, 04 Apr 2024 07:10:00 +0200").value.utcoffset() == dt.timedelta(hours=2)
    assert parse_date("4 avril 2024", PARIS).value.date() == dt.date(2024, 4, 4)
    assert parse_date("04/05/2024", PARIS).value.date() == dt.date(2024, 5, 4)
    assert parse_date("no date here") is None
    assert parse_date("") is None


@pytest.mark.parametrize(
    "text",
    ["2024-04-04T10:00:00+25:00", "2024-04-04T10:00:00-24:00", "Thu, 04 Apr 2024 10:00:00 +2500"],
)
def test_an_offset_of_a_day_or_more_is_no_date(text: str) -> None:
    assert parse_date(text) is None
    assert parse_date(text, PARIS) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (
            "https://www.midilibre.fr/2024/04/04/guerre-en-ukraine-x-11869234.php",
            dt.date(2024, 4, 4),
        ),
        (
            "https://www.leparisien.fr/international/ukraine/x-03-07-2025-UH6PSN6EJZCHLAPUXCO5ARTKFA.php",
            dt.date(2025, 7, 3),
        ),
        ("https://www.lavoixdunord.fr/1650000/article/2025-12-03/slug", dt.date(2025, 12, 3)),
        ("https://hardwoodparoxysm.com/war-in-ukraine/", None),
    ],
)
def test_dates_in_urls(url: str, day: dt.date | None) -> None:
    assert date_from_url(url) == day


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ('against &amp ;quot;terrorism"', 'against "terrorism"'),
        ("a conversation of ;an hour", "a conversation of an hour"),
        ("since rsquo;Russian invasion", "since Russian invasion"),
        ("Kyivrsquo;s request", "Kyiv’s request"),
        ("l&#8217;armée", "l’armée"),
        ("l&amp;#8217;armée", "l’armée"),
        ("Ã©tÃ© trÃ¨s chaud", "été très chaud"),
        ("A\u00a0 B\u200b C", "A B C"),
        ("AT&T; 5 ; 6", "AT&T; 5 ; 6"),
    ],
)
def test_text_repair(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Ã¢ bÃ¢timent", "â bâtiment"),  # broken twice over: both repaired
        ("\ufffd reste", "\ufffd reste"),  # a replacement character ftfy cannot undo
        ("château, bâtiment, â", "château, bâtiment, â"),  # looks broken, is not
    ],
)
def test_text_repair_tells_mojibake_from_accents(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("  L'État-major, 30\u00a0000 soldats !", "l etat major 30 000 soldats"),
        ("Œuvre ﬁnale: Zaporijjia—Kharkiv", "œuvre finale zaporijjia kharkiv"),
        ("snake_case et e\u0301te\u0301 ", "snake_case et ete"),
        ("ASCII only -- here_", "ascii only here_"),
        ("…«»", ""),
    ],
)
def test_fold_keeps_the_words_lowercased_without_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("raw", "site", "title"),
    [
        (
            "Guerre en Ukraine : le point - midilibre.fr",
            "Midi Libre",
            "Guerre en Ukraine : le point",
        ),
        ("Guerre en Ukraine : le point – Midi Libre", "Midi Libre", "Guerre en Ukraine : le point"),
        (
            "Guerre en Ukraine : le point | L'Indépendant",
            "L'Indépendant",
            "Guerre en Ukraine : le point",
        ),
        ("Le Figaro - Guerre en Ukraine : le point", "Le Figaro", "Guerre en Ukraine : le point"),
        (
            "War in Ukraine: update - Hardwood Paroxysm",
            "Hardwood Paroxysm",
            "War in Ukraine: update",
        ),
    ],
)
def test_site_names_are_stripped(raw: str, site: str, title: str) -> None:
    assert strip_site_name(raw, site_names("https://www.example.fr/", site)) == title


def test_title_is_not_doubled_and_h1_wins_when_confirmed() -> None:
    assert undouble("Un titre ici Un titre ici") == "Un titre ici"
    names = site_names("https://www.midilibre.fr/x", "Midi Libre")
    title, origin = choose_title(
        [
            ("og:title", "Guerre en Ukraine : le point - midilibre.fr"),
            ("h1", "Guerre en Ukraine : le point"),
        ],
        names,
    )
    assert (title, origin) == ("Guerre en Ukraine : le point", "h1")


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Jean Dupont avec AFP", ["Jean Dupont"]),
        ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Midi Libre avec AFP", ["Midi Libre", "AFP"]),
        ("admin", []),
    ],
)
def test_author_splitting(byline: str, people: list[str]) -> None:
    assert clean_authors([byline], {"midi libre"}) == people


def test_author_prefix_and_parentheses() -> None:
    assert split_authors("Par Léa Fabre (avec AFP)") == ["Léa Fabre"]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Le point sur la situation. MAXPPP – SERGEY KOZLOV",
            "Le point sur la situation.",
            "MAXPPP – SERGEY KOZLOV",
        ),
        (
            "Le point. Illustration Midi Libre – JEAN-MICHEL MART",
            "Le point.",
            "Illustration Midi Libre – JEAN-MICHEL MART",
        ),
        ("Des soldats à Kiev. AFP/Ed JONES.", "Des soldats à Kiev.", "AFP/Ed JONES"),
    ],
)
def test_caption_credits(text: str, caption: str, credit: str) -> None:
    assert split_credit(text).text == caption
    assert split_credit(text).credit == credit
    assert is_credit_line(text)


def test_ordinary_sentences_are_not_credit_lines() -> None:
    assert not is_credit_line(
        "La France et l’Allemagne – deux pays – ont signé un accord sur la défense."
    )
    assert not is_credit_line(
        "Selon l'AFP, les frappes ont repris dans la nuit sur Kharkiv et Soumy, a-t-il dit !"
    )


def test_report_date_prefers_the_stated_day() -> None:
    published = dt.datetime(2024, 4, 5, 1, 0, tzinfo=dt.UTC)
    texts = [
        "Every day, Midi Libre takes stock. This Thursday, April 4, 2024, discover the latest."
    ]
    assert report_date(
        texts=texts, url="https://x.com/a/", published_at=published, timezone="UTC"
    ) == (dt.date(2024, 4, 4), "text")
    old = ["La guerre a commencé le 24 février 2022."]
    assert report_date(
        texts=old, url="https://x.fr/2024/04/04/a.php", published_at=published, timezone=PARIS
    ) == (dt.date(2024, 4, 4), "url")
    assert report_date(texts=[], url="https://x.fr/a", published_at=published, timezone=PARIS) == (
        dt.date(2024, 4, 5),
        "published_at",
    )


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.midilibre.fr/2024/04/04/x-1.php",
        "https://www.midilibre.fr/2024/04/04/x-1.php?utm_source=twitter&utm_medium=social",
        "http://www.midilibre.fr/2024/04/04/x-1.php#comments",
        "https://www.midilibre.fr/amp/2024/04/04/x-1.php",
        "https://m.midilibre.fr/2024/04/04/x-1.php",
    ],
)
def test_url_variants_normalize_alike(variant: str) -> None:
    assert normalize_url(variant) == "https://midilibre.fr/2024/04/04/x-1.php"


def test_meaningful_query_parameters_are_kept() -> None:
    assert normalize_url("https://x.fr/article?id=3&utm_campaign=a") == "https://x.fr/article?id=3"


# --- site names glued to CJK headlines, declared site names -------------------------------


@pytest.mark.parametrize(
    ("raw", "site", "title"),
    [
        ("市议会通过新的公交线路规划方案_本地_城市晚报", None, "市议会通过新的公交线路规划方案"),
        ("台风登陆沿海地区，多地停课停运！-晨光新闻网", None, "台风登陆沿海地区，多地停课停运！"),
        ("新しい駅ビルが来春に開業へ｜みなと新聞", None, "新しい駅ビルが来春に開業へ"),
        ("みなと新聞｜新しい駅ビルが来春に開業へ", "みなと新聞", "新しい駅ビルが来春に開業へ"),
        ("시청 앞 광장에 새 도서관 : 한빛일보", "한빛일보", "시청 앞 광장에 새 도서관"),
        ("中美-贸易战", None, "中美-贸易战"),
        ("iPhone-15发布会今晚举行", None, "iPhone-15发布会今晚举行"),
        ("A plain headline - with a dash", None, "A plain headline - with a dash"),
    ],
)
def test_glued_site_names_are_stripped(raw: str, site: str | None, title: str) -> None:
    assert strip_site_name(raw, site_names("https://news.example.cn/a/1.html", site)) == title


def test_declared_site_names_come_from_app_meta_and_json_ld() -> None:
    meta = {"application-name": "Morning Courier"}
    nodes = [
        {"@type": "WebSite", "name": "Courier Online"},
        {"@type": "Organization", "name": "x" * 80},  # a description, not a name
        {"@type": "Person", "name": "Ann Writer"},
    ]
    assert declared_site_names(meta, nodes) == ["Morning Courier", "Courier Online"]
    names = site_names("https://example.org/", *declared_site_names(meta, nodes))
    assert strip_site_name("Bridge reopens after repairs | Courier Online", names) == (
        "Bridge reopens after repairs"
    )


# --- time-zone abbreviations, page offsets, relative dates --------------------------------


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("December 16, 2016, 4:19 PM ET", -5),
        ("July 16, 2024, 4:19 PM ET", -4),  # daylight saving time
        ("March 3, 2024 9:00 am PST", -8),
        ("16. Juli 2024, 10:00 Uhr MESZ", 2),
        ("3 mars 2024 à 10h00 CET", 1),
    ],
)
def test_zone_abbreviations_give_the_offset(text: str, offset_hours: int) -> None:
    parsed = parse_date(text)
    assert parsed is not None and not parsed.assumed_zone
    assert parsed.value.utcoffset() == dt.timedelta(hours=offset_hours)
    assert has_offset(text)


def test_a_date_without_offset_is_marked_as_assumed() -> None:
    assert parse_date("2024-03-04T10:00:00").assumed_zone
    assert parse_date("4 mars 2024 à 10h00", PARIS).assumed_zone
    assert not parse_date("2024-03-04T10:00:00+01:00").assumed_zone
    assert not has_offset("le 3 mars et le 4 mars 2024")  # "et" is French, not Eastern Time


REFERENCE = dt.datetime(2024, 5, 10, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        ("3 hours ago", dt.datetime(2024, 5, 10, 9, 0, tzinfo=dt.UTC), True),
        ("Publié il y a 2 heures", dt.datetime(2024, 5, 10, 10, 0, tzinfo=dt.UTC), True),
        ("vor einer Stunde", dt.datetime(2024, 5, 10, 11, 0, tzinfo=dt.UTC), True),
        ("hace 45 minutos", dt.datetime(2024, 5, 10, 11, 15, tzinfo=dt.UTC), True),
        ("há 2 dias", dt.datetime(2024, 5, 8, 0, 0, tzinfo=dt.UTC), False),
        ("2 ore fa", dt.datetime(2024, 5, 10, 10, 0, tzinfo=dt.UTC), True),
        ("Gestern, 14:30", dt.datetime(2024, 5, 9, 14, 30, tzinfo=dt.UTC), True),
        ("hier à 8h05", dt.datetime(2024, 5, 9, 8, 5, tzinfo=dt.UTC), True),
    ],
)
def test_relative_dates(text: str, expected: dt.datetime, has_time: bool) -> None:
    assert relative_date(text, REFERENCE) == (expected, has_time)


def test_relative_dates_need_a_distance_and_an_aware_reference() -> None:
    assert relative_date("He was 3 hours late", REFERENCE) is None
    assert relative_date("il y a 400 jours", REFERENCE) is None  # too far back to trust
    assert relative_date("Today we look at bridges", REFERENCE, clock_only=True) is None
    assert relative_date("3 hours ago", REFERENCE.replace(tzinfo=None)) is None
    assert is_relative_line("Updated 3 hours ago")
    assert not is_relative_line("She arrived 3 hours ago and left at once.")


def _page(head: str, header: str, url_body: str = "") -> str:
    text = "A long sentence of the article body that goes on for a while. " * 12
    return (
        f"<html><head>{head}</head><body><article><h1>Bridge reopens after long repairs</h1>"
        f"{header}<p>{text}</p><p>{text}</p>{url_body}</article></body></html>"
    )


def test_relative_date_under_the_headline_is_resolved_against_the_fetch_time() -> None:
    article = extract_article(
        _page("", "<p>vor 3 Stunden</p>"), "https://example.de/a", fetched_at=REFERENCE
    )
    assert article.published_at == dt.datetime(2024, 5, 10, 9, 0, tzinfo=dt.UTC)
    assert article.provenance["published_at"] == "relative-date"
    assert "vor 3 Stunden" not in article.body


def test_a_date_without_offset_takes_the_offset_the_page_states_elsewhere() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-04T10:00:00">'
        '<meta property="article:modified_time" content="2024-03-05T08:00:00+01:00">'
    )
    article = extract_article(_page(head, ""), "https://example.fr/a", fetched_at=REFERENCE)
    assert article.published_at.isoformat() == "2024-03-04T10:00:00+01:00"
    # With no offset anywhere, the documented default (UTC) applies.
    head = '<meta property="article:published_time" content="2024-03-04T10:00:00">'
    article = extract_article(_page(head, ""), "https://example.fr/a", fetched_at=REFERENCE)
    assert article.published_at.isoformat() == "2024-03-04T10:00:00+00:00"


def test_a_printed_date_takes_the_offset_of_a_date_attribute() -> None:
    header = '<p><span data-origin-date="2024-03-01 14:27:02 +0800">2024-03-01 14:27:02</span></p>'
    article = extract_article(_page("", header), "https://example.cn/a", fetched_at=REFERENCE)
    assert article.published_at.isoformat() == "2024-03-01T14:27:02+08:00"


# --- bold subheadings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bold", "tag", "heading"),
    [
        ("What happens next", True, "p", True),
        ("Was bedeutet das für Pendler?", True, "p", True),
        ("What happens next", False, "p", False),
        ("This whole paragraph is bold and it ends like a sentence.", True, "p", False),
        ("Lire aussi :", True, "p", False),
        ("A bold list item", True, "li", False),
        ("Bold link to another story", True, "p", False),
    ],
)
def test_bold_only_paragraphs_become_subheadings(
    text: str, bold: bool, tag: str, heading: bool
) -> None:
    link_ratio = 1.0 if "link" in text else 0.0
    assert is_bold_subheading(text, bold, tag, link_ratio) is heading


def test_bold_subheadings_open_sections_and_a_closing_bold_line_stays_text() -> None:
    text = "A long sentence of the article body that goes on for a while. " * 6
    page = (
        "<html><body><article><h1>Bridge reopens after long repairs</h1>"
        f"<p>{text}</p><p><strong>What happens next</strong></p><p>{text} Next.</p>"
        "<p><b>Ann Writer reported from the river bank</b></p></article></body></html>"
    )
    article = extract_article(page, "https://example.org/a")
    assert [s.heading for s in article.sections] == [None, "What happens next"]
    assert article.sections[-1].paragraphs[-1] == "Ann Writer reported from the river bank"


# --- live blogs without JSON-LD -------------------------------------------------------------


def _live_page(wrapper_class: str) -> str:
    entries = "".join(
        f'<div class="entry"><time datetime="2024-05-10T{h:02d}:00:00+02:00">{h}:00</time>'
        f"<p>Update number {h}: the river level keeps rising near the bridge.</p></div>"
        for h in (11, 10, 9)
    )
    text = "A long sentence of the article body that goes on for a while. " * 6
    return (
        "<html><body><article><h1>Floods: the latest</h1>"
        f"<p>{text}</p><div class='{wrapper_class}'>{entries}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        (["LiveBlog-Entry"], True),  # any letter case
        (["deliver", "olive-oil"], False),  # "live" inside other words only
        (["delivery"] * 49 + ["live-update"], True),  # the 50th class saying "live"
        (["delivery"] * 50 + ["live-update"], False),  # past the first 50
    ],
)
def test_live_markup_is_read_from_the_first_class_names_that_say_live(
    classes: list[str], expected: bool
) -> None:
    from lxml import html as lxml_html

    from crawler.extract.live import looks_live

    items = "".join(f'<div class="{name}">x</div>' for name in classes)
    page = lxml_html.fromstring(f"<html><body><main>{items}</main></body></html>")
    assert looks_live(page, "https://example.org/news/floods", "Floods") is expected


def test_live_entries_are_read_on_pages_that_call_themselves_live() -> None:
    live = extract_article(_live_page("stream"), "https://example.org/live/floods")
    assert [e.published_at.hour for e in live.entries] == [11, 10, 9]
    assert live.provenance["entries"] == "html"
    marked = extract_article(_live_page("liveblog-entries"), "https://example.org/floods")
    assert len(marked.entries) == 3
    # An ordinary article, and a comment thread on a live page, have no entries.
    assert extract_article(_live_page("stream"), "https://example.org/floods").entries == []
    assert extract_article(_live_page("comments"), "https://example.org/live/x").entries == []


# --- declared headline against a differently worded <h1> -----------------------------------


def _headline_page(h1: str, page_title: str) -> str:
    text = "A long sentence of the article body that goes on for a while. " * 6
    ld = '{"@type": "NewsArticle", "headline": "Bridge reopens after two years of repairs"}'
    return (
        f"<html><head><title>{page_title}</title>"
        f'<meta property="og:title" content="{h1}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>{h1}</h1><p>{text}</p></article></body></html>"
    )


def test_json_ld_headline_confirmed_by_the_page_title_beats_a_reworded_h1() -> None:
    page = _headline_page(
        "City bridge is open again", "Bridge reopens after two years of repairs | World | Site"
    )
    article = extract_article(page, "https://example.org/a")
    assert article.title == "Bridge reopens after two years of repairs"
    assert article.provenance["title"] == "json-ld"
    assert "City bridge is open again" not in article.text  # the printed h1 stays out
    # Without the <title>'s support, the printed headline wins.
    alone = extract_article(_headline_page("City bridge is open again", "Site"), "https://e.org/a")
    assert alone.title == "City bridge is open again"


def test_a_segment_much_longer_than_the_site_name_is_not_the_site_name() -> None:
    names = site_names("https://blog.example.tw/1", "小明的家")
    raw = "新竹尖石_美樹營地賞楓 (2) @ 小明的家 :: 部落格平台 ::"
    assert strip_site_name(raw, names).startswith("新竹尖石")
    latin = site_names("https://x.fr/", "Midi Libre")
    assert strip_site_name("Midi Libre Actualités - Guerre en Ukraine : le point", latin) == (
        "Guerre en Ukraine : le point"
    )


# --- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("dpa", ["dpa"]),  # a lowercase agency is not a stray code
        ("Jane Doe Contact", ["Jane Doe"]),  # a link text after the name
        ("Last Updated: January 7, 2025", []),  # a date label is nobody
        ("Politik · Jochen Bittner, Tina Hildebrandt", ["Jochen Bittner", "Tina Hildebrandt"]),
        ("AOL Staff", ["AOL Staff"]),  # a role word after one word is part of the byline
        ("Rasender Reporter", ["Rasender Reporter"]),
        ("Sam Stein Senior Politics Editor", ["Sam Stein"]),
        ("Staff Writer", ["Staff Writer"]),  # the team, when nobody is named
    ],
)
def test_byline_labels_and_link_texts(byline: str, people: list[str]) -> None:
    assert clean_authors([byline]) == people


def _byline_page(byline_html: str, body_class: str = "") -> str:
    text = "A long sentence of the article body that goes on for a while. " * 6
    return (
        f"<html><body class='{body_class}'><div class='layout-responsive'><article>"
        f"<h1>Bridge reopens after repairs</h1><p>{text}</p>{byline_html}</article></div>"
        "<footer class='site-footer'><span class='author'>Theme Maker Studio</span></footer>"
        "</body></html>"
    )


def test_byline_in_the_articles_own_footer_on_a_responsive_template() -> None:
    byline = (
        "<footer class='entry-footer'><span class='byline'><span class='author vcard'>"
        "<a href='/author/dl'>Daniel Lemire</a></span></span></footer>"
    )
    page = _byline_page(byline, body_class="single wp-embed-responsive has-sidebar")
    assert extract_article(page, "https://example.org/a").authors == ["Daniel Lemire"]


def test_byline_label_and_names_in_adjacent_elements() -> None:
    byline = "<div class='byline'><span>By</span><span>by JANE DOE and JOHN ROE</span></div>"
    article = extract_article(_byline_page(byline), "https://example.org/a")
    assert article.authors == ["JANE DOE", "JOHN ROE"]


def test_header_byline_with_a_chain_of_particles() -> None:
    byline = "<div class='story-flow'>By Jose de la Cruz</div>"
    article = extract_article(_byline_page(byline), "https://example.org/a")
    assert article.authors == ["Jose de la Cruz"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Andrea Verdelli/Getty Images", True),
        ("Long Wei/Costfoto/Barcroft Media via Getty Images", True),
        ("Bildquelle: Shutterstock", True),
        ("Shares of Getty Images rose 5% on Monday after the results.", False),
        ("He sold his photos to Getty Images.", False),
    ],
)
def test_photo_agency_credit_lines_in_their_usual_spelling(text: str, credit: bool) -> None:
    assert is_credit_line(text) is credit
    if credit:
        assert split_credit(text).credit == text


def test_kicker_declared_by_json_ld_and_og_title_joins_the_printed_headline() -> None:
    names = site_names("https://www.example.de/a", "Example")
    candidates: list[tuple[str, str | None]] = [
        ("json-ld", "Kenia: Nairobi von unten"),
        ("og:title", "Kenia: Nairobi von unten"),
        ("h1", "Nairobi von unten"),
    ]
    assert choose_title(candidates, names) == ("Kenia: Nairobi von unten", "json-ld")
    # og:title alone (a social variant) does not add a kicker to the printed headline.
    assert choose_title([candidates[1], candidates[2]], names) == ("Nairobi von unten", "h1")


def test_text_length_read_node_by_node_matches_text_content() -> None:
    from lxml import html as lxml_html

    from crawler.extract.furniture import SUBTREE_READ, shorter_than

    items = "".join(f"<li>item {i}<!-- note -->tail <b>x</b></li>" for i in range(SUBTREE_READ))
    page = lxml_html.document_fromstring(
        f"<html><body><ul>{items}</ul><p>one <a>two</a><!--c-->three<br>four</p></body></html>"
    )
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        size = len(element.text_content())
        for limit in (size - 1, size, size + 1):
            assert shorter_than(element, limit) is (size < limit)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Mis en ligne le 4 AVRIL 2024 à 7h10", "4 AVRIL 2024 à 7h10"),
        ("Stand: 12. März 2024, 10:15 Uhr", "12. März 2024, 10:15 Uhr"),
        ("Updated Sept. 3, 2023 at 5:00 pm", "Sept. 3, 2023 at 5:00 pm"),
        ("xjanvier 3 2024", "janvier 3 2024"),  # month names may start inside a word
    ],
)
def test_printed_dates_found_with_any_case_of_month_names(text: str, printed: str) -> None:
    from crawler.extract.printed_dates import DATE_EXPRESSION

    match = DATE_EXPRESSION.search(text)
    assert match is not None and match.group(0) == printed


def test_clean_text_collapses_every_unicode_space() -> None:
    assert clean_text(" a\u00a0\u00a0b\u2009c\u3000\u202fd\t\n e ") == "a b c d e"


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("(Reporting by Jane Doe in London; Editing by John Smith)", True),
        ("Additional reporting by Sam Lee.", True),
        ("Redaktion: Anna Muster, Ben Beispiel", True),
        ("Faktencheck: Anna Muster", True),
        ("Reporting by the local paper showed that the plan had failed.", False),
        ("Recherche: Wie wir gearbeitet haben", False),
    ],
)
def test_staff_credit_lines_are_meta_lines(text: str, credit: bool) -> None:
    assert is_staff_credit(text) is credit
    assert is_meta_line(text) is credit


def test_a_call_to_action_subheading_is_not_a_section() -> None:
    text = "A long sentence of the article body that goes on for a while. " * 6
    page = (
        "<html><body><article><h1>Bridge reopens after long repairs</h1>"
        f"<p>{text}</p><h2>Share this article</h2><p>{text} More.</p>"
        f"<h2>What happens next</h2><p>{text} Next.</p>"
        "<h2>Join our commenting forum</h2><p>Join thought-provoking conversations.</p>"
        "</article></body></html>"
    )
    article = extract_article(page, "https://example.org/a")
    assert [s.heading for s in article.sections] == [None, "What happens next"]
    assert len(article.sections[0].paragraphs) == 2  # the text under the prompt is kept
    assert "Join thought-provoking conversations." not in article.paragraphs


def test_first_letter_gate_lists_each_alternatives_first_letter() -> None:
    from crawler.extract.text import first_letters

    assert first_letters(["Publié", "mise en ligne", "posted"]) == "(?=[mp])"
    with pytest.raises(ValueError, match="start with a letter"):
        first_letters(["(?:artikel|beitrag) ist", "weiterlesen"])


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<div class="article paywall">x</div>', True),  # one of several classes
        ('<section class="mur">x</section>', False),  # "div.mur": the class on another tag
        ('<div class="\tmur\n">x</div>', True),
        ('<p id="article-teaser">x</p>', True),
        ('<div data-state="fixed-height">x</div>', True),
        ('<div data-state="fixed-height-x" data-x="fixed-height">x</div>', False),  # value, name
        ('<div class="paywalled" id="paywall">x</div>', False),  # near misses
        ('<div class="no-paywall-here"><p class="Paywall">x</p></div>', False),  # inside names
        ('<div class="paywall-banner"></div><i class="paywall">x</i>', True),
        ("<div>La suite est réservée aux abonnés</div>", False),  # text is not markup
    ],
)
def test_paywall_elements_by_class_tag_id_and_attribute(markup: str, expected: bool) -> None:
    from lxml import html as lxml_html

    from crawler.extract.paywall import has_paywall_element

    page = lxml_html.fromstring(f"<html><body><main>{markup}</main></body></html>")
    assert has_paywall_element(page) is expected


def test_structured_data_is_read_whatever_its_markup_case_and_order() -> None:
    from lxml import html as lxml_html

    from crawler.extract.structured import read_structured

    page = lxml_html.fromstring(
        "<html><head>"
        '<script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "A"}</script>'
        '<script type="text/javascript">{"@type": "NewsArticle", "headline": "B"}</script>'
        '<link href="https://example.org/no-rel"><link rel="Canonical" href=" https://example.org/a ">'
        '<link rel="canonical" href="https://example.org/second">'
        '</head><body><span itemprop="name author">Ann Lee</span>'
        '<time itemprop="datePublished" datetime="2024-04-04T07:10">7h10</time>'
        '<span itemprop="author">Bob</span></body></html>'
    )
    found = read_structured(page)
    assert [node.get("headline") for node in found.nodes] == ["A"]
    assert found.meta["link:canonical"] == "https://example.org/a"
    assert found.microdata == {
        "name": "Ann Lee",
        "author": "Ann Lee",  # the first in document order
        "datePublished": "2024-04-04T07:10",
    }


def test_folding_remembers_paragraph_sized_texts_only() -> None:
    """Folded paragraphs are remembered (a page folds them twice); long texts and more than
    the last few hundred are not, so the memory it takes stays small."""
    from crawler.extract import text

    text._fold_remembered.cache_clear()
    paragraphs = [f"Été {n} : Kharkiv, 30 000 foyers privés d’électricité." for n in range(600)]
    assert [text.fold(p) for p in paragraphs] == [text._fold(p) for p in paragraphs]
    assert text.fold(paragraphs[-1]) == "ete 599 kharkiv 30 000 foyers prives d electricite"
    info = text._fold_remembered.cache_info()
    assert info.currsize == info.maxsize == 512 and info.hits == 1
    long = "Texte du rapport, " * 200
    assert len(long) > text.FOLD_REMEMBERED_CHARS
    assert text.fold(long) == text._fold(long)
    assert text._fold_remembered.cache_info() == info  # neither looked up nor kept
