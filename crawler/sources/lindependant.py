"""L'Indépendant (Perpignan), Groupe La Dépêche; republishes Midi Libre copy."""

from . import _depeche_group as group
from .base import Source

SOURCE = Source(
    slug="lindependant",
    name="L'Indépendant",
    homepage="https://www.lindependant.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="La Dépêche",
    series=(group.ukraine_daily("lindependant.fr"),),
    feeds=("https://www.lindependant.fr/rss.xml",),
    sitemaps=("https://www.lindependant.fr/sitemap-news.xml",),
    listings=("https://www.lindependant.fr/monde/",),
    allowed_domains=("lindependant.fr",),
    site_names=("lindependant.fr",),
    selectors=group.SELECTORS,
)
