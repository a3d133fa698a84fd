"""Ouest-France (Rennes): the daily "CARTE. Guerre en Ukraine : … le point du jour".

Article URLs are ``/<section>/<subsection>/<slug>-<UUID v1>`` with no extension;
the report lives under ``/europe/ukraine/``. The evening article comes with a
front-line map and a standfirst ending "Voici ce qu'il faut retenir de la guerre
en Ukraine". Discovery: the front-page RSS feed ``/rss/une``, the Google News
sitemap index ``/googlenews.xml`` and the Ukraine section page.
"""

from .base import Series, Source

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

SOURCE = Source(
    slug="ouestfrance",
    name="Ouest-France",
    homepage="https://www.ouest-france.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="SIPA Ouest-France",
    series=(
        Series(
            key="ukraine-daily",
            name="CARTE. Guerre en Ukraine : le point du jour",
            title_pattern=r"\bguerre en ukraine\b.*\ble point du jour\b",
            url_pattern=(
                r"^https?://www\.ouest-france\.fr/(?:amp/)?europe/ukraine/"
                rf"(?:carte-)?guerre-en-ukraine-[a-z0-9-]*-le-point-du-jour-{_UUID}(?:$|[?#])"
            ),
        ),
    ),
    feeds=("https://www.ouest-france.fr/rss/une",),
    sitemaps=("https://www.ouest-france.fr/googlenews.xml",),
    listings=("https://www.ouest-france.fr/europe/ukraine/",),
    allowed_domains=("ouest-france.fr",),
    site_names=("Ouest-France.fr", "ouest-france.fr"),
    notes=(
        "The sister series 'le point sur la nuit' is not tracked. The section page URL "
        "and the byline and credit formats are assumed. The CDN rejects some non-browser "
        "TLS fingerprints."
    ),
)
