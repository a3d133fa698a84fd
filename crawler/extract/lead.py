"""The standfirst: the summary printed between the headline and the body.

Pages declare their summary as ``description`` (meta, Open Graph or JSON-LD); when
that summary is also *printed* under the headline, the printed line is the article's
standfirst. Requiring both keeps teasers, image captions and newsletter prompts out.
Where the body container holds it as its first paragraph, it moves from the body to the
lead; further down the body it stays where it is.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.html import HtmlElement

from .header import HeaderZone
from .structured import Structured
from .text import clean_text, fold

MIN_CHARS = 40
MAX_CHARS = 1200
PREFIX = 80  # characters of the description compared (descriptions are often cut short)
LABEL_TAGS = frozenset({"span", "strong", "b", "em", "small"})
MAX_LABEL_CHARS = 30


def standfirst(
    header: HeaderZone, data: Structured, body: list[str], title: str | None = None
) -> tuple[str | None, bool]:
    """The printed standfirst (``None``: no description, not printed, or further down the
    body), and whether it is the body's first paragraph."""
    description = _description(data)
    if not description or not header.text:
        return None, False
    key = fold(description.rstrip(" .…"))[:PREFIX]
    if len(key) < MIN_CHARS // 2:
        return None, False
    headline = fold(title or "")
    for line in header.after_headline().split("\n"):
        text = clean_text(line)
        if not MIN_CHARS <= len(text) <= MAX_CHARS or not fold(text).startswith(key):
            continue
        if headline and (fold(text).startswith(headline) or headline.startswith(fold(text))):
            continue  # the headline printed again (a copy's description is its title)
        if body and fold(body[0]) == fold(text):
            return text, True
        opening = " ".join(fold(p) for p in body[:3])
        return (None, False) if fold(text)[:PREFIX] in opening else (text, False)
    return None, False


def _description(data: Structured) -> str | None:
    node = data.article or {}
    for value in (
        data.meta.get("og:description"),
        data.meta.get("description"),
        node.get("description"),
        data.meta.get("twitter:description"),
    ):
        if isinstance(value, str) and clean_text(value):
            return clean_text(value)
    return None


def lead_text(element: HtmlElement) -> str | None:
    """The text of a standfirst element without the label some outlets print at its start
    (``<span class="…-label">L'essentiel</span>``, ``<strong>À retenir :</strong>``)."""
    first = next(iter(element), None)
    if (
        first is not None
        and not (element.text or "").strip()
        and isinstance(first.tag, str)
        and first.tag in LABEL_TAGS
        and _is_label(first)
    ):
        rest = (first.tail or "") + "".join(
            lxml_html.tostring(e, method="text", encoding="unicode", with_tail=True)
            for e in first.itersiblings()
        )
        return clean_text(rest) or None
    return clean_text(element.text_content()) or None


def _is_label(element: HtmlElement) -> bool:
    text = clean_text(element.text_content())
    if not text or len(text) > MAX_LABEL_CHARS or len(element):
        return False
    return "label" in (element.get("class") or "").lower() or text.endswith(":")
