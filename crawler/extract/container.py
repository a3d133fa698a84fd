"""Where the article body is: the subtree with the most running text and the least furniture.

One pass over the tree classifies each block of text (the nearest block-level element
around a run of text): long, sentence-like, mostly unlinked blocks are *content*;
links, short labels and anything inside a boilerplate-named element (comments, share
bars, "related" boxes, cookie banners: see :mod:`.furniture`) are *furniture*. The
container is the element maximising
``content * (content / (content + furniture)) ** SHARPNESS``. A body split over several
sibling blocks is found whole, because their common parent adds their content up, while
the navigation around a page lowers the score of the elements that include it; a gallery
embedded between paragraphs costs less than it would if furniture were simply subtracted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from .furniture import EXEMPT_TAGS, LARGE, SMALL, is_invisible, named_kind, shorter_than

SHARPNESS = 1.5
INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "del",
    ]
)
CONTAINERS = frozenset(
    [
        "div",
        "section",
        "article",
        "main",
        "td",
        "body",
        "form",
        "center",
        "blockquote",
        "dd",
        "li",
        "span",
        "font",
    ]
)
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
UNITS = frozenset(("div", "li", "article", "section", "aside", "dd"))
TEASER = 700
LEADING_LINK = 30
_SENTENCE = re.compile(r"[.!?…;:,。！？、，]")


@dataclass
class Candidate:
    """An element and how much content and furniture text it holds (in characters)."""

    element: lxml_html.HtmlElement
    content: float
    furniture: float

    @property
    def score(self) -> float:
        """Content, discounted by the share of furniture around it."""
        return self.content * (self.content / (self.content + self.furniture)) ** SHARPNESS


@dataclass
class Scan:
    """What one pass over the page found."""

    best: Candidate | None
    total: float  # content characters on the whole page
    teasers: set[lxml_html.HtmlElement]  # small units led by a linked headline


class _Frame:
    """One open element of the walk and the text counted in it so far (in characters)."""

    __slots__ = (
        "chars",
        "content",
        "element",
        "furniture",
        "has_text",
        "holds_linked_headline",
        "in_furniture",
        "in_link",
        "invisible",
        "is_block",
        "leading_link_chars",
        "link_chars",
        "reading_leading_link",
        "sentences",
        "skimmed",
        "small_furniture",
    )

    def __init__(
        self,
        element: lxml_html.HtmlElement,
        is_block: bool,
        in_link: bool,
        in_furniture: bool,
        small_furniture: bool,
        invisible: bool,
    ) -> None:
        self.element = element
        self.is_block = is_block
        self.in_link = in_link
        self.in_furniture = in_furniture  # all text inside is furniture
        self.small_furniture = small_furniture  # furniture if it holds little content
        self.invisible = invisible
        self.chars = self.link_chars = self.sentences = 0  # the block's own text
        self.content = self.furniture = 0.0  # what it and its descendants hold
        self.holds_linked_headline = False
        self.leading_link_chars = 0  # text of the link(s) the block opens with
        self.reading_leading_link = True
        self.has_text = False
        self.skimmed = False  # counted whole (see _skim); its leading link read on demand


def best_container(root: lxml_html.HtmlElement) -> Scan:
    """The best container, the page's total content and its teaser units.

    A teaser unit (a small block holding a headline that is a link, as in "more stories"
    lists) counts as furniture, summary included.
    """
    best: Candidate | None = None
    best_score = 0.0
    total = 0.0
    teasers: set[lxml_html.HtmlElement] = set()
    stack: list[_Frame] = []
    blocks: list[_Frame] = []
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            if blocks and (tail := element.tail):  # each read makes a new string
                _add_text(blocks[-1], tail, stack[-1].in_link if stack else False)
            continue
        if event == "start":
            parent = stack[-1] if stack else None
            is_block = tag.lower() not in INLINE
            in_link = tag == "a" or (parent is not None and parent.in_link)
            cls = element.get("class")
            invisible = tag not in EXEMPT_TAGS and is_invisible(element, cls)
            if parent is not None and parent.in_furniture:
                # Inside furniture all text is furniture: only what is hidden matters.
                furniture, small = True, False
            else:
                kind = 0 if tag in EXEMPT_TAGS else 3 if invisible else named_kind(element, cls)
                furniture = kind == 3 or (kind == 2 and shorter_than(element, LARGE))
                small = not furniture and kind == 1
            invisible = invisible or (parent is not None and parent.invisible)
            frame = _Frame(element, is_block, in_link, furniture, small, invisible)
            stack.append(frame)
            if is_block:
                blocks.append(frame)
                if furniture and (parent is None or not parent.in_furniture):
                    # A menu, a comment thread: all its text is furniture, counted at once.
                    if not invisible:
                        _skim(frame, element)
                    walker.skip_subtree()
                    continue
            if blocks and not invisible and (text := element.text):
                _add_text(blocks[-1], text, in_link)
            continue
        frame = stack.pop()
        if frame.is_block:
            blocks.pop()
            if tag in HEADINGS and frame.chars >= 15 and frame.link_chars >= 0.6 * frame.chars:
                frame.holds_linked_headline = True  # a headline that links elsewhere
            if (
                tag in UNITS
                and (frame.holds_linked_headline or frame.leading_link_chars >= LEADING_LINK)
                and frame.chars + frame.content + frame.furniture < TEASER
            ):
                # "<li><a>Headline of another story</a> its summary…</li>"
                frame.in_furniture = True
                frame.furniture += frame.content
                frame.content = 0.0
                teasers.add(element)
            _classify(frame)
            if blocks:
                _lead_into(blocks[-1], frame)
        content = frame.content
        if frame.small_furniture and content < SMALL:
            frame.furniture += content
            frame.content = content = 0.0
        if content > 0 and frame.is_block and tag in CONTAINERS:
            score = content * (content / (content + frame.furniture)) ** SHARPNESS
            if best is None or score >= best_score:
                best, best_score = Candidate(element, content, frame.furniture), score
        if stack:
            above = stack[-1]
            above.content += content
            above.furniture += frame.furniture
            if frame.holds_linked_headline:
                above.holds_linked_headline = True
            if blocks and not above.invisible and (tail := element.tail):
                _add_text(blocks[-1], tail, above.in_link)
        else:
            total = content
    return Scan(best, total, teasers)


def _text_size(element: lxml_html.HtmlElement) -> int:
    """Characters of text in ``element`` and its descendants, spaces around each piece
    left out."""
    return sum(map(len, map(str.strip, element.itertext())))


def _skim(frame: _Frame, element: lxml_html.HtmlElement) -> None:
    """Fill a furniture block's frame without walking its nodes: its text (all furniture)
    and whether it holds a linked headline; the linked text it opens with is read only if
    its parent asks (:func:`_lead_into`)."""
    frame.furniture = _text_size(element)
    frame.skimmed = True
    for heading in element.iter(*HEADINGS):
        size = _text_size(heading)
        if size >= 15 and sum(_text_size(a) for a in heading.iter("a")) >= 0.6 * size:
            frame.holds_linked_headline = True
            break


def _read_leading_link(frame: _Frame) -> None:
    """A skimmed block's first text, and the linked text it opens with, as the walk would
    have counted them."""
    frame.skimmed = False
    element = frame.element
    depth = 1 if frame.in_link else 0
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            depth += node.tag == "a"
            text = node.text
        elif node is element:
            break
        else:
            depth -= node.tag == "a"
            text = node.tail
        size = len(text.strip()) if text else 0
        if not size:
            continue
        if not frame.has_text:
            frame.has_text, frame.reading_leading_link = True, depth > 0
        if depth <= 0:
            frame.reading_leading_link = False
            break
        frame.leading_link_chars += size


def _add_text(block: _Frame, text: str, in_link: bool) -> None:
    size = len(text.strip())
    if not size:
        return
    if not block.has_text:  # the block's first text
        block.has_text = True
        block.reading_leading_link = in_link
        block.leading_link_chars = size if in_link else 0
    elif block.reading_leading_link:  # still reading the block's leading link
        if in_link:
            block.leading_link_chars += size
        else:
            block.reading_leading_link = False
    block.chars += size
    if in_link:
        block.link_chars += size
    if not block.in_furniture:  # furniture stays furniture: its sentences are never counted
        block.sentences += len(_SENTENCE.findall(text))


def _lead_into(parent: _Frame, child: _Frame) -> None:
    """Carry a child block's leading link up: a card whose first block is a linked title."""
    if parent.has_text and not parent.reading_leading_link:
        return  # the parent's leading link is settled
    if child.skimmed and child.furniture >= TEASER:
        # Every block around this one holds its text, so none can be a teaser: what they
        # open with no longer matters (and a long menu is not read link by link).
        parent.has_text, parent.reading_leading_link = True, False
        return
    if child.skimmed:
        _read_leading_link(child)
    if not child.has_text:
        return
    if not parent.has_text:
        parent.has_text, parent.reading_leading_link, parent.leading_link_chars = (
            True,
            child.reading_leading_link,
            child.leading_link_chars,
        )
    elif parent.reading_leading_link:
        if child.reading_leading_link:
            parent.leading_link_chars += child.leading_link_chars
        else:
            parent.reading_leading_link = False


def _classify(frame: _Frame) -> None:
    chars, links, sentences = frame.chars, frame.link_chars, frame.sentences
    if not chars:
        return
    if frame.in_furniture:
        frame.furniture += chars
        return
    tag = frame.element.tag
    if tag in ("h2", "h3", "h4", "h5", "h6") and links < chars / 2:
        return  # subheadings: neither content nor furniture
    if (chars >= 80 or (chars >= 25 and sentences)) and links < 0.4 * chars:
        frame.content += chars - links
        frame.furniture += links
    elif links >= 0.4 * chars:
        frame.furniture += chars
    else:
        frame.furniture += chars * 0.5
