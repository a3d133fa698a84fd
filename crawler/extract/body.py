"""The article body: paragraphs in order, grouped under their subheadings.

The container comes from the source's selectors, else from :mod:`.container`; its blocks
(:mod:`.blocks`) are kept or left out by :mod:`.paragraph_rules`. Captions and photo
credits are collected apart (:mod:`.captions`), and paywall signs noted (:mod:`.paywall`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import html as lxml_html

from crawler.items import Caption, Section

from .blocks import Block, walk
from .captions import article_captions, split_credit
from .container import best_container
from .css import css_matches
from .furniture import share_boxes
from .paragraph_rules import (
    CREDIT,
    NEAR_REPEAT,
    PAYWALL_NOTICE,
    TEXT,
    drop_prompt_headings,
    is_bold_subheading,
    is_teaser_heading,
    paragraph_kind,
)
from .paywall import has_paywall_element
from .text import fold

# Short lines above the headline (a kicker, breadcrumbs, a section name) are dropped when
# the headline shows up in the container before this much text.
MAX_ABOVE_HEADLINE_CHARS = 300


@dataclass
class Body:
    """Sections (paragraphs under optional headings), captions and flags."""

    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    container: str | None = None
    is_paywalled: bool = False
    # How sure the container is: the share of the page's running text it holds, and the
    # share of its paragraph text that is links (see :func:`extract_body`).
    coverage: float = 1.0
    link_density: float = 0.0
    # Why the source's body selectors were not used (they found nothing, or far less text
    # than the generic container): the source file needs a look.
    selector_drift: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def text_length(self) -> int:
        return sum(len(p) for p in self.paragraphs)


SELECTOR_SHORTFALL = 2  # a selector holding half the text of the generic container is stale


@dataclass
class Container:
    """The element holding the body, where it came from, the teaser units inside it to
    leave out, the share of the page's running text it holds, and why the source's body
    selectors were passed over (``None``: they were used, or there are none)."""

    element: lxml_html.HtmlElement | None
    origin: str | None = None
    teasers: set[lxml_html.HtmlElement] = field(default_factory=set)
    coverage: float = 0.0
    selector_drift: str | None = None


def find_container(tree: lxml_html.HtmlElement, selectors: tuple[str, ...] = ()) -> Container:
    """The source's selectors' element, else the best-scoring subtree (:mod:`.container`).

    The generic container also wins when the selectors match nothing with text, or match
    an element outside it holding less than 1/:data:`SELECTOR_SHORTFALL` of its text: the
    outlet changed its markup, and the drift is said. (A selector inside the generic
    container is a refinement of it — teaser lists left out — and is kept.)
    """
    chosen = _selected_container(tree, selectors)
    if chosen is None:
        generic = _generic_container(tree)
        if selectors:
            names = ", ".join(map(repr, selectors))
            generic.selector_drift = f"body selectors {names} found no text"
        return generic
    element, selector, held = chosen
    selected = Container(element, f"selector:{selector}", set(), 1.0)
    if held * SELECTOR_SHORTFALL >= _paragraph_text(tree):
        return selected  # most of the page's paragraph text: no need to compare
    generic = _generic_container(tree)
    if generic.element is not None and not _inside(element, generic.element):
        found = _paragraph_text(generic.element)
        if held * SELECTOR_SHORTFALL < found:
            generic.selector_drift = (
                f"body selector {selector!r} holds {held} characters of text, "
                f"the generic container {found}"
            )
            return generic
    return selected


def _generic_container(tree: lxml_html.HtmlElement) -> Container:
    scan = best_container(tree)
    if scan.best is None:
        return Container(None)
    coverage = scan.best.content / scan.total if scan.total else 1.0
    return Container(scan.best.element, "density", scan.teasers, coverage)


def _selected_container(
    tree: lxml_html.HtmlElement, selectors: tuple[str, ...]
) -> tuple[lxml_html.HtmlElement, str, int] | None:
    """The first selector's element holding the most paragraph text (at least 150
    characters), the selector, and that text's length."""
    for selector in selectors:
        sized = [(m, _paragraph_text(m)) for m in css_matches(tree, selector)]
        matches = [(m, chars) for m, chars in sized if chars >= 150]
        if matches:
            element, chars = max(matches, key=lambda pair: pair[1])
            return element, selector, chars
    return None


def _inside(inner: lxml_html.HtmlElement, outer: lxml_html.HtmlElement) -> bool:
    """Whether ``inner`` is ``outer`` or one of its descendants."""
    return inner is outer or any(e is outer for e in inner.iterancestors())


def _paragraph_text(element: lxml_html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def extract_body(
    tree: lxml_html.HtmlElement,
    *,
    title: str | None = None,
    headline: str | None = None,
    selectors: tuple[str, ...] = (),
) -> Body:
    """Extract the body from a parsed page (:func:`.noise.strip_noise` must have run).

    ``title`` and ``headline`` (the headline as printed, when it is worded otherwise)
    are left out of the body.
    """
    body = Body()
    body.is_paywalled = has_paywall_element(tree)
    found = find_container(tree, selectors)
    container, teasers = found.element, found.teasers
    body.container, body.coverage, body.selector_drift = (
        found.origin,
        found.coverage,
        found.selector_drift,
    )
    if container is None:
        return body
    title_keys = {fold(t) for t in (title, headline) if t and fold(t)}
    bold_headings = _read_blocks(
        body, walk(container, skip=teasers | share_boxes(container)), title_keys
    )
    body.captions = article_captions(container, body.captions)
    _tidy_ending(body, bold_headings)
    return body


def _read_blocks(body: Body, blocks: Iterable[Block], title_keys: set[str]) -> set[str]:
    """Fill ``body`` from the container's blocks in reading order; return the subheadings
    that were bold paragraphs."""
    current = Section(heading=None)
    recent: list[str] = []  # the keys of the paragraphs kept last (see NEAR_REPEAT)
    bold_headings: set[str] = set()
    walked = linked = 0.0
    for block in blocks:
        if block.kind == "paragraph":
            walked += len(block.text)
            linked += block.link_ratio * len(block.text)
        if block.kind == "caption":
            caption = split_credit(block.text)
            if caption not in body.captions:
                body.captions.append(caption)
            continue
        if block.kind == "heading":
            if is_teaser_heading(block.text):
                continue
            if fold(block.text) in title_keys:
                above = sum(len(x) for x in current.paragraphs)
                if not body.sections and above < MAX_ABOVE_HEADLINE_CHARS:
                    # Short lines above the headline: a kicker, breadcrumbs, a section name.
                    recent.clear()
                    current.paragraphs.clear()
                continue
            if current.paragraphs or current.heading:
                body.sections.append(current)
            current = Section(heading=block.text)
            continue
        text = block.text
        key = fold(text)
        if not key or key in recent[-NEAR_REPEAT:]:
            continue  # the same text printed twice in a row (a mobile and a desktop copy)
        if key in title_keys:
            continue  # the headline repeated inside the content
        kind = paragraph_kind(text, block.link_ratio)
        if kind == PAYWALL_NOTICE:
            body.is_paywalled = True
        elif kind == CREDIT:
            body.captions.append(split_credit(text))
        if kind != TEXT:
            continue
        recent.append(key)
        if is_bold_subheading(block.text, block.bold, block.tag, block.link_ratio):
            if current.paragraphs or current.heading:
                body.sections.append(current)
            current = Section(heading=text)
            bold_headings.add(text)
            continue
        current.paragraphs.append(text)
    if current.paragraphs or current.heading:
        body.sections.append(current)
    body.link_density = linked / walked if walked else 0.0
    return bold_headings


def _tidy_ending(body: Body, bold_headings: set[str]) -> None:
    """Settle the last sections: a closing bold line is text, a trailing heading without
    paragraphs is furniture; then drop the call-to-action subheadings."""
    if (
        len(body.sections) > 1
        and not body.sections[-1].paragraphs
        and body.sections[-1].heading in bold_headings
    ):
        # A closing line in bold (a note, a signature) is text, not a subheading.
        body.sections[-2].paragraphs.append(body.sections.pop().heading or "")
    # A trailing heading without paragraphs ("Add a Comment") is page furniture.
    while body.sections and not body.sections[-1].paragraphs:
        body.sections.pop()
    body.sections = drop_prompt_headings(body.sections)
