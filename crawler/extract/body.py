"""The article body: paragraphs in order, grouped under their subheadings.

Captions and photo credits are collected apart; share bars, newsletter boxes,
"read also" links, comment forms, scripts and counters are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from crawler.items import Caption, Section

from .blocks import walk
from .container import best_container
from .metalines import is_meta_line, is_prompt
from .text import clean_text, first_letters, fold

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
    "button",
    "select",
    "textarea",
    "input",
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
    r"also read|related:|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|siehe auch|"
    r"lee (?:también|tambien)|ver (?:también|tambien)|leia (?:também|tambem)|"
    r"veja (?:também|tambem)|leggi anche|vedi anche)\b",
    re.IGNORECASE,
)
# A credit line: a short text ending with an agency or photographer mark.
_CREDIT = re.compile(
    r"(?:(?:^|[.\s(])(?i:©|\(c\)|photo\s*:|crédits?(?:\s+photos?)?\s*:|credits?\s*:|crédito\s*:|"
    r"foto\s*:|bild\s*:|illustration\b)"
    r"|\b(?:MAXPPP|AFP|REUTERS|ABACA|SIPA|EPA|GETTY|DPA|BELGA|AP PHOTO|PICTURE ALLIANCE|IMAGO|KEYSTONE|"
    r"WIKIMEDIA COMMONS)\b"
    # "Jane Doe/Getty Images", "via Shutterstock": a photo agency closing the line.
    r"|(?:^|(?<=[.!?]\s))[^.!?]{0,80}?(?:/|\bvia\s|:)\s*(?i:getty\s+images|shutterstock"
    r"|istock(?:photo)?|imago\s+images|picture[\s-]alliance)(?=\W*$)"
    r"|\s[–—-]\s+(?=[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{3,}$))[^.]{0,80}\.?$"
)
# The line where a paywall cuts the text (each phrase starts with a letter: the regex is
# gated on the first letters, so other positions fail at once).
_PAYWALL_PHRASES = (
    r"r[ée]serv[ée]e? aux abonn[ée]s",
    r"pour lire la suite",
    r"la suite (?:de cet article )?est r[ée]serv[ée]e",
    r"article (?:est )?r[ée]serv[ée] aux",
    r"subscribe to (?:continue|read)",
    r"to continue reading",
    r"this (?:article|story) is (?:only )?(?:available )?(?:for|to) subscribers",
    r"artikel (?:ist )?(?:nur )?f[üu]r abonnenten",
    r"beitrag (?:ist )?(?:nur )?f[üu]r abonnenten",
    r"weiterlesen mit",
    r"exclusivo para (?:suscriptores|assinantes)",
    r"para continuar leyendo",
    r"has alcanzado el l[íi]mite",
    r"riservato agli abbonati",
)
_PAYWALL_TEXT = re.compile(
    first_letters(_PAYWALL_PHRASES) + "(?:" + "|".join(_PAYWALL_PHRASES) + ")", re.IGNORECASE
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
    # How sure the container is: the share of the page's running text it holds, and the
    # share of its paragraph text that is links (see :func:`extract_body`).
    coverage: float = 1.0
    link_density: float = 0.0

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


# Dropped only when small: some pages wrap everything in a <form> (ASP.NET) or an <aside>.
_DROP_IF_SMALL = ("nav", "footer", "aside", "form")
MAX_DROPPED_CHARS = 3000


def strip_noise(root: lxml_html.HtmlElement) -> None:
    """Drop elements whose content is never article text (in place)."""
    etree.strip_elements(root, etree.Comment, *_DROP_TAGS, with_tail=False)
    for element in root.xpath("|".join(f"//{tag}" for tag in _DROP_IF_SMALL)):
        if (
            element.getparent() is None
            or element.getroottree().getroot() is not root.getroottree().getroot()
        ):
            continue  # inside an element dropped already
        if len(element.text_content()) < MAX_DROPPED_CHARS:
            element.drop_tree()


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
) -> tuple[lxml_html.HtmlElement | None, str | None, set[lxml_html.HtmlElement], float]:
    """The element holding the body (the source's selectors, else the best-scoring subtree,
    see :mod:`.container`), where it came from, the teaser units to leave out, and the
    share of the page's running text the element holds."""
    for selector in selectors:
        matches = [m for m in _css(tree, selector) if _paragraph_text(m) >= 150]
        if matches:
            return max(matches, key=_paragraph_text), f"selector:{selector}", set(), 1.0
    scan = best_container(tree)
    if scan.best is None:
        return None, None, set(), 0.0
    coverage = scan.best.content / scan.total if scan.total else 1.0
    return scan.best.element, "density", scan.teasers, coverage


def _paragraph_text(element: lxml_html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


@lru_cache(maxsize=256)
def _compiled(selector: str) -> CSSSelector | None:
    try:
        return CSSSelector(selector, translator="html")
    except Exception:  # a bad selector in a registry entry must not stop extraction
        return None


def _css(tree: lxml_html.HtmlElement, selector: str) -> list[lxml_html.HtmlElement]:
    compiled = _compiled(selector)
    return compiled(tree) if compiled is not None else []


_SIMPLE = re.compile(r"^(\w+)?(?:\.([\w-]+)|#([\w-]+)|\[([\w-]+)=['\"]([^'\"]*)['\"]\])$")


@lru_cache(maxsize=64)
def _simple_tests(selectors: tuple[str, ...]) -> list[tuple] | None:
    """Simple CSS selectors (``tag.class``, ``#id``, ``[attr='value']``) as attribute tests,
    or ``None`` when one of them is not that simple."""
    tests = []
    for selector in selectors:
        match = _SIMPLE.match(selector.strip())
        if not match:
            return None
        tests.append(match.groups())
    return tests


def _any_of(tree: lxml_html.HtmlElement, selectors: tuple[str, ...]) -> bool:
    """Whether any of the selectors matches an element (one pass over the tree; an XPath
    per selector costs several times more on big pages)."""
    tests = _simple_tests(selectors)
    if tests is None:
        return any(_css(tree, selector) for selector in selectors)
    classes = {cls for _, cls, _, _, _ in tests if cls}
    idents = {ident for _, _, ident, _, _ in tests if ident}
    for _, _, _, attr, value in tests:
        if attr and tree.xpath(f"//*[@{attr} = $value]", value=value):
            return True
    for element in tree.iter():
        cls = element.get("class")
        if cls and not classes.isdisjoint(cls.split()):
            for tag, name, _, _, _ in tests:
                if name and name in cls.split() and (not tag or element.tag == tag):
                    return True
        ident = element.get("id")
        if ident and ident in idents:
            return True
    return False


def extract_body(
    tree: lxml_html.HtmlElement,
    *,
    title: str | None = None,
    headline: str | None = None,
    selectors: tuple[str, ...] = (),
) -> Body:
    """Extract the body from a parsed page (``strip_noise`` must have run).

    ``title`` and ``headline`` (the headline as printed, when it is worded otherwise)
    are left out of the body.
    """
    body = Body()
    body.is_paywalled = bool(_any_of(tree, _PAYWALL_SELECTORS))
    container, origin, teasers, body.coverage = find_container(tree, selectors)
    body.container = origin
    if container is None:
        return body
    title_keys = {fold(t) for t in (title, headline) if t and fold(t)}
    current = Section(heading=None)
    recent: list[str] = []  # the keys of the paragraphs kept last (see NEAR_REPEAT)
    bold_headings: set[str] = set()
    walked = linked = 0.0
    for block in walk(container, skip=teasers):
        if block.kind == "paragraph":
            walked += len(block.text)
            linked += block.link_ratio * len(block.text)
        if block.kind == "caption":
            caption = split_credit(block.text)
            if caption not in body.captions:
                body.captions.append(caption)
            continue
        if block.kind == "heading":
            if fold(block.text) in title_keys:
                if not body.sections and sum(len(x) for x in current.paragraphs) < 300:
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
        if _READ_ALSO.match(text) or (block.link_ratio > 0.7 and len(text) < 200):
            continue
        if len(text) < 300 and _PAYWALL_TEXT.search(text):
            body.is_paywalled = True  # "La suite est réservée aux abonnés"
            continue
        if is_meta_line(text) or is_prompt(text):
            continue  # a date line, a byline, "avec AFP", "Sign up to our newsletter"
        if is_credit_line(text):
            body.captions.append(split_credit(text))
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
    body.captions = _article_captions(container, body.captions)
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
    return body


MAX_PROMO_CHARS = 300
# A paragraph repeating one of the last few kept is a second copy; repeated further on, it
# is the article's own refrain (each day of a meal plan, each step of a recipe).
NEAR_REPEAT = 4


def drop_prompt_headings(sections: list[Section]) -> list[Section]:
    """Remove subheadings that are calls to action ("Join our commenting forum", "Sign up
    for our newsletter", "Share this article").

    Such a heading titles a promo box, not a part of the article: with only a short blurb
    under it (at most :data:`MAX_PROMO_CHARS`) the box goes whole; with more, the article
    text simply runs on under it, so its paragraphs join the section before.
    """
    kept: list[Section] = []
    for section in sections:
        if not section.heading or not is_prompt(section.heading):
            kept.append(section)
            continue
        if sum(len(p) for p in section.paragraphs) <= MAX_PROMO_CHARS:
            continue
        if kept:
            kept[-1].paragraphs.extend(section.paragraphs)
        else:
            kept.append(Section(heading=None, paragraphs=section.paragraphs))
    return kept


MAX_SUBHEADING_CHARS = 100
MAX_SUBHEADING_WORDS = 14
_SENTENCE_END = re.compile(r"[.,;:…!]['’\"»”)]*$|^[-–—•*]|[。；]|\. [A-Z]")


def is_bold_subheading(text: str, bold: bool, tag: str, link_ratio: float = 0.0) -> bool:
    """A paragraph written wholly in bold that reads as a subheading: short, few words, not
    ending like a sentence (a question may end one), mostly unlinked, in a ``<p>``/``<div>``."""
    return (
        bold
        and tag in ("p", "div", "section", "")
        and link_ratio < 0.5
        and 2 <= len(text) <= MAX_SUBHEADING_CHARS
        and len(text.split()) <= MAX_SUBHEADING_WORDS
        and not _SENTENCE_END.search(text)
    )


def _text_of(element: lxml_html.HtmlElement) -> str:
    return clean_text(" ".join(element.itertext()))


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
