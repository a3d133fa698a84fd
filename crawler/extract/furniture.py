"""Page furniture told by an element's name, role or visibility.

A class, id or role names an element as furniture (comments, share bars, "related" boxes,
menus, cookie banners) always, unless it holds a large share of text, or only when it
holds little; hidden elements and screen-reader-only labels are furniture too. Each class
or id token is judged once (cached): most pages repeat a handful of names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import html as lxml_html

# Names that mark furniture whatever its size (comment threads can be long) ...
_ALWAYS = re.compile(
    r"(?:^|[-_])(?:comments?|comment-?list|respond|replies|discussion|disqus|outbrain|taboola|"
    r"gallery|slideshow|carousel|lightbox|twitter-tweet|twitter-timeline|instagram-media|"
    r"tiktok-embed|fb-post)(?:$|[-_])",
    re.IGNORECASE,
)
# ... names that mark it unless the element holds a large share of text (a "sidebar-layout"
# or "main-menu off-canvas-wrap" wrapper around the whole page) ...
_FURNITURE = re.compile(
    r"(?:^|[-_])(?:related|read-?also|lire-?aussi|see-?also|promo|promotion|recirculation|"
    r"advert\w*|ads?|adslot|"
    r"cookie\w*|consent|sidebar|newsletter|widget|most-?read|recommend\w*|teasers?|menu|nav|"
    r"navigation|navbar|footer|masthead|breadcrumbs?|player|playlist|bookmarks?|dialog|"
    r"overlay|tooltip|dropdown|flyout)(?:$|[-_])",
    re.IGNORECASE,
)
LARGE = 2500
_SCREEN_READER = re.compile(
    r"^(?:sr-only|visually-?hidden|screen-?reader-?(?:text|only)|element-?invisible|offscreen|"
    r"a11y-?hidden)$",
    re.IGNORECASE,
)
# ... and names that mark it only when the element holds little text (a share bar, not a
# wrapper whose class happens to mention sharing).
_SMALL_FURNITURE = re.compile(
    r"(?:^|[-_])(?:share|sharing|social|tags|tag-?list|banner|toolbar|skip|modal|popup|login|"
    r"signup|subscribe|subscription|byline|author-?bio|author-?box|mini-?bio|ratings?|"
    r"shareblock|meta|info|credits?|rate|"
    # a print button ("recipe-print", "print-button"), not a print layout ("print-full")
    r"print(?=$|[-_](?:button|btn|icon|link)(?:$|[-_])))(?:$|[-_])",
    re.IGNORECASE,
)
SMALL = 600
# Names of a picture's caption or credit printed outside ``<figcaption>`` ("wp-caption-text",
# "image-subtitle", "figure__copyright"): read as captions, not as article text.
_CAPTION = re.compile(r"(?:^|[-_])[a-z]*(?:caption|legende|bildunterschrift)[a-z]*(?:$|[-_])", re.I)
_CREDIT = re.compile(
    r"(?:^|[-_])(?:copyright|(?:image|img|photo|picture|bild|figure)-?(?:subtitle|credits?|source))"
    r"(?:$|[-_])",
    re.IGNORECASE,
)
CAPTION_CHARS = 400
_FURNITURE_ROLES = {"navigation", "complementary", "banner", "contentinfo", "dialog", "menu"}
# State modifiers ("has-sidebar", "layout-default") name no furniture.
_MODIFIER = re.compile(
    r"^(?:has|with|without|no|is|show|hide|enable|enabled|disable|toggle|js|open|page|body|"
    r"template|single|layout)[-_]|[-_](?:layout|template|default|open|active|enabled|"
    r"placeholder|wrapper-page)$",
    re.IGNORECASE,
)
# Elements never judged by their names: they hold the whole page.
EXEMPT_TAGS = frozenset(("html", "body", "main"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _token_kind(token: str) -> int:
    """What one class or id token says: 3 always furniture, 2 furniture unless large,
    1 small furniture, 0 nothing. State modifiers ("has-sidebar") say nothing."""
    if _MODIFIER.search(token):
        return 0
    if _ALWAYS.search(token):
        return 3
    if _FURNITURE.search(token):
        return 2
    if _SMALL_FURNITURE.search(token):
        return 1
    return 0


@lru_cache(maxsize=4096)
def _names_kind(names: str) -> int:
    """The strongest kind among the tokens of a class or id attribute."""
    return max((_token_kind(token) for token in names.split()), default=0)


@lru_cache(maxsize=4096)
def _screen_reader(names: str) -> bool:
    """A class attribute naming a screen-reader-only label."""
    return any(_SCREEN_READER.search(token) for token in names.split())


@lru_cache(maxsize=4096)
def _caption_names(names: str, inline: bool) -> bool:
    return any(
        _CREDIT.search(token) or (inline and _CAPTION.search(token)) for token in names.split()
    )


def is_caption(element: lxml_html.HtmlElement, inline: bool) -> bool:
    """An element whose class names a photo credit, or (``inline``: a span in a
    paragraph) a picture's caption."""
    names = element.get("class")
    return bool(names) and _caption_names(names, inline)


def is_invisible(element: lxml_html.HtmlElement, cls: str | None = None) -> bool:
    """Text no reader sees: hidden elements and screen-reader-only labels (``cls``: the
    class attribute, when the caller has read it already)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    names = element.get("class") if cls is None else cls
    return bool(names) and _screen_reader(names)


def _holds_no_article(element: lxml_html.HtmlElement) -> bool:
    """No ``<article>`` or ``<main>`` inside (an unclosed menu can swallow the page)."""
    return next(element.iter("article", "main"), None) is None


def named_kind(element: lxml_html.HtmlElement, cls: str | None) -> int:
    """The kind a visible element's class, id and role give it (3 always furniture, 2
    furniture unless large, 1 small furniture, 0 nothing)."""
    if element.tag == "nav" and _holds_no_article(element):
        return 3  # a navigation block, whatever its size or names
    ident = element.get("id")
    kind = max(_names_kind(cls) if cls else 0, _names_kind(ident) if ident else 0)
    role = element.get("role")
    if role and role.lower() in _FURNITURE_ROLES:
        kind = max(kind, 2)
    return kind


def _kind(element: lxml_html.HtmlElement) -> int:
    if element.tag in EXEMPT_TAGS:
        return 0
    cls = element.get("class")
    return 3 if is_invisible(element, cls) else named_kind(element, cls)


SUBTREE_READ = 8


def shorter_than(element: lxml_html.HtmlElement, limit: int) -> bool:
    """``len(element.text_content()) < limit``; a small subtree is read node by node (one
    XPath call costs more than a few nodes)."""
    size = len(element.text or "")
    for count, node in enumerate(element.iterdescendants()):
        if count == SUBTREE_READ:
            return len(element.text_content()) < limit
        if isinstance(node.tag, str):
            size += len(node.text or "")
        size += len(node.tail or "")
    return size < limit


def is_furniture(element: lxml_html.HtmlElement) -> bool:
    """Whether an element's name, role or visibility marks it as page furniture."""
    kind = _kind(element)
    return kind == 3 or (kind == 2 and shorter_than(element, LARGE))


def is_small_furniture(element: lxml_html.HtmlElement) -> bool:
    """Names of furniture that may also be borne by big wrappers (judge by size)."""
    return _kind(element) == 1


# Links that share the page on a network or by mail, not links to read something.
_SHARE_LINK = re.compile(
    r"facebook\.com/(?:sharer|share\.php|dialog/share)|twitter\.com/(?:intent/tweet|share)|"
    r"//x\.com/intent|linkedin\.com/(?:shareArticle|sharing|cws/share)|pinterest\.\w+/pin/create|"
    r"plus\.google\.com/share|reddit\.com/submit|xing\.com/(?:spi/shares|social/share)|"
    r"tumblr\.com/(?:share|widgets/share)|whatsapp://send|api\.whatsapp\.com/send|wa\.me/\?|"
    r"t\.me/share|vk\.com/share|getpocket\.com/(?:edit|save)|flipboard\.com/bookmarklet|"
    r"^mailto:\?",
    re.IGNORECASE,
)
SHARE_BOX_CHARS = 300


def share_boxes(container: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """The share bars inside ``container``, told by their links whatever their names: the
    largest element around a share link that holds little text ("Share this article:") and
    at least two share links."""
    boxes: set[lxml_html.HtmlElement] = set()
    for link in container.iter("a"):
        if not _SHARE_LINK.search(link.get("href") or "") or any(
            box in boxes for box in link.iterancestors()
        ):
            continue
        box = None
        for ancestor in link.iterancestors():
            if ancestor is container or not shorter_than(ancestor, SHARE_BOX_CHARS):
                break
            box = ancestor
        if (
            box is not None
            and sum(1 for a in box.iter("a") if _SHARE_LINK.search(a.get("href") or "")) >= 2
        ):
            boxes.add(box)
    return boxes
