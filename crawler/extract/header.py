"""The article header: the visible text around the headline, where bylines and dates sit.

The page's text is read once in document order (scripts and styles left out); the
window starts a little before the main ``<h1>`` and runs a short way past it. Without
an ``<h1>``, the start of the ``<article>`` or ``<main>`` element stands in for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

_WS = re.compile(r"\s+")
BEFORE = 800
AFTER = 1500
_SKIP = {"script", "style", "noscript", "template", "svg", "button", "select", "option", "head"}
# Block elements start a new line of header text; inline ones are kept apart by a space.
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "section"}
_BLOCKS |= {"article", "header", "footer", "dd", "dt", "address", "figure", "figcaption", "ul"}
_BLOCKS |= {"ol", "table", "blockquote", "main", "aside", "nav"}
_INLINE = {"time", "span", "a", "abbr", "em", "strong", "b", "i", "small", "cite"}
_SEPARATORS = {tag: " " for tag in _INLINE} | {tag: "\n" for tag in _BLOCKS}


@dataclass
class HeaderZone:
    """The header text and the ``<time>`` elements inside it (with their offsets)."""

    text: str = ""
    anchor: int = 0  # offset of the headline (or article start) in ``text``
    headline_end: int = 0  # offset just after the headline's text
    times: list[tuple[int, lxml_html.HtmlElement]] = field(default_factory=list)
    # Dates written into attributes of header elements (``data-date="… +0800"``).
    stamps: list[str] = field(default_factory=list)

    def after_headline(self) -> str:
        return self.text[self.headline_end :]


def header_zone(
    tree: lxml_html.HtmlElement, headline: lxml_html.HtmlElement | None = None
) -> HeaderZone:
    """The header window around ``headline`` (default: the best ``<h1>``)."""
    anchor = headline if headline is not None else _anchor(tree)
    if anchor is None:
        return HeaderZone()
    pieces: list[str] = []
    size = 0
    start = end = -1
    times: list[tuple[int, lxml_html.HtmlElement]] = []
    stamps: list[str] = []
    skipping = 0
    scope = _scope(anchor)
    for event, element in etree.iterwalk(scope, events=("start", "end", "comment", "pi")):
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            if element.tail and not skipping:
                piece = _spaced(element.tail)
                pieces.append(piece)
                size += len(piece)
            continue
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            if element is anchor:
                start = size
            if not skipping:
                if tag == "time":
                    times.append((size, element))
                elif len(stamps) < MAX_STAMPS and element.attrib:
                    stamps.extend(_date_attributes(element))
            separator = _SEPARATORS.get(tag)
            if separator:
                pieces.append(separator)
                size += 1
            if element.text and not skipping:
                piece = _spaced(element.text)
                pieces.append(piece)
                size += len(piece)
        else:
            if tag in _SKIP:
                skipping -= 1
            if element is anchor:
                end = size
            if start >= 0 and end >= 0 and size > end + AFTER * 2:
                break
            separator = _SEPARATORS.get(tag)
            if separator:
                pieces.append(separator)
                size += 1
            if element.tail and not skipping:
                piece = _spaced(element.tail)
                pieces.append(piece)
                size += len(piece)
    if start < 0:
        return HeaderZone()
    end = max(end, start)
    text = "".join(pieces)
    lo = max(0, start - BEFORE)
    hi = min(len(text), end + AFTER)
    window = text[lo:hi]
    zone = HeaderZone(
        text=window,
        anchor=start - lo,
        headline_end=end - lo,
        times=[(pos - lo, el) for pos, el in times if lo <= pos <= hi],
        stamps=stamps,
    )
    return zone


MAX_STAMPS = 20
_DATE_ATTRIBUTE = re.compile(r"^data-[\w-]*(?:date|time)", re.IGNORECASE)
_DATE_VALUE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


def _date_attributes(element: lxml_html.HtmlElement) -> list[str]:
    """ISO date-times held in ``data-*date*``/``data-*time*`` attributes."""
    return [
        value
        for name, value in element.items()
        if _DATE_ATTRIBUTE.match(name) and _DATE_VALUE.match(value)
    ]


def _spaced(text: str) -> str:
    """Whitespace runs collapsed to one space (most tails are only whitespace)."""
    return " " if text.isspace() else _WS.sub(" ", text)


def _scope(anchor: lxml_html.HtmlElement, levels: int = 5) -> lxml_html.HtmlElement:
    """The part of the page read around the anchor: a few levels above it."""
    scope = anchor
    for _ in range(levels):
        parent = scope.getparent()
        if parent is None:
            break
        scope = parent
    return scope


def _anchor(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    headings = [h for h in tree.iter("h1") if " ".join(h.text_content().split())]
    inside = [h for h in headings if any(a.tag in ("article", "main") for a in h.iterancestors())]
    if inside:
        return inside[0]
    if headings:
        return headings[0]
    for tag in ("article", "main"):
        found = next(tree.iter(tag), None)
        if found is not None:
            return found
    return None
