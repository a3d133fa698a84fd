"""RSS 2.0 and Atom feeds."""

from __future__ import annotations

from .links import Discovered, link_from
from .xml import parse_xml


def read_feed(body: bytes, url: str, *, timezone: str, encoding: str | None = None) -> Discovered:
    """Every entry of the feed at ``url``, with its title and dates."""
    found = Discovered()
    for entry in parse_xml(body, encoding).xpath("//item | //entry"):
        href = entry.xpath("link/text()").get() or entry.xpath("link/@href").get()
        if not href:
            continue
        title = entry.xpath("title/text()").get()
        date = entry.xpath("pubDate/text() | published/text() | updated/text()").get()
        modified = entry.xpath("updated/text()").get()
        found.add(
            link_from(url, href, title, date, via="rss", timezone=timezone, modified=modified)
        )
    return found
