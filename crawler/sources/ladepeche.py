"""La Dépêche du Midi (Toulouse), Groupe La Dépêche; its daily report is syndicated.

Same platform as Midi Libre (see ``_depeche_group``). Centre Presse Aveyron
republishes some of these reports word for word under its own URL.
"""

from . import _depeche_group as group
from .base import Source

SOURCE = Source(
    slug="ladepeche",
    name="La Dépêche du Midi",
    homepage="https://www.ladepeche.fr/",
    language="fr",
    timezone="Europe/Paris",
    country="FR",
    media_group="La Dépêche",
    series=(group.ukraine_daily("ladepeche.fr"),),
    feeds=("https://www.ladepeche.fr/rss.xml",),
    sitemaps=("https://www.ladepeche.fr/sitemap-news.xml",),
    archives=("https://www.ladepeche.fr/articles/{date:%Y/%m/%d}",),
    allowed_domains=("ladepeche.fr",),
    site_names=("ladepeche.fr", "La Dépêche"),
    selectors=group.SELECTORS,
    notes=(
        "The daily archive at /articles/YYYY/MM/DD (one section per rubric) is used by "
        "backfills (`sitrep crawl --since`). The 'le point sur la situation' series "
        "title is assumed to follow Midi Libre's."
    ),
)
