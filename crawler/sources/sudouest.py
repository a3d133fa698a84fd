"""Sud Ouest (Bordeaux): "Guerre en Ukraine : … ce qu'il faut retenir ce <jour>".

Article URLs are ``/<section>/<slug>-<8-digit id>.php``; the section is the first
path part (``/international/`` for the war). Discovery: ``/rss.xml`` and the
news sitemap ``/sitemap-news.xml`` (dated by ``lastmod``).
"""

from .base import Series, Source

SOURCE = Source(
    slug="sudouest",
    name="Sud Ouest",
    homepage="https://www.sudouest.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="Groupe Sud Ouest",
    series=(
        Series(
            key="ukraine-daily",
            name="Guerre en Ukraine : ce qu'il faut retenir",
            title_pattern=r"\bguerre en ukraine\b.*\bce qu il faut retenir\b",
            url_pattern=(
                r"^https?://www\.sudouest\.fr/(?:amp/)?(?:[a-z0-9-]+/)+guerre-en-ukraine-"
                r"[a-z0-9-]*-ce-qu-il-faut-retenir(?:-[a-z0-9-]+)?-\d{7,9}\.php"
            ),
        ),
    ),
    feeds=("https://www.sudouest.fr/rss.xml",),
    sitemaps=("https://www.sudouest.fr/sitemap-news.xml",),
    allowed_domains=("sudouest.fr",),
    site_names=("SudOuest.fr", "sudouest.fr"),
    notes=(
        "The series title is assumed. Premium articles carry div.visible-premium; every "
        "page carries a .visible-not-premium subscription footer. Strict anti-bot filtering "
        "(only a browser TLS fingerprint gets through) on the live site."
    ),
)
