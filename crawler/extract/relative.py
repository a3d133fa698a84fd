"""Relative dates: "3 hours ago", "il y a 2 heures", "vor 3 Stunden", "hace 3 horas", "ayer".

Resolved against a reference instant (the fetch time). A distance in minutes or hours
gives a time of day; one in days or weeks, or "yesterday", gives only a day.
"""

from __future__ import annotations

import datetime as dt
import re

_UNITS: dict[str, list[str]] = {
    "minutes": [
        "min",
        "mins",
        "minute",
        "minutes",
        "minuten",
        "minuto",
        "minutos",
        "minuti",
        "minuut",
    ],
    "hours": [
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "heure",
        "heures",
        "stunde",
        "stunden",
        "hora",
        "horas",
        "ora",
        "ore",
        "uur",
    ],
    "days": [
        "day",
        "days",
        "jour",
        "jours",
        "tag",
        "tagen",
        "día",
        "días",
        "dia",
        "dias",
        "giorno",
        "giorni",
        "dag",
        "dagen",
    ],
    "weeks": [
        "week",
        "weeks",
        "semaine",
        "semaines",
        "woche",
        "wochen",
        "semana",
        "semanas",
        "settimana",
        "settimane",
        "weken",
    ],
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_UNIT_WORDS = "|".join(sorted((re.escape(w) for w in _UNIT_OF), key=len, reverse=True))
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "une": 1,
    "einer": 1,
    "einem": 1,
    "uno": 1,
    "una": 1,
    "um": 1,
    "uma": 1,
    "two": 2,
    "deux": 2,
    "zwei": 2,
    "dos": 2,
    "due": 2,
    "duas": 2,
}
_AMOUNT = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = rf"(?P<unit>{_UNIT_WORDS})\.?"
# "3 hours ago", "il y a 2 heures", "vor 3 Stunden", "hace 3 horas", "há 2 horas",
# "3 ore fa", "2 uur geleden".
_DISTANCES = (
    re.compile(rf"(?<!\w)(?:il y a|vor|hace|há)\s+{_AMOUNT}\s*{_UNIT}(?!\w)", re.IGNORECASE),
    re.compile(rf"(?<!\w){_AMOUNT}\s*{_UNIT}\s+(?:ago|fa|geleden)(?!\w)", re.IGNORECASE),
)
_DAYS_BACK = {
    "today": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "heute": 0,
    "hoy": 0,
    "hoje": 0,
    "oggi": 0,
    "vandaag": 0,
    "yesterday": 1,
    "hier": 1,
    "gestern": 1,
    "ayer": 1,
    "ontem": 1,
    "ieri": 1,
    "gisteren": 1,
}
_DAY_WORD = re.compile(
    r"(?<!\w)(?P<word>" + "|".join(re.escape(w) for w in _DAYS_BACK) + r")(?!\w)"
    r"(?:[\s,]*(?:[àa]|at|um|a las|alle|às|om)?\s*(?P<h>\d{1,2})\s*[:h.]\s*(?P<m>\d{2}))?",
    re.IGNORECASE,
)
MAX_DAYS = 60


def relative_date(
    text: str, reference: dt.datetime, *, clock_only: bool = False
) -> tuple[dt.datetime, bool] | None:
    """The instant a relative expression in ``text`` points to, and whether it has a time.

    ``reference`` must be timezone-aware. With ``clock_only``, "today"/"yesterday" count
    only when a time of day follows them (a bare "today" is too common a word).
    """
    if reference.tzinfo is None:
        return None
    match = next((m for m in (d.search(text) for d in _DISTANCES) if m), None)
    if match:
        raw = match.group("n").lower()
        amount = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        unit = _UNIT_OF.get(match.group("unit").lower().rstrip("."), "")
        if not unit or amount <= 0:
            return None
        delta = dt.timedelta(**{unit: amount})
        if delta > dt.timedelta(days=MAX_DAYS):
            return None
        value = reference - delta
        if unit in ("minutes", "hours"):
            return value.replace(second=0, microsecond=0), True
        return value.replace(hour=0, minute=0, second=0, microsecond=0), False
    day = _DAY_WORD.search(text)
    if day is None or (clock_only and day.group("h") is None):
        return None
    value = reference - dt.timedelta(days=_DAYS_BACK[day.group("word").lower()])
    if day.group("h") is not None:
        hour, minute = int(day.group("h")), int(day.group("m"))
        if hour > 23 or minute > 59:
            return None
        return value.replace(hour=hour, minute=minute, second=0, microsecond=0), True
    return value.replace(hour=0, minute=0, second=0, microsecond=0), False


_LABEL = re.compile(
    r"\b(?:publi[ée]e?|mis\s+[àa]\s+jour|updated|published|posted|ver[öo]ffentlicht|"
    r"aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)
MAX_LINE_CHARS = 60


def is_relative_line(text: str) -> bool:
    """A short line that is nothing but a relative date ("Updated 3 hours ago")."""
    if len(text) > MAX_LINE_CHARS:
        return False
    match = next((m for m in (d.search(text) for d in _DISTANCES) if m), None)
    if match is None:
        return False
    rest = _LABEL.sub(" ", text[: match.start()] + " " + text[match.end() :])
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 3
