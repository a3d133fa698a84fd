"""Dates as news pages write them, in French, German and English.

Everything returned is timezone-aware: the offset or zone abbreviation written with the
date ("+02:00", "EST"), else the source's timezone, else :data:`DEFAULT_TIMEZONE`; a value
that got its zone that way is marked ``assumed_zone`` (see :mod:`.date_fields`, which then
prefers an offset the page states elsewhere).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar
from zoneinfo import ZoneInfo

from dateutil import parser as du_parser
from dateutil import tz as du_tz

from .text import first_letters
from .zones import TZINFOS, names_zone

DEFAULT_TIMEZONE = "UTC"


class MultilingualParserInfo(du_parser.parserinfo):
    """dateutil vocabulary extended with French, German, Spanish, Italian and Portuguese
    month, day and filler words."""

    JUMP: ClassVar[list[str]] = [
        *du_parser.parserinfo.JUMP,
        *("à", "le", "du", "de", "um", "uhr", "am", "den", "der", "vom", "h", "del", "às", "alle"),
        *("ore", "las", "a", "el", "il", "em", "do", "da", "hrs", "horas"),
    ]
    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        (
            "Jan",
            "January",
            "janv",
            "janvier",
            "Januar",
            "Jänner",
            "enero",
            "ene",
            "gennaio",
            "janeiro",
        ),
        (
            "Feb",
            "February",
            "févr",
            "fevr",
            "février",
            "fevrier",
            "Februar",
            "febrero",
            "febbraio",
            "fevereiro",
            "fev",
        ),
        ("Mar", "March", "mars", "März", "Maerz", "Mrz", "marzo", "março", "marco"),
        ("Apr", "April", "avr", "avril", "abril", "abr", "aprile"),
        ("May", "mai", "mayo", "maggio", "maio"),
        ("Jun", "June", "juin", "Juni", "junio", "giugno", "junho", "giu"),
        ("Jul", "July", "juil", "juillet", "Juli", "julio", "luglio", "julho", "lug"),
        ("Aug", "August", "août", "aout", "agosto"),
        (
            "Sep",
            "Sept",
            "September",
            "septembre",
            "septiembre",
            "setiembre",
            "settembre",
            "setembro",
        ),
        ("Oct", "October", "octobre", "Oktober", "Okt", "octubre", "ottobre", "outubro", "ott"),
        ("Nov", "November", "novembre", "noviembre", "novembro"),
        (
            "Dec",
            "December",
            "déc",
            "dec",
            "décembre",
            "decembre",
            "Dezember",
            "Dez",
            "diciembre",
            "dic",
            "dicembre",
            "dezembro",
        ),
    ]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = [
        (
            "Mon",
            "Monday",
            "lundi",
            "Montag",
            "Mo",
            "lunes",
            "lunedì",
            "lunedi",
            "segunda",
            "segunda-feira",
        ),
        (
            "Tue",
            "Tuesday",
            "mardi",
            "Dienstag",
            "Di",
            "martes",
            "martedì",
            "martedi",
            "terça",
            "terça-feira",
        ),
        (
            "Wed",
            "Wednesday",
            "mercredi",
            "Mittwoch",
            "Mi",
            "miércoles",
            "miercoles",
            "mercoledì",
            "mercoledi",
            "quarta",
            "quarta-feira",
        ),
        (
            "Thu",
            "Thursday",
            "jeudi",
            "Donnerstag",
            "Do",
            "jueves",
            "giovedì",
            "giovedi",
            "quinta",
            "quinta-feira",
        ),
        (
            "Fri",
            "Friday",
            "vendredi",
            "Freitag",
            "Fr",
            "viernes",
            "venerdì",
            "venerdi",
            "sexta",
            "sexta-feira",
        ),
        ("Sat", "Saturday", "samedi", "Samstag", "Sa", "sábado", "sabado", "sabato"),
        ("Sun", "Sunday", "dimanche", "Sonntag", "So", "domingo", "domenica"),
    ]


_PARSER_INFO = MultilingualParserInfo(dayfirst=True)
_PARSER_INFO_MDY = MultilingualParserInfo(dayfirst=False)

_TIME_RE = re.compile(r"\b\d{1,2}\s*(?:[:h]\s*\d{2}|\s*(?:am|pm)\b)", re.IGNORECASE)
_ORDINAL_RE = re.compile(r"\b(\d{1,2})\s*(?:er|e|ème|st|nd|rd|th)\b", re.IGNORECASE)
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_JS_OFFSET_RE = re.compile(r"\s*(?:GMT|UTC)([+-]\d{2}:?\d{2})(?:\s*\([^)]*\))?")
_SHORT_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# A year: four digits, or two after a numeric day and month ("10.12.19", "3/5/22").
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
# UTC as written after a clock time: a name, or a zero offset ("+0000", "-00:00").
_UTC_WRITTEN = re.compile(r"\b(?:UTC|GMT|UT|Z)\b|[+-]00:?00(?!\d)")
_MONTH_FIRST_RE = re.compile(r"^\s*(?:[A-Za-z]+,?\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2}\b")


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date: the value, whether a time of day was given, and its origin."""

    value: dt.datetime
    has_time: bool
    provenance: str
    assumed_zone: bool = False  # no offset was written: the zone was supplied


def zone(name: str | None) -> dt.tzinfo:
    """The tzinfo for an IANA name, falling back to :data:`DEFAULT_TIMEZONE`."""
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


_OFFSET = re.compile(r"(?:[+-]\d{2}:?\d{2}|\d[Zz]|\b(?:GMT|UTC)\b)\s*\)?\s*$|[+-]\d{2}:?\d{2}\b")


def has_offset(text: str) -> bool:
    """Whether a date string states its own UTC offset (``Z``, ``+02:00``, ``GMT``, ``EST``)."""
    return bool(_OFFSET.search(text.strip())) or names_zone(text)


def make_aware(value: dt.datetime, timezone: str | None) -> dt.datetime:
    """Attach ``timezone`` to a naive datetime; aware values are returned unchanged."""
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    return value.replace(tzinfo=zone(timezone))


def parse_date(text: str | None, timezone: str | None = None) -> ParsedDate | None:
    """Parse one date expression ("2024-04-04T07:10:00+02:00", "jeudi 4 avril 2024 à 7h10").

    Returns ``None`` when the text holds no recognisable date.
    """
    if not text:
        return None
    text = " ".join(str(text).split())[:200]
    if not text or not re.search(r"\d", text):
        return None
    text = _SHORT_ISO_RE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    if _ISO_RE.match(text):
        iso = _from_iso(text)
        if iso is not None and 1990 <= iso.year <= 2100:
            has_time = "T" in text or " " in text.strip()
            return ParsedDate(make_aware(iso, timezone), has_time, "text", _naive(iso))
    if not _YEAR_RE.search(text):
        return None  # "08:00" or "5 juin": dateutil would fill in today's date
    cleaned = _ORDINAL_RE.sub(r"\1", text)
    # JavaScript's "GMT+0100 (Central European Standard Time)": dateutil would read the
    # sign the POSIX way (UTC-1).
    cleaned = _JS_OFFSET_RE.sub(r" \1", cleaned)
    info = _PARSER_INFO
    if not _ISO_RE.match(cleaned) and _MONTH_FIRST_RE.match(cleaned):
        info = _PARSER_INFO_MDY
    try:
        value = du_parser.parse(
            cleaned, parserinfo=info, fuzzy=True, tzinfos=TZINFOS if names_zone(cleaned) else None
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1990 <= value.year <= 2100 or not _valid_offset(value):
        return None
    if isinstance(value.tzinfo, du_tz.tzlocal):
        # dateutil answers tzlocal() for what matches the machine's own zone: a zone name
        # ("UTC" on a UTC host) or, there, a zero offset ("+0000"). The result must not
        # depend on the host: UTC when the text says UTC, else the text named no offset.
        value = value.replace(tzinfo=dt.UTC if _UTC_WRITTEN.search(text) else None)
    has_time = bool(_TIME_RE.search(cleaned) or "T" in cleaned[:20])
    return ParsedDate(make_aware(value, timezone), has_time, "text", _naive(value))


def _valid_offset(value: dt.datetime) -> bool:
    """Whether Python accepts the offset dateutil read ("+25:00" is a day or more: none)."""
    try:
        value.utcoffset()
    except ValueError:
        return False
    return True


def _naive(value: dt.datetime) -> bool:
    return value.tzinfo is None or value.utcoffset() is None


def _from_iso(text: str) -> dt.datetime | None:
    """ISO 8601 ("2024-04-04", "2024-04-04T07:10:00+02:00", "…Z"), never read day-first."""
    candidate = text.strip().split()[0] if "T" in text else text.strip()
    try:
        return dt.datetime.fromisoformat(candidate.replace("Z", "+00:00"))
    except ValueError:
        try:
            return du_parser.isoparse(candidate)
        except (ValueError, OverflowError):
            return None


_LABELS = {
    "published": (
        r"publi[ée]e?s?|mise? en ligne|ver[öo]ffentlicht|erschienen|published|posted|first published"
        r"|publicad[oa]|pubblicat[oa]|creado|erstellt"
    ),
    "modified": (
        r"mis\s+[àa]\s+jour|actualis[ée]e?|aktualisiert|ge[äa]ndert|updated|last updated|modified|stand"
        r"|actualizad[oa]|atualizad[oa]|aggiornat[oa]|editiert|bearbeitet"
    ),
}
_DAY = (
    r"(?:\d{1,2}(?:er)?[./\s-]+(?:\d{1,2}|[^\W\d_]+\.?)[./\s-]+\d{2,4}"  # 04/04/2024, 4 avril 2024
    r"|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}"  # April 4, 2024
    r"|\d{4}-\d{2}-\d{2})"
)
_CLOCK = r"(?:,?\s*(?:[àa]|um|at|-)?\s*\d{1,2}\s*[:h.]\s*\d{2}(?:\s*(?:uhr|am|pm))?)"
_DATE_TAIL = (
    r"(?P<date>(?:(?:le|am|on|du|vom)\s+)?(?:[^\W\d_]+\.?,?\s+)?"
    rf"(?:{_DAY}{_CLOCK}?|{_CLOCK}))"
)


_LABELLED_RE = {
    kind: re.compile(
        rf"{first_letters(labels.split('|'))}(?:{labels})\s*:?\s*{_DATE_TAIL}", re.IGNORECASE
    )
    for kind, labels in _LABELS.items()
}


def dates_in_text(text: str, timezone: str | None = None) -> dict[str, ParsedDate]:
    """Find "Publié le … à …, mis à jour à …"-style statements in visible text.

    A modification line that gives only a time ("mis à jour à 09h32") takes its
    day from the publication date.
    """
    found: dict[str, ParsedDate] = {}
    for kind, pattern in _LABELLED_RE.items():
        for match in pattern.finditer(text[:20000]):
            expression = match.group("date").strip()
            if not re.search(r"\d", expression):
                continue
            has_day = bool(re.search(r"\d{4}", expression))
            if not has_day:
                base = found.get("published")
                if base is None:
                    continue
                parsed_time = parse_date("2000-01-01 " + _only_time(expression), timezone)
                if parsed_time is None:
                    continue
                value = base.value.replace(
                    hour=parsed_time.value.hour, minute=parsed_time.value.minute
                )
                found[kind] = ParsedDate(value, True, "visible-text")
                break
            parsed = parse_date(expression, timezone)
            if parsed is not None:
                found[kind] = ParsedDate(parsed.value, parsed.has_time, "visible-text")
                break
    return found


def _only_time(expression: str) -> str:
    match = re.search(r"(\d{1,2})\s*[:h.]\s*(\d{2})", expression)
    return f"{match.group(1)}:{match.group(2)}" if match else expression


_URL_DATE_RES = (
    re.compile(r"/(?P<y>20\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:/|$)"),
    re.compile(r"[-/](?P<d>\d{2})-(?P<m>\d{2})-(?P<y>20\d{2})[-/.]"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})[-/_]"),
)


def date_from_url(url: str) -> dt.date | None:
    """The publication day written in a URL path (``/2024/04/04/``, ``-04-04-2024-``)."""
    for pattern in _URL_DATE_RES:
        match = pattern.search(url)
        if match:
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
    return None
