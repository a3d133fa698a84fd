"""Which paragraphs of the body container are article text, and which are subheadings.

Left out: "read also" teasers and short link lists, paywall notices, meta lines (dates,
bylines, "avec AFP"), calls to action, and photo credits (kept as captions). A short
paragraph wholly in bold reads as a subheading; a subheading that is a call to action
titles a promo box, not a part of the article.
"""

from __future__ import annotations

import re

from crawler.items import Section

from .captions import is_credit_line
from .metalines import is_meta_line, is_prompt
from .paywall import is_paywall_notice
from .text import fold

_READ_ALSO = re.compile(
    r"^\s*(?:[àa] lire (?:aussi|également)|lire aussi|voir aussi|read (?:also|more)|see also|"
    r"also read|related:|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|siehe auch|"
    r"lee (?:también|tambien)|ver (?:también|tambien)|leia (?:também|tambem)|"
    r"veja (?:também|tambem)|leggi anche|vedi anche)\b",
    re.IGNORECASE,
)
# What :func:`paragraph_kind` finds a paragraph to be.
TEXT = "text"
TEASER = "teaser"  # "read also", or a short paragraph that is mostly a link
PAYWALL_NOTICE = "paywall-notice"
META = "meta"  # a date line, a byline, "avec AFP", "Sign up to our newsletter"
CREDIT = "credit"  # a photo credit printed as a paragraph

MAX_PROMO_CHARS = 300
# A paragraph repeating one of the last few kept is a second copy; repeated further on, it
# is the article's own refrain (each day of a meal plan, each step of a recipe).
NEAR_REPEAT = 4
MAX_SUBHEADING_CHARS = 100
MAX_SUBHEADING_WORDS = 14
_SENTENCE_END = re.compile(r"[.,;:…!]['’\"»”)]*$|^[-–—•*]|[。；]|\. [A-Z]")

# An advertisement's label left in the text where the ad was ("Publicité", "Anzeige").
_AD_LABEL = re.compile(
    r"^\W*(publicit[ée]|annonce|advertisement|advertising|sponsored|anzeige|werbung|reklame)"
    r"\W*$",
    re.IGNORECASE,
)


# Headings of teaser and link boxes (matched on short headings only: as a paragraph's
# first words, "Zum Thema" may well open article text).
_TEASER_HEADING = re.compile(
    r"^\W*(?:meistgelesen|meist gelesen|neueste artikel|zum thema|aus dem ressort|mehr zu(?:m)?\b|"
    r"weiterführende (?:informationen|links?|artikel)|verwandte (?:themen|artikel|beiträge)|"
    r"das könnte sie auch interessieren|les plus lus|sur le même sujet|à voir aussi|"
    r"dans la même rubrique|related (?:articles|posts|stories|content|links)|more from\b|"
    r"you (?:may|might) also like|more stories|recommended for you|trending now)",
    re.IGNORECASE,
)
TEASER_HEADING_CHARS = 60


def is_teaser_heading(text: str) -> bool:
    """A heading that titles a "read also" or link box, not a part of the article."""
    return bool(_READ_ALSO.match(text)) or (
        len(text) <= TEASER_HEADING_CHARS and bool(_TEASER_HEADING.match(text))
    )


def paragraph_kind(text: str, link_ratio: float) -> str:
    """What a paragraph of the container is: :data:`TEXT`, or why it is not article text."""
    if _READ_ALSO.match(text) or (link_ratio > 0.7 and len(text) < 200):
        return TEASER
    if is_paywall_notice(text):
        return PAYWALL_NOTICE  # "La suite est réservée aux abonnés"
    if is_meta_line(text) or is_prompt(text) or _AD_LABEL.match(text):
        return META
    if is_credit_line(text):
        return CREDIT
    return TEXT


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


def drop_author_lines(sections: list[Section], authors: list[str]) -> list[Section]:
    """Remove a first or last paragraph that is only the author's name (the byline or the
    signature printed inside the article's container)."""
    names = {fold(name) for name in authors} | {fold(" ".join(authors))}
    names.discard("")
    if not names:
        return sections
    filled = [s for s in sections if s.paragraphs]
    if filled and fold(filled[0].paragraphs[0]) in names:
        del filled[0].paragraphs[0]
    if filled and filled[-1].paragraphs and fold(filled[-1].paragraphs[-1]) in names:
        del filled[-1].paragraphs[-1]
    return [s for s in sections if s.paragraphs or s.heading]
