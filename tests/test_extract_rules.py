"""One test per extraction rule: dates, text repair, titles, authors, captions, report dates."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.extract.authors import clean_authors, split_authors
from crawler.extract.body import is_credit_line, split_credit
from crawler.extract.dates import date_from_url, dates_in_text, parse_date
from crawler.extract.report_date import report_date
from crawler.extract.text import clean_text
from crawler.extract.title import choose_title, site_names, strip_site_name, undouble
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
