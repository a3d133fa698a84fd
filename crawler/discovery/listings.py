"""Section pages and day archives: every link with its anchor text."""

from __future__ import annotations

from lxml import etree
from parsel import Selector

from .links import Discovered, link_from

# What ``a[href]`` and ``::text`` select, run on lxml's elements: a parsel selector per
# anchor cost more than reading the link.
_ANCHORS = etree.XPath("descendant-or-self::a[@href]")
_TEXT = etree.XPath("descendant-or-self::text()", smart_strings=False)


def read_listing(
    body: bytes, url: str, *, timezone: str, encoding: str | None = None, via: str = "listing"
) -> Discovered:
    """Every ``<a href>`` of the page, titled by its text (or its ``title`` attribute)."""
    found = Discovered()
    selector = Selector(body=body or b"<html/>", type="html", encoding=encoding or "utf-8")
    for anchor in _ANCHORS(selector.root):
        text = " ".join(" ".join(_TEXT(anchor)).split())
        title = text or anchor.get("title")
        found.add(link_from(url, anchor.get("href"), title, None, via=via, timezone=timezone))
    return found
