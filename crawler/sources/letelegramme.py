"""Le Télégramme (Morlaix): "Guerre en Ukraine : … : le récap du <jour>".

Article URLs are ``/<section>[/<commune-postcode>]/<slug>-<id>.php``. Discovery:
the news sitemap index ``/sitemaps/sitemap-news.xml`` and the ``/monde/`` page.
"""

from .base import Series, Source

SOURCE = Source(
    slug="letelegramme",
    name="Le Télégramme",
    homepage="https://www.letelegramme.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="Groupe Télégramme",
    series=(
        Series(
            key="ukraine-daily",
            name="Guerre en Ukraine : le récap du jour",
            title_pattern=r"\bguerre en ukraine\b.*\ble recap du\b",
            url_pattern=(
                r"^https?://www\.letelegramme\.fr/(?:[a-z0-9-]+/)+guerre-en-ukraine-"
                r"[a-z0-9-]*-le-recap-du-[a-z0-9-]+-\d{6,8}\.php"
            ),
        ),
    ),
    sitemaps=("https://www.letelegramme.fr/sitemaps/sitemap-news.xml",),
    listings=("https://www.letelegramme.fr/monde/",),
    allowed_domains=("letelegramme.fr",),
    site_names=("letelegramme.fr",),
    notes=(
        "The current URL shape for national news (/monde/<slug>-<id>.php), the series "
        "title and the article markup are assumed; no RSS feed is known. The JSON-LD "
        "carries articleBody. Paywalled blocks are div.tlg-paywalled (poool)."
    ),
)
