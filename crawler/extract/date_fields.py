"""Publication and modification times of a page, each with the rule that found it.

Order for the publication time: the source's selector, JSON-LD, meta tags, microdata,
other JSON-LD nodes; then, when the page declares nothing, a ``<time>`` in the article
header, a labelled date in the header ("Publié le …", "Published …"), the date in the
URL, the first date printed under the headline, a relative date under it ("vor 3 Stunden",
resolved against the fetch time), and finally the modification time.

A date written without an offset, on a page whose source declares no timezone, takes the
offset the page states on another of its dates (or in a ``data-*date*`` attribute of the
header), else the default (UTC).

The visible header never overrides a declared date. It only adds the time of day when
metadata gives a bare day, and gives the local offset when metadata writes the same
instant in another one (a UTC timestamp in a page that prints local time).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from lxml import html as lxml_html

from .dates import (
    MultilingualParserInfo,
    ParsedDate,
    date_from_url,
    dates_in_text,
    parse_date,
    zone,
)
from .header import HeaderZone
from .relative import relative_date
from .structured import Structured, node_types
from .zones import ZONE_NAMES, names_zone

PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "published-date",
    "pubdate",
    "og:pubdate",
    "datepublished",
    "date_published",
    "article.published",
    "article_date_original",
    "parsely-pub-date",
    "sailthru.date",
    "cxenseparse:recs:publishtime",
    "cxenseparse:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "dc.date",
    "dcterms.date",
    "date",
    "created-date",
    "release_date",
    "displaydate",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "modified-date",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
_OFFSET = re.compile(r"(?:[+-]\d{2}:?\d{2}|\d[Zz]|\b(?:GMT|UTC)\b)\s*\)?\s*$|[+-]\d{2}:?\d{2}\b")
_MODIFIED_HINT = re.compile(r"modif|updat|edit|actualis|aktualis", re.IGNORECASE)
_MAX_OFFSET = dt.timedelta(hours=14)


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
_DATE_EXPRESSION = re.compile(
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


def has_offset(text: str) -> bool:
    """Whether a date string states its own UTC offset (``Z``, ``+02:00``, ``GMT``, ``EST``)."""
    return bool(_OFFSET.search(text.strip())) or names_zone(text)


def extract_dates(
    tree: lxml_html.HtmlElement,
    data: Structured,
    *,
    url: str,
    timezone: str | None,
    header: HeaderZone,
    selector_value: str | None = None,
    reference: dt.datetime | None = None,
) -> dict[str, ParsedDate]:
    """``{"published": …, "modified": …}`` (either may be missing).

    ``reference`` (the fetch time) resolves relative dates ("3 hours ago").
    """
    candidates = _published_candidates(data, selector_value)
    published = _first(candidates, timezone)
    modified = _first(_modified_candidates(data), timezone)
    page_zone = None if timezone else _page_zone(candidates, data, header, published or modified)
    if page_zone is not None:
        published, modified = _in_zone(published, page_zone), _in_zone(modified, page_zone)
    local_tz: dt.tzinfo | str | None = page_zone or timezone
    if published is not None and published.value.tzinfo is not None:
        local_tz = published.value.tzinfo
    visible = _visible(header, local_tz, reference)
    found: dict[str, ParsedDate] = {}
    if published is not None:
        found["published"] = _refine(published, visible.get("published-time"))
    else:
        for key in ("time-published", "labelled-published"):
            if key in visible:
                found["published"] = visible[key]
                break
        else:
            day = date_from_url(url)
            if day is not None:
                value = dt.datetime(day.year, day.month, day.day, tzinfo=zone(timezone))
                found["published"] = _refine(
                    ParsedDate(value, False, "url"), visible.get("published-time")
                )
            elif "first-date" in visible:
                found["published"] = visible["first-date"]
            elif "relative-published" in visible:
                found["published"] = visible["relative-published"]
            elif modified is not None:
                found["published"] = ParsedDate(modified.value, modified.has_time, "modified")
            elif "labelled-modified" in visible:
                found["published"] = visible["labelled-modified"]
    if modified is not None:
        found["modified"] = modified
    else:
        for key in ("labelled-modified", "time-modified", "relative-modified"):
            if key in visible:
                found["modified"] = visible[key]
                break
    return found


def _page_zone(
    candidates: list[tuple[str, Any]],
    data: Structured,
    header: HeaderZone,
    near: ParsedDate | None,
) -> dt.tzinfo | None:
    """The offset the page states on its other dates, for a date written without one.

    Only asked when the source declares no timezone and the declared date lacks an offset
    (or there is none): the stated date closest in time to it lends its offset (daylight
    saving time may differ months apart), else the first one found.
    """
    if near is not None and not near.assumed_zone:
        return None
    raws = [_as_text(raw) for _, raw in candidates + _modified_candidates(data)]
    raws += [element.get("datetime") for _, element in header.times] + header.stamps
    best: tuple[dt.timedelta, dt.tzinfo] | None = None
    for raw in raws:
        if not raw or not has_offset(raw):
            continue
        parsed = parse_date(raw)
        if parsed is None or parsed.assumed_zone or parsed.value.utcoffset() is None:
            continue
        distance = (
            abs(parsed.value.replace(tzinfo=None) - near.value.replace(tzinfo=None))
            if near is not None
            else dt.timedelta(0)
        )
        if best is None or distance < best[0]:
            best = (distance, parsed.value.tzinfo)
    return best[1] if best else None


def _in_zone(parsed: ParsedDate | None, zone_info: dt.tzinfo) -> ParsedDate | None:
    """A wall-clock date read without an offset, placed in the page's zone."""
    if parsed is None or not parsed.assumed_zone:
        return parsed
    value = parsed.value.replace(tzinfo=zone_info)
    return ParsedDate(value, parsed.has_time, parsed.provenance + "+page-offset")


def _refine(declared: ParsedDate, shown: ParsedDate | None) -> ParsedDate:
    """Add the printed time of day to a bare day; move a declared instant to the offset the
    page prints it in."""
    if shown is None or not shown.has_time:
        return declared
    if not declared.has_time:
        if shown.value.date() == declared.value.date():
            value = shown.value.replace(tzinfo=declared.value.tzinfo)
            return ParsedDate(value, True, f"{declared.provenance}+{shown.provenance}")
        return declared
    wall = shown.value.replace(tzinfo=None, second=0, microsecond=0)
    instant = declared.value.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    offset = wall - instant
    if (
        abs(offset) <= _MAX_OFFSET
        and offset % dt.timedelta(minutes=15) == dt.timedelta(0)
        and offset != declared.value.utcoffset()
        and abs(shown.value.date() - declared.value.date()) <= dt.timedelta(days=1)
    ):
        value = declared.value.astimezone(dt.timezone(offset))
        return ParsedDate(value, True, f"{declared.provenance}+{shown.provenance}:offset")
    return declared


def _first(candidates: list[tuple[str, Any]], timezone: str | None) -> ParsedDate | None:
    """The first candidate that parses; a later one for about the same time wins if it
    states its UTC offset and the first does not (an offset given beats one assumed)."""
    first: ParsedDate | None = None
    for origin, raw in candidates:
        text = _as_text(raw)
        if not text:
            continue
        parsed = parse_date(text, timezone)
        if parsed is None:
            continue
        if first is None:
            first = ParsedDate(parsed.value, parsed.has_time, origin, parsed.assumed_zone)
            if has_offset(text):
                return first
        elif (
            has_offset(text)
            and parsed.has_time
            and abs(parsed.value - first.value) <= dt.timedelta(days=1)
        ):
            return ParsedDate(parsed.value, True, origin)
    return first


def _published_candidates(data: Structured, selector_value: str | None) -> list[tuple[str, Any]]:
    node = data.article or {}
    meta = data.meta
    candidates: list[tuple[str, Any]] = [("selector", selector_value)]
    candidates += [("json-ld", node.get("datePublished")), ("json-ld", node.get("dateCreated"))]
    candidates += [(f"meta:{key}", meta.get(key)) for key in PUBLISHED_META]
    candidates.append(("microdata", data.microdata.get("datePublished")))
    candidates.append(("microdata", data.microdata.get("dateCreated")))
    for other in data.nodes:
        if other is not node and "datePublished" in other and _describes_page(other):
            candidates.append(
                ("json-ld:" + (node_types(other) or ["node"])[0], other["datePublished"])
            )
    candidates.append(("meta:parsely-page", _parsely(meta.get("parsely-page"), "pub_date")))
    return candidates


def _modified_candidates(data: Structured) -> list[tuple[str, Any]]:
    node = data.article or {}
    candidates: list[tuple[str, Any]] = [("json-ld", node.get("dateModified"))]
    candidates += [(f"meta:{key}", data.meta.get(key)) for key in MODIFIED_META]
    candidates.append(("microdata", data.microdata.get("dateModified")))
    return candidates


def _describes_page(node: dict[str, Any]) -> bool:
    types = set(node_types(node))
    return bool(types & {"webpage", "itempage", "collectionpage", "videoobject", "recipe"})


def _parsely(raw: str | None, key: str) -> str | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value.get(key) if isinstance(value, dict) else None


def _as_text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    return str(value).strip() if value not in (None, "") else None


def _visible(
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
    after = [(m.start() - start, m) for m in _DATE_EXPRESSION.finditer(text, start, start + 800)]
    before = [(end - m.end(), m) for m in _DATE_EXPRESSION.finditer(text, max(0, end - 400), end)]
    ranked = sorted(after[:4] + before[-3:], key=lambda pair: pair[0])
    for _, match in ranked:
        preceding = text[max(0, match.start() - 30) : match.start()]
        if _labelled_modified(preceding):
            continue
        parsed = _parse_expression(match.group(0), tz_name)
        if parsed is not None:
            value = _localise(parsed.value, match.group(0), local_tz)
            return ParsedDate(value, parsed.has_time, "visible-date")
    return None


def _parse_expression(text: str, timezone: str | None) -> ParsedDate | None:
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
