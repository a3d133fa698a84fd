"""Dernières Nouvelles d'Alsace (Strasbourg), groupe EBRA: "Guerre en Ukraine. … : le point sur la journée du <jour>".

EBRA platform (see ``_ebra``): ``/<section>/YYYY/MM/DD/<slug>``, announced in the
site's RSS feed and on the ``/defense-guerre-conflit`` section page.
"""

from . import _ebra as ebra
from .base import Source

SOURCE = Source(
    slug="dna",
    name="Dernières Nouvelles d'Alsace",
    homepage="https://www.dna.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="EBRA",
    series=(ebra.ukraine_daily("www.dna.fr"),),
    feeds=("https://www.dna.fr/rss",),
    listings=("https://www.dna.fr/defense-guerre-conflit",),
    allowed_domains=("dna.fr",),
    site_names=("DNA", "dna.fr"),
    notes=(
        "Same national EBRA desk copy as Le Progrès on many days. The series title, the "
        "section page and the article markup are assumed."
    ),
)
