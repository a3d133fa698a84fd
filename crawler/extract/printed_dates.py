"""Full dates as a page prints them in running text ("4 avril 2024 à 7h10", "Sept. 3, 2023
at 5:00 pm", "2024年3月5日").

:data:`DATE_EXPRESSION` finds them (in any letter case; every form starts with a digit or
a month name, so other positions fail at once) and :func:`parse_printed_date` reads one.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import MultilingualParserInfo, ParsedDate, parse_date, zone
from .zones import ZONE_NAMES


def _month_groups() -> dict[str, list[str]]:
    """Month names (3+ letters), longest first, grouped by their first letter."""
    words = {w for names in MultilingualParserInfo.MONTHS for w in names if len(w) >= 3}
    groups: dict[str, list[str]] = {}
    for word in sorted((re.escape(w) for w in words), key=len, reverse=True):
        groups.setdefault(word[0].lower(), []).append(word[1:])
    return groups


_MONTH_GROUPS = _month_groups()


def _month_words() -> str:
    """The month names as one alternation, longest first. Grouped by first letter, a
    position fails once per letter rather than once per name: the same matches, several
    times faster."""
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in _MONTH_GROUPS.items())


_ZONE = r"(?:\s*\(?(?:" + "|".join(ZONE_NAMES) + r")\)?(?![A-Za-z]))?"
_CLOCK = (
    r"(?:[\s,]*(?:[àa]|um|at|às|alle|ore|-|–|\|)?\s*\d{1,2}\s*[:h.]\s*\d{2}(?::\d{2})?"
    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h\b))?" + _ZONE + ")?"
)
DATE_EXPRESSION = re.compile(
    # Every form starts with a digit or a month name: other positions are skipped at once.
    rf"(?=[\d{''.join(_MONTH_GROUPS)}])"
    r"(?<![\d/.-])(?:"
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}}(?![\d]))(?:[.]\s*\d{{4}})?{_CLOCK}"
    rf"|\d{{1,2}}(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+)?(?:{_month_words()})\.?,?\s+(?:de\s+)?\d{{4}}{_CLOCK}"
    rf"|(?:{_month_words()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_CLOCK}"
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?"
    r")(?![\d])",
    re.IGNORECASE,
)
_CJK_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2}):(\d{2}))?")


def parse_printed_date(text: str, timezone: str | None) -> ParsedDate | None:
    """A date matched by :data:`DATE_EXPRESSION`, read in ``timezone``."""
    cjk = _CJK_DATE.search(text)
    if cjk:
        year, month, day, hour, minute = cjk.groups()
        try:
            value = dt.datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                tzinfo=zone(timezone),
            )
        except ValueError:
            return None
        return ParsedDate(value, hour is not None, "text")
    return parse_date(text, timezone)
