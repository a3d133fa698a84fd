"""Rheinische Post / RP ONLINE (Düsseldorf): "Ukraine-Krieg – die Lage am <Wochentag>: …".

A German regional daily's morning update on the war. Article URLs are
``/<ressort>/<sub>/<slug>_aid-<number>``; date lines read "Veröffentlicht am
04.04.2024 um 06:30 Uhr". Discovery: the Ausland RSS feed and the news sitemap.
"""

from .base import Series, Source

_DAYS = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"

SOURCE = Source(
    slug="rponline",
    name="Rheinische Post",
    homepage="https://rp-online.de/",
    language="de",
    timezone="Europe/Berlin",
    country="DE",
    media_group="Rheinische Post Mediengruppe",
    series=(
        Series(
            key="ukraine-daily",
            name="Ukraine-Krieg: die Lage am Morgen",
            title_pattern=rf"\bukraine krieg\b.*\bdie lage am {_DAYS}\b",
            url_pattern=(
                rf"^https?://rp-online\.de/(?:[a-z0-9-]+/)+ukraine-krieg-die-lage-am-{_DAYS}"
                r"[a-z0-9-]*_aid-\d+"
            ),
        ),
    ),
    feeds=("https://rp-online.de/politik/ausland/feed.rss",),
    sitemaps=("https://rp-online.de/sitemap-news.xml",),
    allowed_domains=("rp-online.de",),
    site_names=("RP ONLINE", "RP Online", "rp-online.de"),
    notes=(
        "Chosen as the German regional daily with a recurring morning update. Not in the "
        "research notes: the feed and sitemap paths, the series title and the markup are "
        "assumed. RP+ marks subscriber articles."
    ),
)
