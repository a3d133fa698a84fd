"""The reading order of a container: headings, paragraphs and captions.

A paragraph is a run of inline content between block boundaries (``<p>``, ``<div>``,
``<li>``, ``<br>``, …), so text written straight into a ``<div>`` or split by ``<br>``
is kept like text in ``<p>`` elements. Furniture (see :mod:`.furniture`), headings,
figures and data tables are handled as units. The walk is iterative: deeply nested
markup cannot exhaust the interpreter's stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from .container import INLINE
from .furniture import CAPTION_CHARS, SMALL, is_caption, is_furniture, is_small_furniture
from .text import clean_text

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
FIGURES = frozenset(("figure", "picture", "figcaption"))
_KEEP_EVEN_IF_NAMED = frozenset(("p", *HEADINGS))


@dataclass
class Block:
    """One unit of the body in reading order."""

    kind: str  # "heading" | "paragraph" | "caption"
    text: str
    link_ratio: float = 0.0
    level: int = 0  # heading level (2 for <h2>), 0 otherwise
    tag: str = ""  # the element that held a paragraph ("p", "li", "div", "pre", …)
    bold: bool = False  # the whole paragraph is bold (<strong>/<b>): maybe a subheading


class _Run:
    """Inline content collected until the next block boundary."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.linked = 0
        self.bold = 0
        self.tag = ""

    def add(self, text: str | None, in_link: bool, in_bold: bool) -> None:
        if not text:
            return
        self.parts.append(text)
        size = len(text.strip())
        if in_link:
            self.linked += size
        if in_bold:
            self.bold += size

    def flush(self) -> Block | None:
        text = clean_text("".join(self.parts))
        linked, bold, tag = self.linked, self.bold, self.tag
        self.parts, self.linked, self.bold, self.tag = [], 0, 0, ""
        if not text:
            return None
        size = max(len(text.replace(" ", "")), 1)
        return Block(
            "paragraph",
            text,
            min(linked / size, 1.0),
            tag=tag,
            bold=bold >= 0.9 * size,
        )


def walk(
    container: lxml_html.HtmlElement, skip: set[lxml_html.HtmlElement] | None = None
) -> Iterator[Block]:
    """Yield the container's blocks in document order, leaving out the ``skip`` elements."""
    skip = skip or set()
    run = _Run()
    link_depth = 0
    bold_depth = 0
    skipped: set[lxml_html.HtmlElement] = set()
    walker = etree.iterwalk(container, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag  # each read makes a new string
        if not isinstance(tag, str):
            run.add(element.tail, link_depth > 0, bold_depth > 0)
            continue
        if event == "start":
            if element is not container and (element in skip or _skip(element, tag)):
                if tag not in INLINE:
                    block = run.flush()
                    if block:
                        yield block
                skipped.add(element)
                walker.skip_subtree()
                continue
            caption = _caption_text(element) if element is not container else None
            if caption:
                if tag not in INLINE:
                    block = run.flush()
                    if block:
                        yield block
                yield Block("caption", caption)
                skipped.add(element)
                walker.skip_subtree()
                continue
            if tag in INLINE:
                if tag == "br":
                    block = run.flush()
                    if block:
                        yield block
                    continue
                if tag == "a":
                    link_depth += 1
                elif tag in ("b", "strong"):
                    bold_depth += 1
                run.add(element.text, link_depth > 0, bold_depth > 0)
                continue
            block = run.flush()
            if block:
                yield block
            if tag in HEADINGS or tag in FIGURES or (tag == "table" and _is_data_table(element)):
                yield from _unit(element, tag)
                walker.skip_subtree()
                continue
            run.tag = tag
            run.add(element.text, link_depth > 0, bold_depth > 0)
            continue
        # end event
        if element in skipped:
            skipped.discard(element)
            run.add(element.tail, link_depth > 0, bold_depth > 0)
            continue
        if tag in INLINE:
            if tag == "a":
                link_depth = max(0, link_depth - 1)
            elif tag in ("b", "strong"):
                bold_depth = max(0, bold_depth - 1)
            if element is not container:
                run.add(element.tail, link_depth > 0, bold_depth > 0)
            continue
        if not run.tag:
            run.tag = tag
        block = run.flush()
        if block:
            yield block
        if element is not container:
            run.add(element.tail, link_depth > 0, bold_depth > 0)
    block = run.flush()
    if block:
        yield block


def _unit(element: lxml_html.HtmlElement, tag: str) -> Iterator[Block]:
    """The blocks of an element read whole: a heading, a figure's captions, a data table's
    rows."""
    if tag in HEADINGS:
        text = clean_text(element.text_content())
        if text:
            yield Block("heading", text, level=int(tag[1]))
    elif tag == "table":
        yield from _table_rows(element)
    else:
        captions = [element] if tag == "figcaption" else element.iter("figcaption")
        for caption in captions:
            text = clean_text(caption.text_content())
            if text:
                yield Block("caption", text)


def _caption_text(element: lxml_html.HtmlElement) -> str | None:
    """The text of a short element named as a caption or a photo credit."""
    if not is_caption(element, inline=element.tag in INLINE):
        return None
    text = clean_text(element.text_content())
    return text if len(text) <= CAPTION_CHARS else None


def _skip(element: lxml_html.HtmlElement, tag: str) -> bool:
    if not element.attrib and tag != "nav":
        return False
    if tag in _KEEP_EVEN_IF_NAMED:
        return element.get("hidden") is not None or element.get("aria-hidden") == "true"
    if is_furniture(element):
        return True
    return is_small_furniture(element) and len(element.text_content()) < SMALL


def _is_data_table(table: lxml_html.HtmlElement) -> bool:
    """A table of data rather than a layout table wrapping the page."""
    return not table.xpath(".//p|.//div[string-length(normalize-space()) > 200]|.//table")


def _table_rows(table: lxml_html.HtmlElement) -> Iterator[Block]:
    for row in table.iter("tr"):
        cells = [clean_text(c.text_content()) for c in row if c.tag in ("td", "th")]
        text = " ".join(c for c in cells if c)
        if text:
            linked = sum(len(clean_text(a.text_content())) for a in row.iter("a"))
            yield Block("paragraph", text, min(linked / max(len(text), 1), 1.0), tag="tr")
