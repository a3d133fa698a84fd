"""The standfirst: the summary printed between the headline and the body.

Pages declare their summary as ``description`` (meta, Open Graph or JSON-LD); when
that summary is also *printed* under the headline, the printed line is the article's
standfirst. Requiring both keeps teasers, image captions and newsletter prompts out.
Where the body container holds it as its first paragraph, it moves from the body to the
lead; further down the body it stays where it is.
"""

from __future__ import annotations

from .header import HeaderZone
from .structured import Structured
from .text import clean_text, fold

MIN_CHARS = 40
MAX_CHARS = 1200
PREFIX = 80  # characters of the description compared (descriptions are often cut short)


def standfirst(header: HeaderZone, data: Structured, body: list[str]) -> tuple[str | None, bool]:
    """The printed standfirst (``None``: no description, not printed, or further down the
    body), and whether it is the body's first paragraph."""
    description = _description(data)
    if not description or not header.text:
        return None, False
    key = fold(description.rstrip(" .…"))[:PREFIX]
    if len(key) < MIN_CHARS // 2:
        return None, False
    for line in header.after_headline().split("\n"):
        text = clean_text(line)
        if not MIN_CHARS <= len(text) <= MAX_CHARS or not fold(text).startswith(key):
            continue
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
