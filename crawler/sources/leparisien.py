"""Le Parisien (Arc XP): "Guerre en Ukraine : … l'essentiel de la journée de <jour>".

Article URLs are ``/<section>/<sub>/<slug>-DD-MM-YYYY-<26-character ID>.php``,
with apostrophes dropped from the slug ("lessentiel"). Discovery: the RSS feed on
``feeds.leparisien.fr`` and the Arc XP news sitemap (dated by ``lastmod``).
"""

from .base import Series, Source

SOURCE = Source(
    slug="leparisien",
    name="Le Parisien",
    homepage="https://www.leparisien.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="Groupe Les Echos-Le Parisien",
    series=(
        Series(
            key="ukraine-daily",
            name="Guerre en Ukraine : l'essentiel de la journée",
            title_pattern=r"\bguerre en ukraine\b.*\bl essentiel de la journee\b",
            url_pattern=(
                r"^https?://www\.leparisien\.fr/(?:amp/)?international/(?:[a-z0-9-]+/)?"
                r"guerre-en-ukraine-[a-z0-9-]*-lessentiel-de-la-journee-[a-z0-9-]*"
                r"\d{2}-\d{2}-\d{4}-[A-Z0-9]{26}\.php"
            ),
        ),
    ),
    feeds=("https://feeds.leparisien.fr/leparisien/rss",),
    sitemaps=(
        "https://www.leparisien.fr/arc/outboundfeeds/news-sitemap/"
        "?from=0&outputType=xml&_website=leparisien",
    ),
    allowed_domains=("leparisien.fr",),
    site_names=("leparisien.fr",),
    notes=(
        "The series title is assumed. Photo credits end the caption as 'AFP/Ed JONES.'. "
        "Paywall by Piano (tinypass); live blogs have a direct- slug."
    ),
)
