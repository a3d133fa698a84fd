"""RSS 2.0 and Atom feeds."""

from __future__ import annotations

from lxml import etree

from .links import Discovered, link_from
from .xml import parse_xml

_ENTRIES = etree.XPath("//item | //entry")
_FIELDS = {
    "link": etree.XPath("link/text()", smart_strings=False),
    "href": etree.XPath("link/@href", smart_strings=False),
    "title": etree.XPath("title/text()", smart_strings=False),
    "date": etree.XPath("pubDate/text() | published/text() | updated/text()", smart_strings=False),
    "modified": etree.XPath("updated/text()", smart_strings=False),
}


def read_feed(body: bytes, url: str, *, timezone: str, encoding: str | None = None) -> Discovered:
    """Every entry of the feed at ``url``, with its title and dates."""
    found = Discovered()
    for entry in _ENTRIES(parse_xml(body, encoding).root):
        first = {name: next(iter(path(entry)), None) for name, path in _FIELDS.items()}
        href = first["link"] or first["href"]
        if not href:
            continue
        found.add(
            link_from(
                url,
                href,
                first["title"],
                first["date"],
                via="rss",
                timezone=timezone,
                modified=first["modified"],
            )
        )
    return found
