"""The article body: paragraphs in order, grouped under their subheadings.

Captions and photo credits are collected apart; share bars, newsletter boxes,
"read also" links, comment forms, scripts and counters are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from crawler.items import Caption, Section

from .text import clean_text, fold

# Containers that commonly hold an article's body, most specific first.
BODY_SELECTORS = (
    "[itemprop='articleBody']",
    ".article-full__body-content",
    ".article-body",
    ".article__body",
    ".article-content",
    ".article__content",
    ".entry-content",
    ".post-content",
    ".story-body",
    ".td-post-content",
    "article .content",
)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "nav",
    "footer",
    "aside",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
)
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:comment[s]?|respond|reply|share|sharing|social|newsletter|related|"
    r"read-?also|lire-?aussi|a-?lire|see-?also|promo|advert\w*|ads?|pub|publicite|cookie\w*|"
    r"consent|sidebar|breadcrumbs?|subscribe|subscription|paywall|outbrain|taboola|popup|modal|"
    r"widget|tags|post-?tags|tag-?list|author-?bio|most-?read|plus-?lus|recommend\w*|teaser|banner|toolbar|"
    r"sharebar|donate|signup|login|meta-?bar|wp-?caption-?text|sr-only|visually-?hidden|"
    r"infos?-?dates|byline|article-full__infos)(?:$|[-_\s])",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(
    r"^\s*(?:[àa] lire (?:aussi|également)|lire aussi|voir aussi|read (?:also|more)|see also|"
    r"also read|related:|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant)\b",
    re.IGNORECASE,
)
# A credit line: a short text ending with an agency or photographer mark.
_CREDIT = re.compile(
    r"(?:(?:^|[.\s(])(?i:©|\(c\)|photo\s*:|crédit\s*:|credits?\s*:|foto\s*:|bild\s*:|illustration\b)"
    r"|\b(?:MAXPPP|AFP|REUTERS|ABACA|SIPA|EPA|GETTY|DPA|BELGA|AP PHOTO|PICTURE ALLIANCE|IMAGO|KEYSTONE|"
    r"WIKIMEDIA COMMONS)\b"
    r"|\s[–—-]\s+(?=[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{3,}$))[^.]{0,80}\.?$"
)
_PAYWALL_SELECTORS = (
    ".paywall",
    "#noscript-paywall",
    "#noscript-paywall-content",
    "[data-state='fixed-height']",
    ".article-paywall",
    ".p402_premium",
    ".tlg-paywalled",
    "div.mur",
    "#paywall-dynamic",
    ".visible-premium",
    "#article-teaser",
)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass
class Body:
    """Sections (paragraphs under optional headings), captions and flags."""

    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    container: str | None = None
    is_paywalled: bool = False

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def text_length(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def split_credit(text: str) -> Caption:
    """Split "Le point sur la situation. MAXPPP – SERGEY KOZLOV" into text and credit."""
    text = clean_text(text)
    match = _CREDIT.search(text)
    if not match:
        return Caption(text=text)
    start = match.start()
    # Back up to the start of the credit sentence.
    cut = max(
        text.rfind(". ", 0, start + 1),
        text.rfind(" - ", 0, start + 1),
        text.rfind("(", 0, start + 1),
    )
    if cut == -1 or cut >= start + 1:
        cut = start
    credit = text[cut:].strip(" .-()–—")
    caption = text[:cut].strip(" -(")
    if not caption.endswith((".", "!", "?")) and caption:
        caption = caption + "."
    return Caption(text=caption or credit, credit=credit)


def is_credit_line(text: str) -> bool:
    """A standalone photo credit printed as a paragraph."""
    return len(text) <= 160 and bool(_CREDIT.search(text)) and not text.endswith(("!", "?", '"'))


def strip_noise(root: lxml_html.HtmlElement) -> None:
    """Drop elements whose content is never article text (in place)."""
    etree.strip_elements(root, etree.Comment, *_DROP_TAGS, with_tail=False)


def _classes(element: lxml_html.HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _is_boilerplate(element: lxml_html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    role = (element.get("role") or "").lower()
    if role in ("navigation", "complementary", "banner", "contentinfo", "dialog"):
        return True
    names = _classes(element)
    return bool(names.strip()) and bool(_BOILERPLATE.search(names))


def find_container(
    tree: lxml_html.HtmlElement, selectors: tuple[str, ...] = ()
) -> tuple[lxml_html.HtmlElement | None, str | None]:
    """The element holding the body: given selectors, known containers, then text density."""
    for origin, candidates in (("selector", selectors), ("container", BODY_SELECTORS)):
        for selector in candidates:
            try:
                matches = tree.cssselect(selector)
            except Exception:  # a bad selector in a registry entry must not stop extraction
                continue
            matches = [m for m in matches if _paragraph_text(m) >= 150]
            if matches:
                best = max(matches, key=_paragraph_text)
                return best, f"{origin}:{selector}"
    return _densest(tree), "density"


def _paragraph_text(element: lxml_html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def _densest(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    scores: dict[lxml_html.HtmlElement, float] = {}
    for paragraph in tree.iter("p"):
        text = " ".join(paragraph.text_content().split())
        if len(text) < 25:
            continue
        links = sum(len(a.text_content()) for a in paragraph.iter("a"))
        weight = len(text) * (1.0 - min(links / max(len(text), 1), 1.0)) + 10 * text.count(",")
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + weight
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + weight / 2
    if not scores:
        return None
    best = max(scores, key=scores.get)
    # Climb while the parent holds much more article text (bodies split in several divs).
    while True:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if scores.get(parent, 0.0) > 1.3 * scores[best]:
            best = parent
        else:
            break
    return best


def _text_of(element: lxml_html.HtmlElement) -> str:
    for br in element.iter("br"):
        br.tail = " " + (br.tail or "")
    return clean_text(element.text_content())


def _blocks(element: lxml_html.HtmlElement) -> Iterator[tuple[str, object]]:
    """Yield ("heading"|"paragraph"|"caption", value) in document order."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if _is_boilerplate(child) and tag not in ("p", *_HEADING_TAGS):
            continue
        if tag in _HEADING_TAGS:
            text = _text_of(child)
            if text:
                yield "heading", text
        elif tag == "figure" or tag == "picture":
            for caption in child.iter("figcaption"):
                text = _text_of(caption)
                if text:
                    yield "caption", split_credit(text)
        elif tag == "figcaption":
            text = _text_of(child)
            if text:
                yield "caption", split_credit(text)
        elif tag in ("p", "blockquote", "pre", "dd", "address"):
            if _is_boilerplate(child):
                continue
            if tag == "blockquote" and len(child.findall(".//p")) > 0:
                yield from _blocks(child)
                continue
            text = _text_of(child)
            if text:
                yield "paragraph", (text, _link_ratio(child, text))
        elif tag in ("ul", "ol"):
            for item in child.iter("li"):
                text = _text_of(item)
                if text:
                    yield "paragraph", (text, _link_ratio(item, text))
        elif tag in ("table",):
            continue
        else:
            own = clean_text(child.text)
            if own and len(own) > 40:
                yield "paragraph", (own, 0.0)
            yield from _blocks(child)
            tail = clean_text(child.tail)
            if tail and len(tail) > 40:
                yield "paragraph", (tail, 0.0)


def _link_ratio(element: lxml_html.HtmlElement, text: str) -> float:
    linked = sum(len(clean_text(a.text_content())) for a in element.iter("a"))
    return linked / max(len(text), 1)


def extract_body(
    tree: lxml_html.HtmlElement,
    *,
    title: str | None = None,
    selectors: tuple[str, ...] = (),
) -> Body:
    """Extract the body from a parsed page (``strip_noise`` must have run)."""
    body = Body()
    body.is_paywalled = any(_safe_select(tree, s) for s in _PAYWALL_SELECTORS)
    container, origin = find_container(tree, selectors)
    body.container = origin
    if container is None:
        return body
    title_key = fold(title or "")
    current = Section(heading=None)
    seen: set[str] = set()
    for kind, value in _blocks(container):
        if kind == "caption":
            if value not in body.captions:
                body.captions.append(value)
            continue
        if kind == "heading":
            if title_key and fold(value) == title_key:
                continue
            if current.paragraphs or current.heading:
                body.sections.append(current)
            current = Section(heading=value)
            continue
        text, link_ratio = value
        key = fold(text)
        if not key or key in seen:
            continue
        if title_key and key == title_key:
            continue  # the headline repeated inside the content
        if _READ_ALSO.match(text) or (link_ratio > 0.7 and len(text) < 200):
            continue
        if is_credit_line(text):
            body.captions.append(split_credit(text))
            continue
        seen.add(key)
        current.paragraphs.append(text)
    if current.paragraphs or current.heading:
        body.sections.append(current)
    body.captions = _article_captions(container, body.captions)
    # A trailing heading without paragraphs ("Add a Comment") is page furniture.
    while body.sections and not body.sections[-1].paragraphs:
        body.sections.pop()
    return body


def _article_captions(container: lxml_html.HtmlElement, inside: list[Caption]) -> list[Caption]:
    """Captions of pictures around the body (the lead picture), then those inside it in order."""
    scope = next((a for a in container.iterancestors("article", "main")), None)
    if scope is None:
        return inside
    captions: list[Caption] = []
    for figcaption in scope.iter("figcaption"):
        if container in figcaption.iterancestors():
            continue  # already read, in order, with the body
        if any(
            _is_boilerplate(a)
            for a in figcaption.iterancestors()
            if a is not scope and scope in a.iterancestors()
        ):
            continue
        text = _text_of(figcaption)
        caption = split_credit(text) if text else None
        if caption and caption not in captions:
            captions.append(caption)
    captions += [c for c in inside if c not in captions]
    return captions


def _safe_select(tree: lxml_html.HtmlElement, selector: str) -> bool:
    try:
        return bool(tree.cssselect(selector))
    except Exception:
        return False
