"""Sitemaps, sitemap indexes and Google News sitemaps."""

from __future__ import annotations

from lxml import etree

from crawler.urls import absolute_url

from .links import Discovered, link_from
from .xml import local_name, xml_root

_TEXT = etree.XPath("text()", smart_strings=False)


def read_sitemap(
    body: bytes, url: str, *, timezone: str, encoding: str | None = None
) -> Discovered:
    """The sitemaps an index lists (``nested``) and the pages a (news) sitemap lists.

    A page's publication date is its ``news:publication_date``, else its ``lastmod``.
    Elements are matched by their local names, whatever their namespace: what the XPath
    ``//sitemapindex/sitemap/loc/text()`` and ``//urlset/url`` (then ``findtext`` of
    ``loc``, ``lastmod``, ``news/publication_date``, ``news/title``) select once the
    namespaces are removed.
    """
    root = xml_root(body, encoding)
    found = Discovered()
    if next(root.iter("{*}sitemapindex"), None) is not None:
        for loc in root.iter("{*}loc"):
            if _parent_named(loc, "sitemap") and _parent_named(loc.getparent(), "sitemapindex"):
                for text in _TEXT(loc):
                    nested = absolute_url(url, text)
                    if nested is None:
                        found.invalid += 1
                    else:
                        found.nested.append(nested)
    # A monthly sitemap lists thousands of entries: each is read in one pass over its
    # children (a findtext per field cost more than the rest of the entry).
    for entry in root.iter("{*}url"):
        if not _parent_named(entry, "urlset"):
            continue
        fields = _fields(entry)
        loc = fields.get("loc")
        if not loc:
            continue
        modified = fields.get("lastmod")
        date = fields.get("news/publication_date") or modified
        title = fields.get("news/title")
        found.add(
            link_from(url, loc, title, date, via="sitemap", timezone=timezone, modified=modified)
        )
    return found


def _parent_named(element: etree._Element, name: str) -> bool:
    parent = element.getparent()
    return parent is not None and local_name(parent.tag) == name


_FIELDS = frozenset({"loc", "lastmod"})
_NEWS_FIELDS = frozenset({"publication_date", "title"})


def _fields(entry: etree._Element) -> dict[str, str]:
    """What ``findtext`` gives for ``loc``, ``lastmod``, ``news/publication_date`` and
    ``news/title``: the text of the first such element ("" if it has none), absent if
    there is none."""
    found: dict[str, str] = {}
    for child in entry:
        tag = child.tag
        if not isinstance(tag, str):
            continue  # a comment, processing instruction or entity
        name = local_name(tag)
        if name in _FIELDS:
            if name not in found:
                found[name] = child.text or ""
        elif name == "news":
            for grandchild in child:
                inner = grandchild.tag
                if isinstance(inner, str) and local_name(inner) in _NEWS_FIELDS:
                    key = f"news/{local_name(inner)}"
                    if key not in found:
                        found[key] = grandchild.text or ""
    return found
