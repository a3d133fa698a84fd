"""Publication and modification times of a page, each with the rule that found it.

Order for the publication time: the source's selector, JSON-LD, meta tags, microdata,
other JSON-LD nodes; then, when the page declares nothing, a ``<time>`` in the article
header, a labelled date in the header ("Publié le …", "Published …"), the date in the
URL, the first date printed under the headline, a relative date under it ("vor 3 Stunden",
resolved against the fetch time), and finally the modification time.

The dates printed in the header are read, by kind, by :mod:`.header_dates`.

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
from typing import Any

from lxml import html as lxml_html

from .dates import ParsedDate, date_from_url, has_offset, parse_date, zone
from .header import HeaderZone
from .header_dates import visible_dates
from .structured import Structured, node_types

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
_MAX_OFFSET = dt.timedelta(hours=14)


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
    visible = visible_dates(header, local_tz, reference)
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
