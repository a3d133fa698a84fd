"""Sudinfo (Belgium, French-language), Groupe Rossel: "Guerre en Ukraine : … le point sur la situation ce <jour>".

Rossel platform (see ``_rossel``): ``/id<number>/article/YYYY-MM-DD/<slug>``,
found through the Drupal news sitemap index. Times are Brussels time.
"""

from . import _rossel as rossel
from .base import Source

HOST = "www.sudinfo.be"

SOURCE = Source(
    slug="sudinfo",
    name="Sudinfo",
    homepage=f"https://{HOST}/",
    language="fr",
    timezone="Europe/Brussels",
    country="BE",
    media_group="Rossel",
    series=(
        rossel.ukraine_daily(
            HOST,
            "Guerre en Ukraine : le point sur la situation",
            slug_marker="le-point-sur-la-situation",
            title_marker="le point sur la situation",
        ),
    ),
    sitemaps=(rossel.sitemap_index(HOST),),
    allowed_domains=("sudinfo.be",),
    site_names=("sudinfo.be",),
    notes=(
        "Same platform as La Voix du Nord; the sitemap path is assumed by analogy with it, "
        "as are the series title and the markup. Agency copy is credited to Belga."
    ),
)
