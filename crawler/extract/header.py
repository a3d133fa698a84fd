"""The article header: the visible text around the headline, where bylines and dates sit.

The page's text is read once in document order (scripts and styles left out); the
window starts a little before the main ``<h1>`` and runs a short way past it. Without
an ``<h1>``, the start of the ``<article>`` or ``<main>`` element stands in for it.
Parts of the page that end well before the window (a long menu above the headline) are
stepped over whole instead of read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree
from lxml import html as lxml_html

BEFORE = 800
AFTER = 1500
MAX_STAMPS = 20
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
    scope: lxml_html.HtmlElement | None = field(default=None, repr=False)
    last: lxml_html.HtmlElement | None = field(default=None, repr=False)  # where reading stopped

    def after_headline(self) -> str:
        return self.text[self.headline_end :]

    @cached_property
    def stamps(self) -> list[str]:
        """Dates written into attributes of the elements read (``data-date="… +0800"``),
        from the top of the part of the page read to where reading stopped."""
        return [] if self.scope is None else _stamps(self.scope, self.last)


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
    skipping = 0
    scope = _scope(anchor)
    last = None
    far = _far_before(anchor, scope)
    # Bound once: the loop below runs for every element of the page up to the window's end.
    add, separator_of, spaced, skipped = pieces.append, _SEPARATORS.get, _spaced, _SKIP
    walk = etree.iterwalk(scope, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            if not skipping and (tail := element.tail):
                piece = spaced(tail)
                add(piece)
                size += len(piece)
            continue
        if event == "start":
            if element in far:
                walk.skip_subtree()
                continue
            if tag in skipped:
                skipping += 1
            if element is anchor:
                start = size
            if tag == "time" and not skipping:
                times.append((size, element))
            separator = separator_of(tag)
            if separator:
                add(separator)
                size += 1
            if not skipping and (text := element.text):  # each read makes a new string
                piece = spaced(text)
                add(piece)
                size += len(piece)
        elif element not in far:
            if tag in skipped:
                skipping -= 1
            if element is anchor:
                end = size
            if start >= 0 and end >= 0 and size > end + AFTER * 2:
                last = element
                break
            separator = separator_of(tag)
            if separator:
                add(separator)
                size += 1
            if not skipping and (tail := element.tail):
                piece = spaced(tail)
                add(piece)
                size += len(piece)
    if start < 0:
        return HeaderZone()
    end = max(end, start)
    text = "".join(pieces)
    lo = max(0, start - BEFORE)
    hi = min(len(text), end + AFTER)
    return HeaderZone(
        text=text[lo:hi],
        anchor=start - lo,
        headline_end=end - lo,
        times=[(pos - lo, el) for pos, el in times if lo <= pos <= hi],
        scope=scope,
        last=last,
    )


def _far_before(anchor: lxml_html.HtmlElement, scope: lxml_html.HtmlElement) -> set:
    """Elements of ``scope`` that end, tail included, more than ``BEFORE`` characters of
    visible text before ``anchor``: the window never reaches them.

    Reads back from the anchor (its preceding siblings, then its parent's, ...) only as far
    as ``BEFORE`` characters of collapsed text, a lower bound of what the forward reading
    adds. Nothing is far when the anchor sits inside a script-like element.
    """
    if anchor.tag in _SKIP or any(a.tag in _SKIP for a in anchor.iterancestors()):
        return set()
    far: set = set()
    counted = 0
    node = anchor
    try:
        while node is not scope:
            counted = _count_nodes_back(node.itersiblings(preceding=True), counted, far)
            node = node.getparent()
    except RecursionError:  # nested deeper than Python recurses: read it all
        return set()
    return far


def _count_nodes_back(nodes: Iterable[etree._Element], counted: int, far: set) -> int:
    """``counted`` plus the visible text of ``nodes`` (read last first) with their tails,
    marking as far every element met once the count has passed ``BEFORE``."""
    for node in nodes:
        if counted >= BEFORE:
            tag = node.tag
            if isinstance(tag, str):
                far.add(node)
            continue
        if tail := node.tail:
            counted += _visible_size(tail)
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        counted = _count_nodes_back(reversed(node), counted, far)
        if counted < BEFORE and (text := node.text):
            counted += _visible_size(text)
    return counted


def _visible_size(text: str) -> int:
    return len(" ".join(text.split()))


def _stamps(scope: lxml_html.HtmlElement, last: lxml_html.HtmlElement | None) -> list[str]:
    stamps: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(scope, events=("start", "end")):
        tag = element.tag
        if event == "end":
            if tag in _SKIP:
                skipping -= 1
            if element is last:
                break
            continue
        if tag in _SKIP:
            skipping += 1
        if not skipping and len(stamps) < MAX_STAMPS and element.attrib:
            stamps.extend(_date_attributes(element))
    return stamps


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
    """Whitespace runs collapsed to one space (most tails are only whitespace).

    ``str.split`` and ``\\s`` know the same whitespace; splitting and joining is two to
    three times faster than substituting, and a run at either end stays one space."""
    if text.isspace():
        return " "
    words = " ".join(text.split())
    if text[0].isspace():
        words = " " + words
    return words + " " if text[-1].isspace() else words


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
