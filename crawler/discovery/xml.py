"""Feeds and sitemaps parsed from their bytes, namespaces removed or read past."""

from __future__ import annotations

import codecs
import re

from lxml import etree
from parsel import Selector


def parse_xml(body: bytes, encoding: str | None = None) -> Selector:
    """The document as a selector without namespaces.

    Parsed from the bytes it came as: a decoded copy of a large sitemap would stay
    cached for as long as the response lives.
    """
    selector = _parsed(body, encoding)
    selector.remove_namespaces()
    return selector


def xml_root(body: bytes, encoding: str | None = None) -> etree._Element:
    """The document's root element as :func:`parse_xml` parses it, its names left as written:
    compare them by :func:`local_name` (what ``parse_xml`` renames them to).

    Renaming every element of a monthly sitemap cost more than reading its entries. Where
    ``parse_xml`` fails (parsel cannot rename an element or attribute whose namespace URI
    holds a "}"), this fails alike: a body that might declare such a URI is renamed.
    """
    selector = _parsed(body, encoding)
    if not _plain_namespaces(body, encoding):
        selector.remove_namespaces()
    return selector.root


# A namespace declaration whose URI holds no "}" as written, nor a reference that could.
_PLAIN_DECLARATION = re.compile(rb"""xmlns(?::[^\s=]*)?\s*=\s*(?:"[^"}&]*"|'[^'}&]*')""")
_DOCTYPE = re.compile(rb"<!\s*doctype", re.IGNORECASE)


def _plain_namespaces(body: bytes, encoding: str | None) -> bool:
    """Whether every namespace URI of the UTF-8 ``body`` is free of "}": each ``xmlns`` in it
    starts a plain declaration, and no DTD (default attributes) or NUL (which parsel removes
    before parsing) could make another."""
    if codecs.lookup(encoding or "utf-8").name != "utf-8" or b"\x00" in body:
        return False
    if _DOCTYPE.search(body):
        return False
    start = body.find(b"xmlns")
    while start >= 0:
        if not _PLAIN_DECLARATION.match(body, start):
            return False
        start = body.find(b"xmlns", start + 5)
    return True


def _parsed(body: bytes, encoding: str | None) -> Selector:
    return Selector(body=body or b"<empty/>", type="xml", encoding=encoding or "utf-8")


def local_name(tag: str) -> str:
    """An element's name without its namespace, as ``parse_xml`` renames it."""
    return tag.split("}", 1)[1] if tag.startswith("{") else tag
