"""Section pages and day archives: every link with its anchor text."""

from __future__ import annotations

from parsel import Selector

from .links import Discovered, link_from


def read_listing(
    body: bytes, url: str, *, timezone: str, encoding: str | None = None, via: str = "listing"
) -> Discovered:
    """Every ``<a href>`` of the page, titled by its text (or its ``title`` attribute)."""
    found = Discovered()
    selector = Selector(body=body or b"<html/>", type="html", encoding=encoding or "utf-8")
    for anchor in selector.css("a[href]"):
        text = " ".join(" ".join(anchor.css("::text").getall()).split())
        title = text or anchor.attrib.get("title")
        found.add(link_from(url, anchor.attrib["href"], title, None, via=via, timezone=timezone))
    return found
