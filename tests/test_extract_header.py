"""The header window: what is read around the headline, and what is stepped over."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from crawler.extract.header import (
    _SEPARATORS,
    _SKIP,
    AFTER,
    BEFORE,
    _lineage,
    _spaced,
    _text_before,
    header_zone,
)


def _page(menu_items: int, *, menu_stamp: str = "") -> lxml_html.HtmlElement:
    menu = "".join(
        f"<li><a href='/r{i}'>Rubrique numéro {i}</a></li>" for i in range(menu_items, 0, -1)
    )
    body = "".join(f"<p>Paragraphe {i} du récit de la journée.</p>" for i in range(200))
    return lxml_html.fromstring(
        f"""<html><head><title>t</title><script>var x = "{"y" * 5000}";</script></head><body>
        <div class="banner" {menu_stamp}>Ce site utilise des cookies</div>
        <header><nav><ul>{menu}</ul></nav></header>
        <main><article><header><h1>Guerre en Ukraine : le point sur la situation</h1>
        <p>Par Jean Dupont. Publié le <time datetime="2024-04-04T07:10:00+02:00">4 avril</time></p>
        </header>{body}</article></main></body></html>"""
    )


def test_the_window_starts_a_little_before_the_headline_and_ends_a_little_after() -> None:
    zone = header_zone(_page(400))

    assert zone.anchor == BEFORE
    assert zone.text[zone.anchor :].startswith("\nGuerre en Ukraine")
    assert "Rubrique numéro 1 " in zone.text[: zone.anchor]
    assert "Rubrique numéro 400 " not in zone.text
    assert len(zone.text) == zone.headline_end + AFTER
    assert zone.after_headline().lstrip().startswith("Par Jean Dupont. Publié le  4 avril")
    assert [element.get("datetime") for _, element in zone.times] == ["2024-04-04T07:10:00+02:00"]


def test_a_long_menu_reads_the_same_as_a_short_one_near_the_headline() -> None:
    """Stepping over what lies far before the window changes nothing inside it."""
    long, short = header_zone(_page(2000)), header_zone(_page(60))

    assert long.text == short.text
    assert (long.anchor, long.headline_end) == (short.anchor, short.headline_end)


def test_dates_in_attributes_far_above_the_headline_are_still_found() -> None:
    stamp = 'data-publish-date="2024-04-04T07:10:00+0200"'
    zone = header_zone(_page(2000, menu_stamp=stamp))

    assert "Ce site utilise des cookies" not in zone.text
    assert zone.stamps == ["2024-04-04T07:10:00+0200"]


def test_a_page_without_headline_or_article_has_no_header() -> None:
    zone = header_zone(lxml_html.fromstring("<html><body><p>Rien</p></body></html>"))

    assert (zone.text, zone.times, zone.stamps) == ("", [], [])


def test_the_text_before_the_headline_is_read_only_as_far_as_the_window_reaches() -> None:
    page = _page(2000)
    headline = next(page.iter("h1"))
    text, times = _text_before(_lineage(headline))

    assert BEFORE < len(text) < BEFORE + 40  # stopped within the piece that passed the mark
    assert "Rubrique numéro 1 " in text
    assert "Rubrique numéro 100 " not in text
    assert times == []


def _read_forwards(anchor: lxml_html.HtmlElement) -> tuple[str, int, int, list]:
    """The header window as a plain forward reading of the whole scope gives it."""
    pieces: list[str] = []
    start = end = -1
    times = []
    skipping = 0

    def add(text: str | None, *, spaced: bool = True) -> None:
        if text and not skipping:
            pieces.append(_spaced(text) if spaced else text)

    for event, element in etree.iterwalk(_lineage(anchor)[-1], events=("start", "end", "comment")):
        separator = _SEPARATORS.get(element.tag) if isinstance(element.tag, str) else None
        if event == "comment":
            add(element.tail)
        elif event == "start":
            skipping += element.tag in _SKIP
            if element is anchor:
                start = len("".join(pieces))
            if element.tag == "time" and not skipping:
                times.append((len("".join(pieces)), element))
            if separator:
                pieces.append(separator)
            add(element.text)
        else:
            skipping -= element.tag in _SKIP
            if element is anchor:
                end = len("".join(pieces))
            if separator:
                pieces.append(separator)
            add(element.tail)
    text = "".join(pieces)
    lo, hi = max(0, start - BEFORE), min(len(text), max(end, start) + AFTER)
    window_times = [(pos - lo, element) for pos, element in times if lo <= pos <= hi]
    return text[lo:hi], start - lo, max(end, start) - lo, window_times


_TAGS = ["div", "p", "li", "a", "span", "time", "script", "noscript", "h1", "em", "nav", "svg"]
_WORDS = st.text(alphabet=st.sampled_from("ab é\n\t"), max_size=300)


@st.composite
def _trees(draw: st.DrawFn) -> lxml_html.HtmlElement:
    """A random page: nested elements (script-like ones among them) and comments, with
    texts and tails of up to a few hundred characters."""
    root = etree.Element("body")
    elements = [root]
    for _ in range(draw(st.integers(1, 60))):
        parent = draw(st.sampled_from(elements))
        if draw(st.integers(0, 9)) == 0:
            node = etree.Comment("note")
            parent.append(node)
        else:
            node = etree.SubElement(parent, draw(st.sampled_from(_TAGS)))
            node.text = draw(_WORDS)
            elements.append(node)
        node.tail = draw(_WORDS)
    page = lxml_html.fromstring("<html></html>")
    page.append(lxml_html.fromstring(etree.tostring(root)))
    return page


@settings(max_examples=300, deadline=None)
@given(_trees(), st.integers(0, 10**6))
def test_the_window_is_what_reading_the_whole_page_forwards_gives(page, pick: int) -> None:
    """Reading back from the headline, and stepping over what lies before it, gives the
    window, its offsets and its times exactly as a reading of everything would."""
    elements = list(page.iter(etree.Element))
    anchor = elements[pick % len(elements)]
    zone = header_zone(page, anchor)

    expected = _read_forwards(anchor)
    assert (zone.text, zone.anchor, zone.headline_end, zone.times) == expected


def _dated(lines: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(
        "<html><body><article><h1>Guerre en Ukraine : le point sur la situation</h1>"
        f"{lines}<p>{'Texte du rapport. ' * 20}</p></article></body></html>"
    )


_PRINTED = {
    "label": "<p>Publié le 4 avril 2024 à 08h15</p>",
    "time": '<p><time datetime="2024-04-04T07:30:00">4 avril</time></p>',
    "first": "<p>Jeudi 4 avril 2024, 06:45</p>",
    "relative": "<p>il y a 3 heures</p>",
}


def _visible(*kinds: str):
    from crawler.extract.header_dates import visible_dates

    zone = header_zone(_dated("".join(_PRINTED[kind] for kind in kinds)))
    return visible_dates(zone, "Europe/Paris", dt.datetime(2024, 4, 4, 12, 0, tzinfo=dt.UTC))


def test_printed_publication_time_prefers_a_label_then_a_time_element_then_the_first_date() -> None:
    everything = _visible("time", "label", "first", "relative")
    assert list(everything) == [
        "time-published",
        "labelled-published",
        "first-date",
        "relative-published",
        "published-time",
    ]
    assert everything["published-time"] is everything["labelled-published"]
    without_label = _visible("time", "first")
    assert without_label["published-time"] is without_label["time-published"]
    assert _visible("first")["published-time"].value.strftime("%H:%M") == "06:45"
    assert "published-time" not in _visible("relative")


def test_dates_nobody_asks_for_are_not_read(monkeypatch) -> None:
    """A page that declares its dates asks only for the printed publication time: a label
    with a time settles it, so the first printed date and relative dates stay unread."""
    from crawler.extract import header_dates

    def unread(*args: object) -> None:
        raise AssertionError("read although a label settles the publication time")

    visible = _visible("label", "first", "relative")
    monkeypatch.setattr(header_dates, "_first_printed", unread)
    monkeypatch.setattr(header_dates, "_relative", unread)
    assert visible.get("published-time").value.strftime("%H:%M") == "08:15"
    assert visible.get("labelled-modified") is None
    with pytest.raises(AssertionError):
        visible.get("first-date")


_WHITESPACE = [chr(c) for c in range(0x3001) if chr(c).isspace()]


@given(st.text(alphabet=st.sampled_from([*_WHITESPACE, "a", "é", ",", "\u200b"]), min_size=1))
def test_header_text_collapses_whitespace_runs_as_a_regex_would(text: str) -> None:
    """Every Unicode space (no-break, ideographic, the separators) collapses, and a run at
    either end of a text stays one space."""
    assert _spaced(text) == (" " if text.isspace() else re.sub(r"\s+", " ", text))
