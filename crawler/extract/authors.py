"""Author names: people first, split correctly, boilerplate dropped."""

from __future__ import annotations

import re

from .text import clean_text, fold

_PREFIX = re.compile(
    r"^\s*(?:par|by|von|de|texte?|text|auteurs?|author|autor(?:in)?|written by|reportage)\s*[:\-]?\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|&|\+|/|\bet\b|\band\b|\bund\b|\bavec\b|\bwith\b|\bmit\b|\s\|\s)\s*", re.IGNORECASE
)
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
    "webmaster",
    "guest",
    "user",
    "the editors",
    "newsroom",
    "correspondant",
}
_NOT_A_NAME = re.compile(r"https?://|@|\d{3,}|www\.|[*:|<>{}]", re.IGNORECASE)


def split_authors(raw: str) -> list[str]:
    """Split one byline ("Par X et Y avec AFP") into its names, in order."""
    text = clean_text(raw)
    text = re.sub(r"\s*\((?:[^)]*)\)\s*", " ", text)  # "(avec AFP)", "(Montpellier)"
    text = _PREFIX.sub("", text)
    names = []
    for part in _SPLIT.split(text):
        part = _PREFIX.sub("", part).strip(" .:-–—")
        if part and part not in names:
            names.append(part)
    return names


def clean_authors(candidates: list[str], outlet_names: set[str] = frozenset()) -> list[str]:
    """People from raw byline strings; the outlet and agencies only if nothing else is left."""
    names: list[str] = []
    for raw in candidates:
        for name in split_authors(raw):
            if name not in names:
                names.append(name)
    names = [n for n in names if _plausible(n)]
    people = [n for n in names if not is_organisation(n, outlet_names)]
    return people or names


def _plausible(name: str) -> bool:
    folded = fold(name)
    if not folded or folded in _BOILERPLATE or _NOT_A_NAME.search(name):
        return False
    return 1 <= len(folded.split()) <= 6 and len(name) <= 80


def is_organisation(name: str, outlet_names: set[str]) -> bool:
    """A news agency or the outlet itself rather than a person."""
    folded = fold(name)
    compact = folded.replace(" ", "")
    if folded in AGENCIES:
        return True
    return any(compact == o.replace(" ", "") for o in outlet_names)
