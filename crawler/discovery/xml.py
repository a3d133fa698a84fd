"""Feeds and sitemaps parsed from their bytes, namespaces removed."""

from __future__ import annotations

from parsel import Selector


def parse_xml(body: bytes, encoding: str | None = None) -> Selector:
    """The document as a selector without namespaces.

    Parsed from the bytes it came as: a decoded copy of a large sitemap would stay
    cached for as long as the response lives.
    """
    selector = Selector(body=body or b"<empty/>", type="xml", encoding=encoding or "utf-8")
    selector.remove_namespaces()
    return selector
