"""Declarative description of an outlet and the daily report series it publishes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the extractor (lxml, ftfy) is imported when a page is matched or extracted
    from crawler.extract import Hints


@dataclass(frozen=True)
class Series:
    """A recurring daily report of one source.

    ``title_pattern`` and ``url_pattern`` are regular expressions matched against
    the *folded* title (lowercase, accents removed, punctuation as spaces) and the
    URL. ``url_pattern`` must match the whole URL up to its query string or fragment
    (it is anchored at both ends whether or not it says so), so a report URL with
    anything appended to its path is not taken for a report. A candidate belongs to
    the series when every given pattern matches what is known of it; the report page
    itself must match ``title_pattern``.
    """

    key: str
    name: str
    title_pattern: str
    url_pattern: str | None = None

    @cached_property
    def _title_re(self) -> re.Pattern[str]:
        return re.compile(self.title_pattern)

    @cached_property
    def _url_re(self) -> re.Pattern[str] | None:
        return re.compile(self.url_pattern) if self.url_pattern else None

    def matches_title(self, title: str | None) -> bool:
        from crawler.extract.text import fold

        return bool(title) and bool(self._title_re.search(fold(title)))

    def matches_url(self, url: str) -> bool:
        """Whether ``url`` (without its query string and fragment) is wholly matched.

        The host's variants count as the same site: with or without ``www.``, an AMP
        host or ``/amp/`` path.
        """
        if self._url_re is None:
            return True
        bare = url.partition("#")[0].partition("?")[0]
        fullmatch = self._url_re.fullmatch
        # The address as given first: a report link matches without its variants.
        return fullmatch(bare) is not None or any(map(fullmatch, host_variants(bare)[1:]))

    def matches_candidate(self, url: str, title: str | None) -> bool:
        """Whether a discovered link (URL plus its anchor or feed title) may be a report."""
        return self.candidate_match(url, title) is not None

    def candidate_match(self, url: str, title: str | None, *, by_title: bool = True) -> str | None:
        """How a discovered link belongs to the series: ``"url"`` (its URL matches, and
        its title too where there is no URL pattern), ``"title"`` (its title matches but
        its URL does not: the outlet changed its URL shape, fetch it and say so), or
        ``None``. ``by_title=False`` never answers ``"title"`` (nor reads the title for it)."""
        if self._url_re is None:
            return "url" if not title or self.matches_title(title) else None
        if self.matches_url(url):
            return "url"
        return "title" if by_title and title and self.matches_title(title) else None


def host_variants(url: str) -> list[str]:
    """``url`` and the same address on the site's other hosts and AMP paths."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return [url]
    host, slash, path = rest.partition("/")
    paths = sorted({path, path.removeprefix("amp/")}) if path.startswith("amp/") else (path,)
    variants = [url]
    for h in _site_hosts(host):
        for p in paths:
            candidate = f"{scheme}://{h}{slash}{p}"
            if candidate not in variants:
                variants.append(candidate)
    return variants


@lru_cache(maxsize=1024)
def _site_hosts(host: str) -> tuple[str, ...]:
    """``host`` and the site's other hosts (bare, ``www.``), sorted: a night's links share
    a few hosts, and each of thousands of links asked for them."""
    bare = host.removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    return tuple(sorted({host, bare, f"www.{bare}"}))


@dataclass(frozen=True)
class Selectors:
    """CSS selectors for the fields generic extraction gets wrong on this outlet."""

    title: str | None = None
    body: tuple[str, ...] = ()
    lead: str | None = None
    authors: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Source:
    """One outlet: who it is, where its reports are announced, how to read them."""

    slug: str
    name: str
    homepage: str
    language: str
    timezone: str
    series: tuple[Series, ...]
    country: str | None = None
    media_group: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    # Day archive pages for backfills (`sitrep crawl --since`): "https://…/{date:%Y/%m/%d}".
    archives: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    selectors: Selectors = field(default_factory=Selectors)
    notes: str = ""

    @property
    def start_urls(self) -> tuple[str, ...]:
        return self.feeds + self.sitemaps + self.listings

    def archive_urls(self, days: list[dt.date]) -> list[str]:
        """The archive pages of ``days`` (none unless the source has day archives)."""
        return [template.format(date=day) for day in days for template in self.archives]

    def hints(self) -> Hints:
        """What the extractor should know about this outlet's pages."""
        from crawler.extract import Hints

        return Hints(
            timezone=self.timezone,
            language=self.language,
            site_names=(self.name, *self.site_names),
            title_selector=self.selectors.title,
            body_selectors=self.selectors.body,
            lead_selector=self.selectors.lead,
            author_selector=self.selectors.authors,
            date_selector=self.selectors.published,
        )

    def series_for(self, url: str, title: str | None) -> Series | None:
        """The series a discovered link belongs to, if any."""
        found = self.series_match(url, title)
        return found[0] if found else None

    def series_match(
        self, url: str, title: str | None, *, by_title: bool = True
    ) -> tuple[Series, str] | None:
        """The series a discovered link belongs to and how (see :meth:`Series.candidate_match`);
        a URL match wins over a title-only match of another series.

        ``by_title=False``: only a ``"url"`` match is wanted (a listing's anchor text is too
        loose for a title-only one), and no title is read for one.
        """
        found = None
        for series in self.series:
            how = series.candidate_match(url, title, by_title=by_title)
            if how == "url":
                return series, how
            if how == "title" and found is None:
                found = (series, how)
        return found
