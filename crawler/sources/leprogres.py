"""Le Progrès (Lyon), groupe EBRA: "Guerre en Ukraine. … : le point sur la journée du <jour>".

EBRA platform (see ``_ebra``): ``/<section>/YYYY/MM/DD/<slug>``, announced in the
site's RSS feed and on the ``/defense-guerre-conflit`` section page.
"""

from . import _ebra as ebra
from .base import Source

SOURCE = Source(
    slug="leprogres",
    name="Le Progrès",
    homepage="https://www.leprogres.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="EBRA",
    series=(ebra.ukraine_daily("www.leprogres.fr"),),
    feeds=("https://www.leprogres.fr/rss",),
    listings=("https://www.leprogres.fr/defense-guerre-conflit",),
    allowed_domains=("leprogres.fr",),
    site_names=("leprogres.fr",),
    notes="The series title, the section page and the article markup are assumed.",
)
