"""The article header: the visible text around the headline, where bylines and dates sit.

The page's text is read once in document order (scripts and styles left out); the
window starts a little before the main ``<h1>`` and runs a short way past it. Without
an ``<h1>``, the start of the ``<article>`` or ``<main>`` element stands in for it.
The text before the headline is read backwards from it, only as far as the window reaches:
a long menu above the headline is not read whole.
"""

from __future__ import annotations

import itertools
import re
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
    lineage = _lineage(anchor)
    scope = lineage[-1]
    try:
        before = _text_before(lineage)
    except RecursionError:  # nested deeper than Python recurses: read it all forwards
        before = None
    path = set(lineage[1:]) if before is not None else set()
    pieces: list[str] = []
    size = 0
    start = end = -1
    times: list[tuple[int, lxml_html.HtmlElement]] = []
    skipping = 0
    reading = before is None  # the text before the anchor is read backwards, not here
    last = None
    # Bound once: the loop below runs for every element of the page up to the window's end.
    add, separator_of, spaced, skipped = pieces.append, _SEPARATORS.get, _spaced, _SKIP
    walk = etree.iterwalk(scope, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        tag = element.tag
        if not reading:  # before the anchor: enter its ancestors, step over the rest
            if event != "start":
                continue
            if element is not anchor:
                if element in path:
                    skipping += tag in skipped
                else:
                    walk.skip_subtree()
                continue
            reading = True
            text, times = before  # type: ignore[misc]
            add(text)
            size = len(text)
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            if not skipping and (tail := element.tail):
                piece = spaced(tail)
                add(piece)
                size += len(piece)
            continue
        if event == "start":
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
        else:
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


class _Enough(Exception):
    """More than ``BEFORE`` characters have been read back from the anchor."""


def _text_before(
    lineage: list[lxml_html.HtmlElement],
) -> tuple[str, list[tuple[int, lxml_html.HtmlElement]]]:
    """The end of the text that reading the scope forwards gives before the anchor (at least
    ``BEFORE`` characters of it, or all), and the ``<time>`` elements that start in it with
    their offsets: read backwards from the anchor, piece by piece, so that a long menu above
    the headline is read only as far as the window reaches into it. ``lineage``: the anchor
    and its ancestors up to the scope (:func:`_lineage`)."""
    pieces: list[str] = []  # last first
    times: list[tuple[int, lxml_html.HtmlElement]] = []  # (characters up to the anchor, element)
    size = 0
    separator_of, spaced = _SEPARATORS.get, _spaced

    def add(piece: str) -> None:
        nonlocal size
        pieces.append(piece)
        size += len(piece)
        if size > BEFORE:
            raise _Enough

    def read_back(node: lxml_html.HtmlElement, skipping: bool) -> None:
        """Everything a forward reading adds for ``node``, its tail included, last first."""
        tag = node.tag
        if not skipping and (tail := node.tail):
            add(spaced(tail))
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            return
        inside = skipping or tag in _SKIP
        separator = separator_of(tag)
        if separator:
            add(separator)
        for child in reversed(node):
            read_back(child, inside)
        opened(node, inside, separator)

    def opened(node: lxml_html.HtmlElement, inside: bool, separator: str | None) -> None:
        """What a forward reading adds when it enters ``node``, last first."""
        if not inside and (text := node.text):
            add(spaced(text))
        if separator:
            add(separator)
        if node.tag == "time" and not inside:
            times.append((size, node))

    # Whether each ancestor, or one above it within the scope, hides its text.
    hidden = {}
    inside = False
    for element in reversed(lineage):
        inside = inside or element.tag in _SKIP
        hidden[element] = inside
    try:
        for node, parent in itertools.pairwise(lineage):
            for sibling in node.itersiblings(preceding=True):
                read_back(sibling, hidden[parent])
            opened(parent, hidden[parent], separator_of(parent.tag))
    except _Enough:
        pass
    return "".join(reversed(pieces)), [(size - back, element) for back, element in reversed(times)]


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


def _lineage(anchor: lxml_html.HtmlElement, levels: int = 5) -> list[lxml_html.HtmlElement]:
    """The anchor and its ancestors up to the part of the page read around it (the scope, a
    few levels above it), the scope last."""
    lineage = [anchor]
    for parent in itertools.islice(anchor.iterancestors(), levels):
        lineage.append(parent)
    return lineage


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
