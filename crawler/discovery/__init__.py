"""Discovery: the links a feed, sitemap or listing page offers, as pure functions.

Each reader takes a page's bytes, its URL, the encoding it came in and the outlet's
time zone, and returns :class:`Discovered` links; no Scrapy, no database. The spider
decides which links are worth fetching (``crawler/spiders/base.py``).
"""

from .feeds import read_feed
from .links import Discovered, Link, link_from
from .listings import read_listing
from .sitemaps import read_sitemap

__all__ = ["Discovered", "Link", "link_from", "read_feed", "read_listing", "read_sitemap"]
