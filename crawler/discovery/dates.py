"""The dates feeds and sitemaps write, read without dateutil where the form is plain.

:func:`entry_date` answers exactly what :func:`crawler.extract.dates.parse_date` answers
(``tests/test_discovery.py`` pins the two together): an ISO 8601 timestamp as a sitemap
writes it, and an RFC 822 date with a non-zero numeric offset as an RSS feed writes it
(dateutil takes ~50 µs for one), are read directly; anything else goes to ``parse_date``.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import tz as du_tz

from crawler.extract.dates import ParsedDate, make_aware, parse_date

# What parse_date's clean-up (spaces collapsed, "2024-4-5" padded) leaves as it is, and
# reads with `datetime.fromisoformat` first.
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])\S{0,190}")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = {name: number for number, name in enumerate(_MONTHS, start=1)}
# "Tue, 25 Mar 2025 18:11:00 +0100". Left to parse_date: a zero offset (dateutil reads
# "+0000" as the host's zone where that zone is called UTC) and the year 2100 (parse_date
# wants a year of 19xx or 20xx written).
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?([0-9]{1,2}) ("
    + "|".join(_MONTHS)
    + r") ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-])([01][0-9]|2[0-3])([0-5][0-9])"
)


def entry_date(text: str, timezone: str) -> ParsedDate | None:
    """``parse_date(text, timezone)``, sooner for a sitemap's or a feed's usual forms."""
    plain = text.strip()
    iso = _ISO.fullmatch(plain)
    if iso is not None:
        try:
            value = dt.datetime.fromisoformat(plain.replace("Z", "+00:00"))
        except ValueError:
            return parse_date(text, timezone)
        if not 1990 <= value.year <= 2100:
            return parse_date(text, timezone)
        naive = value.tzinfo is None or value.utcoffset() is None
        return ParsedDate(make_aware(value, timezone), "T" in plain, "text", naive)
    rfc = _RFC822.fullmatch(" ".join(plain.split()))
    if rfc is None:
        return parse_date(text, timezone)
    day, month, year, hour, minute, second, sign, off_hours, off_minutes = rfc.groups()
    offset = (int(off_hours) * 3600 + int(off_minutes) * 60) * (1 if sign == "+" else -1)
    if offset == 0 or not 1990 <= int(year) <= 2099:
        return parse_date(text, timezone)
    try:
        value = dt.datetime(
            int(year),
            _MONTH[month],
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=du_tz.tzoffset(None, offset),
        )
    except ValueError:  # "30 Feb", "24:00:00": as dateutil has it
        return parse_date(text, timezone)
    return ParsedDate(value, True, "text", False)
