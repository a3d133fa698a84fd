"""Centre Presse Aveyron (Rodez), Groupe La Dépêche; republishes La Dépêche copy.

Same platform as Midi Libre (see ``_depeche_group``). A report taken from
La Dépêche du Midi keeps its text, byline and title but gets a Centre Presse
URL and id, and is published a little later.
"""

from . import _depeche_group as group
from .base import Source

SOURCE = Source(
    slug="centrepresseaveyron",
    name="Centre Presse Aveyron",
    homepage="https://www.centrepresseaveyron.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="La Dépêche",
    series=(group.ukraine_daily("centrepresseaveyron.fr"),),
    feeds=("https://www.centrepresseaveyron.fr/rss.xml",),
    sitemaps=("https://www.centrepresseaveyron.fr/sitemap-news.xml",),
    allowed_domains=("centrepresseaveyron.fr",),
    site_names=("centrepresseaveyron.fr", "Centre Presse"),
    selectors=group.SELECTORS,
    notes=(
        "The news sitemap path is the group's (/sitemap-news.xml), assumed for this site; "
        "the series title is assumed to follow Midi Libre's."
    ),
)
