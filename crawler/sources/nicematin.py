"""Nice-Matin: "Guerre en Ukraine: … le point à la mi-journée ce <jour>".

Article URLs are ``/<section>[/<sub>]/<slug>-<numeric id>`` with no extension.
Discovery: ``/rss`` and the Google News sitemap ``/googlenews.xml``.
"""

from .base import Series, Source

SOURCE = Source(
    slug="nicematin",
    name="Nice-Matin",
    homepage="https://www.nicematin.com/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="Groupe Nice-Matin",
    series=(
        Series(
            key="ukraine-daily",
            name="Guerre en Ukraine : le point à la mi-journée",
            title_pattern=r"\bukraine\b.*\ble point a la mi journee\b",
            url_pattern=(
                r"^https?://www\.nicematin\.com/(?:amp/)?(?:[a-z0-9-]+/)+guerre-en-ukraine-"
                r"[a-z0-9-]*-le-point-a-la-mi-journee(?:-[a-z0-9-]+)?-\d{5,7}(?:$|[?#])"
            ),
        ),
    ),
    feeds=("https://www.nicematin.com/rss",),
    sitemaps=("https://www.nicematin.com/googlenews.xml",),
    allowed_domains=("nicematin.com",),
    site_names=("nicematin.com",),
    notes=(
        "'le point à la mi-journée' is a real Nice-Matin headline form; its use for a daily "
        "Ukraine report and the /monde/ section are assumed. Premium articles show "
        "div#article-teaser (qiota/poool). Strict anti-bot filtering on the live site."
    ),
)
