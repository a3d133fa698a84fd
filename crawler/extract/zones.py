"""Time-zone abbreviations printed after clock times ("4:19 PM ET", "10:00 Uhr MESZ").

Fixed abbreviations map to their offset; the North American region names without a
season ("ET", "PT") map to the IANA zone, so the offset follows daylight saving time.
Where an abbreviation is ambiguous the most common newsroom reading is taken ("IST" is
India, "CST" US Central).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

_HOURS: dict[str, float] = {
    "UTC": 0,
    "UT": 0,  # RFC 822 dates (old RSS feeds)
    "GMT": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "MEZ": 1,
    "WAT": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "SAST": 2,
    "EEST": 3,
    "MSK": 3,
    "EAT": 3,
    "IST": 5.5,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "BRT": -3,
    "ART": -3,
    "EDT": -4,
    "AST": -4,
    "EST": -5,
    "CDT": -5,
    "CST": -6,
    "MDT": -6,
    "MST": -7,
    "PDT": -7,
    "PST": -8,
    "AKDT": -8,
    "AKST": -9,
    "HST": -10,
}
_REGIONS = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
ZONE_NAMES = sorted([*_HOURS, *_REGIONS], key=len, reverse=True)
# An abbreviation as printed: upper case, a word of its own ("ET", never "et").
ZONE_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(ZONE_NAMES) + r")(?![A-Za-z])")


def tzinfos() -> dict[str, dt.tzinfo]:
    """The abbreviations as dateutil ``tzinfos``."""
    found: dict[str, dt.tzinfo] = {
        name: dt.timezone(dt.timedelta(hours=hours)) for name, hours in _HOURS.items()
    }
    for name, zone_name in _REGIONS.items():
        try:
            found[name] = ZoneInfo(zone_name)
        except (KeyError, ValueError):  # pragma: no cover - tzdata ships with Python here
            continue
    return found


TZINFOS = tzinfos()


def names_zone(text: str) -> bool:
    """Whether a date string ends its clock time with a known zone abbreviation."""
    return bool(ZONE_RE.search(text))
