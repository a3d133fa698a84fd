"""La Voix du Nord (Lille), Groupe Rossel: "Guerre en Ukraine : … ce qu'il faut savoir ce <jour>".

Rossel platform (see ``_rossel``): ``/<id>/article/YYYY-MM-DD/<slug>``, found
through the Drupal news sitemap index.
"""

from . import _rossel as rossel
from .base import Source

HOST = "www.lavoixdunord.fr"

SOURCE = Source(
    slug="lavoixdunord",
    name="La Voix du Nord",
    homepage=f"https://{HOST}/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="Rossel",
    series=(
        rossel.ukraine_daily(
            HOST,
            "Guerre en Ukraine : ce qu'il faut savoir",
            slug_marker="ce-qu-il-faut-savoir",
            title_marker="ce qu il faut savoir",
        ),
    ),
    sitemaps=(rossel.sitemap_index(HOST),),
    allowed_domains=("lavoixdunord.fr",),
    site_names=("lavoixdunord.fr",),
    notes="The series title and the article markup classes (r-article--*) are assumed.",
)
