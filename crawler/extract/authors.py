"""Author names: people first, split correctly, boilerplate dropped."""

from __future__ import annotations

import re

from .text import clean_text, fold

_PREFIX = re.compile(
    r"^\s*(?:(?:(?:published|posted|written|reported|created|text|photos?)\s+by"
    r"|(?:ver[öo]ffentlicht|erstellt|geschrieben|verfasst)\s+von|(?:publi[ée]|[ée]crit|r[ée]dig[ée])"
    r"\s+par|(?:publicado|escrito)\s+por|(?:pubblicato|scritto)\s+da|par|by|von|vom|de|door|por|di|"
    r"über|about|"
    r"texte?|text|auteurs?|authors?|autor(?:in|es)?|autore|reportage|redaktion)\b|"
    r"著者|作者|记者|文(?=\s*[:：/／]))\s*[:：\-]?\s*",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|&|\+|/|、|，|\bet\b|\band\b|\bund\b|\bavec\b|\bwith\b|\bmit\b|\by\b|\be\b"
    r"|\s\|\s)\s*",
    re.IGNORECASE,
)
# Where a byline stops being names: a date, a time, a reading time, a separator.
_STOP = re.compile(
    r"\s(?:[-–—|•·]|::)\s|\s[•·|]|\d|\b(?:published|posted|updated|aktualisiert|publié|mis à jour|"
    r"le|am|on|il|el|le|vor)\s+(?=\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+\d"
    # a day after the name ("am Samstag", "on Monday"; "Freitag" alone is a surname)
    r"|\s(?:am|on|le)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)\b",
    re.IGNORECASE,
)
# A name followed by its job ("Sam Stein Senior Politics Editor"): cut at the first role word.
_ROLES = {
    "editor",
    "editors",
    "reporter",
    "correspondent",
    "writer",
    "contributor",
    "contributing",
    "columnist",
    "journalist",
    "staff",
    "senior",
    "chief",
    "fellow",
    "producer",
    "analyst",
    "photographer",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "envoyé",
    "envoyée",
    "correspondant",
    "correspondante",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "giornalista",
    "inviato",
    "inviata",
    "director",
    "directeur",
    "directrice",
    "president",
    "vice",
    "founder",
    "ceo",
    "professor",
    "professeur",
    "head",
    "deputy",
    "associate",
    "special",
}
# German compounds of a role ("Chefredakteur", "Auslandskorrespondentin").
_ROLE_ENDINGS = ("redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin")
# Link texts printed next to a byline ("Jane Doe Contact", "Follow").
_UI_WORDS = {
    "contact",
    "contactar",
    "contacter",
    "contatta",
    "kontakt",
    "follow",
    "folgen",
    "suivre",
    "seguir",
    "email",
    "e-mail",
    "mail",
}
_DEGREES = {"ma", "ms", "msc", "phd", "md", "mba", "ba", "bsc", "dr", "jr", "sr", "rn", "mph"}
_HANDLE = re.compile(r"(?<!\w)@\w[\w.]*|https?://\S+|www\.\S+|\S+@\S+\.\w+")
_MID_LABEL = re.compile(r"^(?:\S+\s+)?(?:by|par|por|door|von)\s+(?=[^\W\d_])", re.IGNORECASE)
_LATE_LABEL = re.compile(r"(?:^|\s)(?:by|von|par|por|door)\s+(?=[A-ZÀ-Ý])")
_ORG_WORDS = {
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "ag",
    "corp",
    "company",
    "news",
    "media",
    "press",
    "presse",
    "magazine",
    "magazin",
    "zeitung",
    "redaktion",
    "rédaction",
    "team",
    "group",
    "verlag",
    "online",
    "tv",
    "radio",
    "fernsehen",
    "network",
    "agency",
    "agence",
    "institute",
    "university",
    "universität",
    "université",
    "collectif",
    "association",
    "foundation",
    "stiftung",
    "staff",
    "newsroom",
    "desk",
    "editors",
    "club",
    "official",
}
_PARTICLES = {
    "de",
    "la",
    "le",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "del",
    "dos",
    "das",
    "bin",
    "ben",
    "al",
    "el",
    "y",
    "zu",
    "ter",
    "ten",
    "st",
}


AGENCIES = {
    "afp",
    "reuters",
    "ap",
    "dpa",
    "belga",
    "ats",
    "ansa",
    "epd",
    "kna",
    "efe",
    "apa",
    "associated press",
    "agence france presse",
    "agence france-presse",
    "sda",
    "ats afp",
}
_BOILERPLATE = {
    "admin",
    "administrator",
    "redaction",
    "la redaction",
    "redaktion",
    "editor",
    "editorial",
    "staff",
    "staff reporter",
    "staff writer",
    "webmaster",
    "guest",
    "user",
    "the editors",
    "newsroom",
    "correspondant",
}
# Bylines naming the editorial team, kept when nobody is named ("admin" is a login, not a byline).
_TEAMS = _BOILERPLATE - {"admin", "administrator", "webmaster", "guest", "user"}
# One word and a separator before a capitalised name: a section or rubric label.
_SECTION_LABEL = re.compile(r"^[^\W\d_][\w-]*\s+[-–—|•·]\s+(?=[A-ZÀ-Ý][\w'’.-]*\s+[A-ZÀ-Ý])")
_DATE_LABEL = re.compile(
    r"\b(?:updated|published|posted|modified|aktualisiert|veroffentlicht|publie|mis a jour"
    r"|actualizado|publicado|aggiornato|pubblicato)\b"
)
_NOT_A_NAME = re.compile(r"https?://|@|\d{3,}|www\.|[*:|<>{}]", re.IGNORECASE)


def split_authors(raw: str) -> list[str]:
    """Split one byline ("Par X et Y avec AFP") into its names, in order.

    Dates, reading times, handles, links and job titles that follow the names are cut off
    ("By Matt Snyder Dec 19, 2016 • 5 min read" -> "Matt Snyder").
    """
    text = clean_text(raw).lstrip("|•·–—- ")  # "| Jane Doe" after a date
    text = re.sub(r"\s*\((?:[^)]*)\)\s*", " ", text)  # "(avec AFP)", "(Montpellier)"
    text = re.sub(r"[\[\]【】《》]", " ", text)
    text = _HANDLE.sub(" ", text)
    text = " ".join(text.split())
    late = _LATE_LABEL.search(text)
    if late and any(ch.isdigit() for ch in text[: late.start()]):
        text = text[late.end() :]  # "29. Juni 2017, 23:39 · von Tobi": a date, then the byline
    mid = _MID_LABEL.match(text)
    if mid and (mid.group(0).split()[0].islower() or len(mid.group(0).split()) == 1):
        text = text[mid.end() :]
    alone = fold(text) in _BOILERPLATE  # "Redaktion" alone is the byline, not its label
    if not alone:
        text = _PREFIX.sub("", text)
    text = _SECTION_LABEL.sub("", text, count=1)  # "Politik · Jane Doe, John Roe"
    stop = _STOP.search(text)
    if stop:
        text = text[: stop.start()]
    text = _cut_role(text)  # "Sam Stein Senior Politics Editor, The Huffington Post"
    names = []
    for part in _SPLIT.split(text):
        part = _cut_role((part if alone else _PREFIX.sub("", part)).strip(" .:-–—,"))
        if part and fold(part) not in _DEGREES and part not in names:
            names.append(part)
    return names


def _cut_role(name: str) -> str:
    """Cut a name at its job title ("Senior Editor") or at a link text ("Contact").

    A role word after a single word is part of the byline ("AOL Staff", "Rasender Reporter").
    """
    tokens = name.split()
    for index, token in enumerate(tokens):
        word = token.strip(",.").lower()
        if (
            word in _UI_WORDS
            or (index >= 1 and word in ("über", "about"))  # "Jane Doe Über die Autorin"
            or (index >= 2 and (word in _ROLES or word.endswith(_ROLE_ENDINGS)))
        ):
            return " ".join(tokens[:index]).strip(" ,.-")
    return name


def clean_authors(candidates: list[str], outlet_names: set[str] = frozenset()) -> list[str]:
    """People from raw byline strings; the outlet and agencies only if nothing else is left."""
    names: list[str] = []
    for raw in candidates:
        for name in split_authors(raw):
            if name not in names:
                names.append(name)
    team = [n for n in names if fold(n) in _TEAMS]
    names = [n for n in names if _plausible(n)]
    people = [n for n in names if not is_organisation(n, outlet_names)]
    return people or names or team[:1]  # "Redaktion", "Staff Writer": only when alone


def looks_like_person(name: str, outlet_names: set[str] = frozenset()) -> bool:
    """A person's name rather than an outlet, an agency, a team or a user handle."""
    if is_organisation(name, outlet_names) or not _plausible(name):
        return False
    tokens = name.split()
    if any(fold(t) in _ORG_WORDS for t in tokens):
        return False
    if any(_is_cjk(ch) for ch in name):
        return 2 <= len(name.replace(" ", "")) <= 8
    if len(tokens) < 2:
        return False
    return all(t[:1].isupper() or t.lower() in _PARTICLES or t.endswith(".") for t in tokens)


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


def _plausible(name: str) -> bool:
    folded = fold(name)
    if not folded or folded in _BOILERPLATE or _NOT_A_NAME.search(name):
        return False
    if re.search(r"\b(?:author|auteur|autor|about|über|sagt|says|comments?)\b", folded):
        return False  # "About the author", "Kersti sagt:"
    if _DATE_LABEL.search(folded):
        return False  # "Last Updated" left of a date
    if name.islower() and len(name) <= 4 and folded not in AGENCIES:
        return False  # initials or a code ("amw"), but "dpa" is an agency
    return 1 <= len(folded.split()) <= 6 and len(name) <= 80


def is_organisation(name: str, outlet_names: set[str]) -> bool:
    """A news agency or the outlet itself rather than a person."""
    folded = fold(name)
    compact = folded.replace(" ", "")
    if folded in AGENCIES:
        return True
    return any(compact == o.replace(" ", "") for o in outlet_names)
