"""The article's title and the element that prints it.

Title candidates come from the source's selector, JSON-LD, social meta tags, microdata, the
first ``<h1>`` elements and ``<title>`` (:func:`.title.choose_title` picks one); the element
printing the chosen title bounds the header (dates, byline) and is left out of the body.
"""

from __future__ import annotations

from lxml import html as lxml_html

from .css import first_text
from .structured import Structured, json_ld_text
from .text import clean_text, fold


def title_candidates(
    tree: lxml_html.HtmlElement, data: Structured, title_selector: str | None
) -> list[tuple[str, str | None]]:
    """``(origin, title)`` pairs in order of trust."""
    node = data.article or {}
    meta = data.meta
    h1 = first_text(tree, title_selector) if title_selector else None
    headings = tree.xpath("//h1")
    candidates: list[tuple[str, str | None]] = []
    if h1:
        candidates.append(("selector", h1))
    candidates += [
        ("json-ld", json_ld_text(node.get("headline"))),
        ("og:title", meta.get("og:title")),
        ("twitter:title", meta.get("twitter:title")),
        ("microdata", data.microdata.get("headline")),
    ]
    candidates += [("h1", clean_text(h.text_content())) for h in headings[:3]]
    candidates.append(("html-title", first_text(tree, "title")))
    return candidates


def printed_headline(
    tree: lxml_html.HtmlElement,
    title: str | None,
    origin: str | None,
    candidates: list[tuple[str, str | None]],
) -> lxml_html.HtmlElement | None:
    """The element printing the chosen title (which came from ``origin``)."""
    headline = _headline_element(tree, title)
    if headline is None and origin == "json-ld":
        # The declared headline won over a differently worded <h1>: that h1 is still
        # where the page prints its headline.
        headline = _headline_element(tree, _first_h1(candidates))
    return headline


def _headline_element(
    tree: lxml_html.HtmlElement, title: str | None
) -> lxml_html.HtmlElement | None:
    """The element that prints the chosen title: an ``<h1>``, else a heading or an element
    whose class names it a title."""
    if not title:
        return None
    key = fold(title)
    for heading in tree.iter("h1"):
        text = fold(heading.text_content())
        if text and (text == key or key in text or text in key):
            return heading
    candidates = tree.xpath(
        "//h2|//h3|//*[contains(@class,'title') or contains(@class,'headline')"
        " or contains(@id,'title') or contains(@id,'headline')][not(self::title)]"
    )
    for element in candidates[:300]:
        if element.tag in ("head", "title", "meta", "html", "body"):
            continue
        text = fold(element.text_content())
        if text and (text == key or (key in text and len(key) > 0.8 * len(text))):
            return element
        if text and text in key and len(text) > 0.6 * len(key):
            return element
    return None


def _first_h1(candidates: list[tuple[str, str | None]]) -> str | None:
    return next((text for origin, text in candidates if origin == "h1" and text), None)
