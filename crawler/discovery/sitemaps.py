"""Sitemaps, sitemap indexes and Google News sitemaps."""

from __future__ import annotations

from crawler.urls import absolute_url

from .links import Discovered, link_from
from .xml import parse_xml


def read_sitemap(
    body: bytes, url: str, *, timezone: str, encoding: str | None = None
) -> Discovered:
    """The sitemaps an index lists (``nested``) and the pages a (news) sitemap lists.

    A page's publication date is its ``news:publication_date``, else its ``lastmod``.
    """
    selector = parse_xml(body, encoding)
    found = Discovered()
    for loc in selector.xpath("//sitemapindex/sitemap/loc/text()").getall():
        nested = absolute_url(url, loc)
        if nested is None:
            found.invalid += 1
        else:
            found.nested.append(nested)
    # Plain lxml for the entries: a monthly sitemap lists thousands of them, and a parsel
    # selector per field cost more than the rest of discovery.
    for entry in selector.root.xpath("//urlset/url"):
        loc = entry.findtext("loc")
        if not loc:
            continue
        modified = entry.findtext("lastmod")
        date = entry.findtext("news/publication_date") or modified
        title = entry.findtext("news/title")
        found.add(
            link_from(url, loc, title, date, via="sitemap", timezone=timezone, modified=modified)
        )
    return found
