"""Dates printed around the headline, by kind: ``<time>`` elements, labelled lines
("Publié le …", "Updated …"), the first full date after the headline and relative dates
("vor 3 Stunden"). :mod:`.date_fields` weighs them against what the page declares.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import ParsedDate, dates_in_text, has_offset, parse_date, zone
from .header import HeaderZone
from .printed_dates import DATE_EXPRESSION, parse_printed_date
from .relative import relative_date

_MODIFIED_HINT = re.compile(r"modif|updat|edit|actualis|aktualis", re.IGNORECASE)


def visible_dates(
    header: HeaderZone, local_tz: dt.tzinfo | str | None, reference: dt.datetime | None = None
) -> dict[str, ParsedDate]:
    """Dates printed in the header, by kind.

    ``time-published``/``time-modified`` come from ``<time datetime>`` elements,
    ``labelled-*`` from "Published …"/"Updated …" lines, ``first-date`` is the first date
    printed after the headline, and ``published-time`` the best printed publication time
    (used to add a time of day or an offset to declared dates); ``relative-*`` are
    "3 hours ago"-style dates resolved against ``reference``.
    """
    found: dict[str, ParsedDate] = {}
    wall_clock: set[str] = set()  # keys whose value was printed without an offset
    if not header.text:
        return found
    tz_name = local_tz if isinstance(local_tz, str) or local_tz is None else None
    for _, element in header.times:
        raw = element.get("datetime") or ""
        parsed = parse_date(raw, tz_name) if raw else None
        if parsed is None:
            continue
        value = _localise(parsed.value, raw, local_tz)
        hint = " ".join(
            filter(None, (element.get("class"), element.get("itemprop"), element.get("id")))
        )
        context = " ".join(
            (element.getparent().text_content() if element.getparent() is not None else "").split()
        )[:80]
        kind = (
            "modified"
            if _MODIFIED_HINT.search(hint) or _labelled_modified(context)
            else "published"
        )
        if f"time-{kind}" not in found:
            found[f"time-{kind}"] = ParsedDate(value, parsed.has_time, "time-element")
            if not has_offset(raw):
                wall_clock.add(f"time-{kind}")
    labelled = dates_in_text(header.text, tz_name)
    for kind, parsed in labelled.items():
        value = _localise(parsed.value, "", local_tz)
        found[f"labelled-{kind}"] = ParsedDate(value, parsed.has_time, "visible-text")
        wall_clock.add(f"labelled-{kind}")
    first = _first_printed(header, local_tz)
    if first is not None:
        found["first-date"] = first
        wall_clock.add("first-date")
    if reference is not None:
        found.update(_relative(header, local_tz, reference))
    for key in ("labelled-published", "time-published", "first-date"):
        if key in found and found[key].has_time and key in wall_clock:
            found["published-time"] = found[key]
            break
    return found


def _relative(
    header: HeaderZone, local_tz: dt.tzinfo | str | None, reference: dt.datetime
) -> dict[str, ParsedDate]:
    """A relative date printed just after the headline ("vor 3 Stunden", "hier à 10h")."""
    tz_info = local_tz if isinstance(local_tz, dt.tzinfo) else zone(local_tz)
    now = (reference if reference.tzinfo else reference.replace(tzinfo=dt.UTC)).astimezone(tz_info)
    text = header.after_headline()[:600]
    for line in text.split("\n"):
        if not line.strip() or len(line) > 160:
            continue
        found = relative_date(line, now, clock_only=True)
        if found is not None:
            kind = "modified" if _labelled_modified(line) else "published"
            return {f"relative-{kind}": ParsedDate(found[0], found[1], "relative-date")}
    return {}


def _labelled_modified(text: str) -> bool:
    return bool(
        re.search(
            r"mis\s+[àa]\s+jour|updated|aktualisiert|actualizad|atualizad|aggiornat|modifi",
            text,
            re.I,
        )
    )


def _localise(value: dt.datetime, raw: str, local_tz: dt.tzinfo | str | None) -> dt.datetime:
    """A value parsed without an offset gets the page's own offset when one is known."""
    if raw and has_offset(raw):
        return value
    if isinstance(local_tz, dt.tzinfo):
        return value.replace(tzinfo=local_tz)
    return value


def _first_printed(header: HeaderZone, local_tz: dt.tzinfo | str | None) -> ParsedDate | None:
    """The full date printed nearest to the headline (below it, or just above it)."""
    tz_name = local_tz if isinstance(local_tz, str) or local_tz is None else None
    text = header.text
    start, end = header.headline_end, header.anchor
    after = [(m.start() - start, m) for m in DATE_EXPRESSION.finditer(text, start, start + 800)]
    before = [(end - m.end(), m) for m in DATE_EXPRESSION.finditer(text, max(0, end - 400), end)]
    ranked = sorted(after[:4] + before[-3:], key=lambda pair: pair[0])
    for _, match in ranked:
        preceding = text[max(0, match.start() - 30) : match.start()]
        if _labelled_modified(preceding):
            continue
        parsed = parse_printed_date(match.group(0), tz_name)
        if parsed is not None:
            value = _localise(parsed.value, match.group(0), local_tz)
            return ParsedDate(value, parsed.has_time, "visible-date")
    return None
