"""Midi Libre (Montpellier), Groupe La Dépêche."""

from . import _depeche_group as group
from .base import Source

SOURCE = Source(
    slug="midilibre",
    name="Midi Libre",
    homepage="https://www.midilibre.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="La Dépêche",
    series=(group.ukraine_daily("midilibre.fr"),),
    feeds=("https://www.midilibre.fr/rss.xml",),
    sitemaps=("https://www.midilibre.fr/sitemap-news.xml",),
    listings=("https://www.midilibre.fr/monde/",),
    allowed_domains=("midilibre.fr",),
    site_names=("midilibre.fr",),
    selectors=group.SELECTORS,
)
