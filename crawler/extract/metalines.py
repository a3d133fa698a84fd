"""Short lines of a body container that describe the article rather than tell it.

Date lines ("Publié le 03/04/2024 à 12:35, mis à jour …"), bylines ("Par Camille
Rességuier", "Ouest-France avec AFP"), staff credits ("Editing by …"), sourcing notes
("Mit Material von dpa und AFP"), reading times and share prompts sit next to the
headline or at the end of the text in many layouts; none of them is a paragraph of the
article.
"""

from __future__ import annotations

import re

from .dates import MultilingualParserInfo
from .relative import is_relative_line
from .text import fold

MAX_META_CHARS = 160

_AGENCY = r"(?:AFP|Reuters|AP|dpa|DPA|KNA|epd|Belga|ANSA|EFE|APA|SDA|ATS|Associated Press)"
_DATE_WORD = re.compile(
    r"\b(?:publi[ée]e?|mis\s+[àa]\s+jour|modifi[ée]e?|actualis[ée]e?|updated|published|posted|"
    r"ver[öo]ffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"stand|erstellt|mise\s+en\s+ligne)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:er)?\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s*[:h]\s*\d{2}\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:par|by|von|por|door|texte?|text|reportage|auteurs?|autor(?:in)?)\s*:?\s+[^\W\d_]",
    re.IGNORECASE,
)
_WITH_AGENCY = re.compile(
    rf"^[\w .’'-]{{2,60}}\s+(?:avec|with|mit|con|com)\.?\s+{_AGENCY}\b", re.IGNORECASE
)
_SOURCING = re.compile(
    rf"^\(?(?:mit material (?:von|der)|material(?:ien)? von|quellen?|sources?|avec|with|con información de"
    rf"|con|com|fuente|fonte)\s*:?\s*(?:\w+\s+)?{_AGENCY}",
    re.IGNORECASE,
)
_READING = re.compile(
    r"^(?:\d+\s*(?:min(?:ute)?s?|minutes?)\s*(?:de\s+)?(?:lecture|read(?:ing)?|lesezeit|lectura)"
    r"|(?:lecture|lesezeit|reading time|temps de lecture|lectura)\s*:?\s*\d+\s*min\w*)\.?$",
    re.IGNORECASE,
)


# "Reporting by …; Editing by …", "Redaktion: …": who reported, edited or checked the piece.
_CREDIT_ROLE = re.compile(
    r"(?:additional\s+)?(?:reporting|editing|writing|edited|compiled|redaktion|mitarbeit|"
    r"recherche|faktencheck|schlussredaktion|r[ée]daction|redacci[óo]n|edici[óo]n)"
    r"\s*(?:by|von|par|por|:)\s+",
    re.IGNORECASE,
)
_CREDIT_GLUE = frozenset(
    [
        "and",
        "und",
        "et",
        "y",
        "e",
        "with",
        "mit",
        "avec",
        "con",
        "in",
        "im",
        "aus",
        "from",
        "de",
        "van",
        "der",
        "von",
        "du",
        "la",
        "le",
    ]
)
MAX_CREDIT_WORDS = 20


def is_staff_credit(text: str) -> bool:
    """A staff credit line: "(Reporting by Jane Doe in London; Editing by John Smith)",
    "Additional reporting by Jane Doe.", "Redaktion: A. Muster, B. Beispiel".

    Wire services and many newsrooms close an article with such a line; after its role
    words it holds nothing but names (capitalised words) and joining words, which tells it
    from a paragraph that merely starts with "Reporting by".
    """
    if not _CREDIT_ROLE.match(text.lstrip("(")) or len(text.split()) > MAX_CREDIT_WORDS:
        return False
    rest = _CREDIT_ROLE.sub(" ", text).replace(";", " ").replace(",", " ")
    words = [w.strip("().&") for w in rest.split()]
    return all(not w or not w[0].islower() or w in _CREDIT_GLUE for w in words)


def _calendar_words() -> frozenset[str]:
    words = {fold(w) for names in MultilingualParserInfo.MONTHS for w in names}
    words |= {fold(w) for names in MultilingualParserInfo.WEEKDAYS for w in names}
    words |= {"gmt", "utc", "cet", "cest", "bst", "est", "edt", "pst", "pdt", "mez", "mesz"}
    words |= {"uhr", "h", "am", "pm", "a", "m", "de", "le", "el", "du", "del", "of", "at"}
    return frozenset(words)


_CALENDAR_WORDS = _calendar_words()
MAX_PROMPT_CHARS = 150
_PROMPT = re.compile(
    r"^(?:join (?:our|the)|sign up|subscribe|follow us|follow (?:him|her|them) on|click here|"
    r"never miss|do you want to|want more|get (?:our|the) (?:newsletter|latest)|"
    r"read more|more from|listen to (?:this|the)|share (?:this|on)|"
    r"abonnez-vous|inscrivez-vous|suivez-nous|recevez|"
    r"melden sie sich|jetzt (?:registrieren|abonnieren|anmelden)|teilen sie|mehr von|mehr zum thema|"
    r"abonnieren sie|folgen sie|"
    r"suscríbete|suscribete|síguenos|escucha|lee también|leer más|"
    r"iscriviti|seguici|leggi anche|assine|siga-nos|leia também|veja também)\b",
    re.IGNORECASE,
)


def is_meta_line(text: str) -> bool:
    """A date line, a byline, a sourcing note or a reading time (not article text)."""
    if len(text) > MAX_META_CHARS:
        return False
    if _READING.match(text) or _SOURCING.match(text) or _WITH_AGENCY.match(text):
        return True
    if is_staff_credit(text):
        return True
    if is_relative_line(text):
        return True
    if (
        _BYLINE.match(text)
        and not text.rstrip().endswith((".", "!", "?", "»", '"'))
        and len(text.split()) <= 12
    ):
        return True
    if _DATE_WORD.search(text) and _DATE.search(text):
        rest = _DATE.sub(" ", _DATE_WORD.sub(" ", text))
        rest = re.sub(r"\b(?:le|à|a|am|um|on|at|the|el|il|de|du|,|\||-|–|:|uhr|h)\b", " ", rest)
        return len(re.sub(r"[\W\d_]+", "", rest)) <= 40
    if len(text) <= 80 and _DATE.search(text):
        # "Friday 22 November 2024 08:49 GMT": nothing but a date.
        rest = _DATE.sub(" ", text)
        rest = " ".join(w for w in rest.split() if fold(w.strip(",.")) not in _CALENDAR_WORDS)
        return len(re.sub(r"[\W\d_]+", "", rest)) <= 3
    return False


def is_prompt(text: str) -> bool:
    """A call to action: sign up, subscribe, follow, comment, share, read or listen more."""
    return len(text) <= MAX_PROMPT_CHARS and bool(_PROMPT.search(text))
