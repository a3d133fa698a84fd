"""Text repair: broken and double-escaped entities, mojibake, whitespace."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Entity names that machine-translation copies leave behind without their "&"
# ("since rsquo;Russian"), or split by a space ("&amp ;quot;").
_NAMED = {
    "quot": '"',
    "amp": "&",
    "apos": "'",
    "lt": "<",
    "gt": ">",
    "nbsp": " ",
    "rsquo": "’",
    "lsquo": "‘",
    "rdquo": "”",
    "ldquo": "“",
    "laquo": "«",
    "raquo": "»",
    "hellip": "…",
    "ndash": "–",
    "mdash": "—",
    "eacute": "é",
    "egrave": "è",
    "agrave": "à",
    "ccedil": "ç",
    "ecirc": "ê",
    "ocirc": "ô",
    "icirc": "î",
    "ucirc": "û",
    "acirc": "â",
}
_NAMES = "|".join(sorted(_NAMED, key=len, reverse=True))
# "&amp ;quot;" or "& quot;" or "&amp;quot;" (escaped twice) -> the character.
_SPACED_ENTITY = re.compile(
    rf"&(?:amp\s*;\s*)*\s*({_NAMES}|#\d{{2,5}}|#x[0-9a-f]{{2,4}})\s*;", re.I
)
# A bare "rsquo;" standing alone ("since rsquo;Russian") or glued to a word ("Kyivrsquo;s").
_BARE_ENTITY = re.compile(rf"(?<![&\w])({_NAMES});", re.I)
_GLUED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])(?:rsquo|apos);(?=[^\W\d_])", re.I)
_APOSTROPHES = {"rsquo", "lsquo", "apos"}
# "of ;an hour": a stray semicolon left where an entity was removed.
_STRAY_SEMICOLON = re.compile(r"(?<=\w) ;(?=\w)")
_WORD = re.compile(r"\w+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _decode_entity(name: str) -> str:
    lowered = name.lower()
    if lowered in _NAMED:
        return _NAMED[lowered]
    return html.unescape(f"&{name};")


def repair_entities(text: str) -> str:
    """Decode entities that survived HTML parsing, however mangled."""
    if "&" not in text and ";" not in text:
        return text
    for _ in range(3):
        repaired = _SPACED_ENTITY.sub(lambda m: _decode_entity(m.group(1)), text)
        if repaired == text:
            break
        text = repaired
    text = _GLUED_APOSTROPHE.sub("’", text)
    # A lone apostrophe entity lost the elided letter before it ("l’"): drop it.
    text = _BARE_ENTITY.sub(
        lambda m: "" if m.group(1).lower() in _APOSTROPHES else _decode_entity(m.group(1)), text
    )
    return _STRAY_SEMICOLON.sub(" ", text)


def clean_text(text: str | None) -> str:
    """Repair one run of text and collapse its whitespace (newlines included)."""
    if not text:
        return ""
    text = repair_entities(text)
    if _looks_broken(text):
        import ftfy  # only for text that needs it (the crawl process seldom does)

        text = ftfy.fix_text(text, normalization="NFC")
    if not text.isascii():  # the invisible characters are not ASCII
        text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # str.split() splits on every Unicode space (no-break and ideographic ones included).
    return " ".join(text.split())


# Cheap gate before ftfy: UTF-8 read as Latin-1/cp1252 leaves these marks.
_BROKEN = re.compile(r"[ÃÂâ][\u0080-\u00ff€™œ]|\ufffd|Ã")


def _looks_broken(text: str) -> bool:
    if text.isascii():
        return False
    # The pattern starts with one of these four: looking for them first is 50 times faster.
    if "Ã" not in text and "Â" not in text and "â" not in text and "\ufffd" not in text:
        return False
    return bool(_BROKEN.search(text))


def first_letters(alternatives: Iterable[str]) -> str:
    """A regex lookahead for the first letters of ``alternatives`` (each must start with a
    plain letter; use with ``re.IGNORECASE``): positions where none can start fail at once."""
    letters = {alternative[:1].lower() for alternative in alternatives}
    if not all(letter.isalpha() for letter in letters):
        raise ValueError(f"every alternative must start with a letter: {sorted(letters)}")
    return "(?=[" + "".join(sorted(letters)) + "])"


FOLD_REMEMBERED_CHARS = 2_000  # longer texts are folded without being remembered


def fold(text: str) -> str:
    """Lowercase, strip accents and collapse spaces: for matching, never for output.

    Paragraph-sized texts are remembered (the last 512): a page's paragraphs are folded
    when the body is read (repeats, the headline) and again for its fingerprint."""
    return _fold(text) if len(text) > FOLD_REMEMBERED_CHARS else _fold_remembered(text)


def _fold(text: str) -> str:
    # The runs of word characters, joined by single spaces.
    if text.isascii():
        return " ".join(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall(_COMBINING.sub("", decomposed)))


_fold_remembered = lru_cache(maxsize=512)(_fold)
