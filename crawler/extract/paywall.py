"""How a page shows that its article is for subscribers only.

Three signs: a known paywall element, a short notice where the text stops ("La suite est
réservée aux abonnés") and JSON-LD declaring the article not free to read.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .css import any_matches
from .text import first_letters

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
MAX_NOTICE_CHARS = 300


def has_paywall_element(tree: lxml_html.HtmlElement) -> bool:
    """Whether the page holds an element that paywalls are known to use."""
    return any_matches(tree, _PAYWALL_SELECTORS)


def is_paywall_notice(text: str) -> bool:
    """A short paragraph saying the rest is for subscribers."""
    return len(text) < MAX_NOTICE_CHARS and bool(_PAYWALL_TEXT.search(text))


def declared_paywall(node: dict) -> bool:
    """JSON-LD says the article, or a part of it, is not free to read."""
    parts = node.get("hasPart")
    parts = parts if isinstance(parts, list) else [parts]
    flags = [node.get("isAccessibleForFree")]
    flags += [p.get("isAccessibleForFree") for p in parts if isinstance(p, dict)]
    return any(flag in (False, "False", "false", "FALSE") for flag in flags)
