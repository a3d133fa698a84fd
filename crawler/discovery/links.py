"""A link found during discovery, and what one discovery page gave."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

from crawler.extract.dates import parse_date
from crawler.urls import absolute_url


@dataclass(frozen=True)
class Link:
    """A link found during discovery that may lead to a report."""

    url: str
    title: str | None
    published: dt.datetime | None
    via: str  # rss, sitemap, listing, archive, revisit, frontier
    found_on: str
    modified: dt.datetime | None = None  # a sitemap's lastmod, an Atom entry's updated

    @property
    def newest(self) -> dt.datetime | None:
        """The later of its publication and modification dates."""
        dates = [d for d in (self.published, self.modified) if d]
        return max(dates) if dates else None


@dataclass
class Discovered:
    """What one discovery page offers: report links, nested sitemaps, invalid links."""

    links: list[Link] = field(default_factory=list)
    nested: list[str] = field(default_factory=list)  # sitemaps listed by a sitemap index
    invalid: int = 0  # hrefs that are no valid http(s) URL

    def add(self, link: Link | None) -> None:
        if link is None:
            self.invalid += 1
        else:
            self.links.append(link)


def link_from(
    page_url: str,
    href: str,
    title: str | None,
    date: str | None,
    *,
    via: str,
    timezone: str,
    modified: str | None = None,
) -> Link | None:
    """The link ``href`` of ``page_url`` with its title and dates; ``None`` if it is invalid."""
    url = _absolute(page_url, href)
    if url is None:
        return None
    zone = (timezone, time.tzname)  # a date without an offset may read differently elsewhere
    return Link(
        url=url,
        title=" ".join(title.split()) if title else None,
        published=_date(date, zone) if date else None,
        via=via,
        found_on=page_url,
        modified=_date(modified, zone) if modified else None,
    )


# A night meets each report link and date on several discovery pages (feed, news sitemap,
# monthly sitemap, listing): each is resolved and parsed once. An absolute link does not
# depend on the page it is on.
_ABSOLUTE = re.compile(r"\s*https?://[^/?#\s]", re.IGNORECASE)


def _absolute(page_url: str, href: str) -> str | None:
    """``absolute_url(page_url, href)``; for a link with a scheme and a host, computed once
    for every page of the same scheme (the page adds nothing else to it)."""
    if not _ABSOLUTE.match(href):
        return absolute_url(page_url, href)
    key = (page_url.partition(":")[0].lower(), href)
    if key not in _RESOLVED:
        if len(_RESOLVED) >= 8192:
            _RESOLVED.clear()
        _RESOLVED[key] = absolute_url(page_url, href)
    return _RESOLVED[key]


_RESOLVED: dict[tuple[str, str], str | None] = {}


@lru_cache(maxsize=4096)
def _date(text: str, zone: tuple[str, tuple[str, str]]) -> dt.datetime | None:
    parsed = parse_date(text, zone[0])
    return parsed.value if parsed else None
