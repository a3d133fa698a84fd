"""The day a report is about, derived apart from its publication time."""

from __future__ import annotations

import datetime as dt
import re

from .dates import date_from_url, parse_date, zone

_WEEKDAY = r"(?:[^\W\d_]{3,9}\.?,?\s+)?"
_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
# "jeudi 4 avril 2024", "4. April 2024", "Thursday, April 4, 2024", "04/04/2024".
_MENTION = re.compile(
    rf"\b{_WEEKDAY}(?:\d{{1,2}}(?:er)?\.?\s+{_MONTH_WORD}\s+\d{{4}}"
    rf"|{_MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})\b",
    re.IGNORECASE,
)
MAX_DRIFT_DAYS = 2


def report_date(
    *,
    texts: list[str | None],
    url: str,
    published_at: dt.datetime | None,
    timezone: str | None,
) -> tuple[dt.date | None, str | None]:
    """The report's day and where it came from.

    Order: a full date written in the title, standfirst or opening paragraphs
    (close to the publication day, so "since 24 February 2022" is not taken),
    then the date in the URL path, then the publication time in the source's
    timezone.
    """
    published_day = published_at.astimezone(zone(timezone)).date() if published_at else None
    for text in texts:
        for match in _MENTION.finditer((text or "")[:600]):
            parsed = parse_date(match.group(0), timezone)
            if parsed is None:
                continue
            day = parsed.value.date()
            if published_day is None or abs((day - published_day).days) <= MAX_DRIFT_DAYS:
                return day, "text"
    day = date_from_url(url)
    if day is not None:
        return day, "url"
    if published_day is not None:
        return published_day, "published_at"
    return None, None
