"""The header window: what is read around the headline, and what is stepped over."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract.header import AFTER, BEFORE, _far_before, header_zone


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


def test_only_what_ends_well_before_the_window_is_stepped_over() -> None:
    page = _page(2000)
    headline = next(page.iter("h1"))
    far = _far_before(headline, page)
    items = list(page.iter("li"))

    assert next(page.iter("div")) in far  # the banner
    assert items[0] in far
    assert not far & set(items[-40:])  # the menu's end is inside the window
    assert not far & set(headline.iterancestors())
