"""Picture captions and photo credits: split apart, and collected around the body.

A caption printed as "Le point sur la situation. MAXPPP – SERGEY KOZLOV" gives its text
and its credit; a credit printed alone as a paragraph is recognised as one; the captions
of pictures just outside the body (the lead picture) come first, in page order.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from crawler.items import Caption

from .text import clean_text

# A credit line: a short text ending with an agency or photographer mark.
_CREDIT = re.compile(
    r"(?:(?:^|[.\s(])(?i:©|\(c\)|photo\s*:|crédits?(?:\s+photos?)?\s*:|credits?\s*:|crédito\s*:|"
    r"foto\s*:|bild\s*:|illustration\b|(?:photo(?:graph)?s?|images?|pictures?)\s+(?:by|courtesy)\b)"
    r"|\b(?:MAXPPP|AFP|REUTERS|ABACA|SIPA|EPA|GETTY|DPA|BELGA|AP PHOTO|PICTURE ALLIANCE|IMAGO|KEYSTONE|"
    r"WIKIMEDIA COMMONS)\b"
    # "Jane Doe/Getty Images", "via Shutterstock": a photo agency closing the line.
    r"|(?:^|(?<=[.!?]\s))[^.!?]{0,80}?(?:/|\bvia\s|:)\s*(?i:getty\s+images|shutterstock"
    r"|istock(?:photo)?|imago\s+images|picture[\s-]alliance)(?=\W*$)"
    r"|\s[–—-]\s+(?=[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{3,}$))[^.]{0,80}\.?$"
)
# Boxes whose captions are not the article's (a "related" teaser's picture, a promo).
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:comment[s]?|respond|reply|share|sharing|social|newsletter|related|"
    r"read-?also|lire-?aussi|a-?lire|see-?also|promo|advert\w*|ads?|pub|publicite|cookie\w*|"
    r"consent|sidebar|breadcrumbs?|subscribe|subscription|paywall|outbrain|taboola|popup|modal|"
    r"widget|tags|post-?tags|tag-?list|author-?bio|most-?read|plus-?lus|recommend\w*|teaser|banner|toolbar|"
    r"sharebar|donate|signup|login|meta-?bar|wp-?caption-?text|sr-only|visually-?hidden|"
    r"infos?-?dates|byline|article-full__infos)(?:$|[-_\s])",
    re.IGNORECASE,
)


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


def _text_of(element: lxml_html.HtmlElement) -> str:
    return clean_text(" ".join(element.itertext()))


def article_captions(container: lxml_html.HtmlElement, inside: list[Caption]) -> list[Caption]:
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
