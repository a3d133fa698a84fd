"""What the Groupe La Dépêche sites (Midi Libre, L'Indépendant, …) share.

One platform serves them all: ``/YYYY/MM/DD/<slug>-<id>.php`` article URLs,
``/rss.xml`` and ``/sitemap-news.xml`` feeds, ``div.article-full__body-content``
bodies and ``p.article-full__chapo`` standfirsts.
"""

import re

from .base import Selectors, Series

SELECTORS = Selectors(
    body=("div.article-full__body-content",),
    lead="p.article-full__chapo",
    authors=".article-full__infos-author",
    published="div.article-full__infos-dates time[content]",
)


def ukraine_daily(site: str) -> Series:
    """The daily "Guerre en Ukraine : … le point sur la situation" report on ``site``."""
    host = re.escape(site)
    return Series(
        key="ukraine-daily",
        name="Guerre en Ukraine : le point sur la situation",
        title_pattern=r"\bukraine\b.*\ble point sur la situation\b",
        url_pattern=(
            rf"^https?://(?:www\.)?{host}/(?:amp/)?\d{{4}}/\d{{2}}/\d{{2}}/"
            r"[a-z0-9-]*ukraine[a-z0-9-]*-le-point-sur-la-situation-\d+\.php"
        ),
    )
