"""A link found during discovery, and what one discovery page gave."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crawler.urls import absolute_url

from .dates import entry_date


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
    url = absolute_url(page_url, href)
    if url is None:
        return None
    published = entry_date(date, timezone) if date else None
    # A sitemap entry's or an Atom entry's only date is both (read once).
    changed = (
        published if modified == date else entry_date(modified, timezone) if modified else None
    )
    return Link(
        url=url,
        title=" ".join(title.split()) if title else None,
        published=published.value if published else None,
        via=via,
        found_on=page_url,
        modified=changed.value if changed else None,
    )
