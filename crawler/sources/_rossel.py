"""What the Groupe Rossel sites (La Voix du Nord, Sudinfo, …) share.

One Drupal platform: article URLs ``/<id>/article/YYYY-MM-DD/<slug>`` (the numeric
id may carry an ``id`` prefix, as on Sudinfo), a Google News sitemap index under
``/sites/default/files/sitemaps/<host_with_underscores>/``, ``<r-pub>`` ad slots,
``div.gr-linked-stories`` "read also" boxes and images on ``*.rosselcdn.net``.
"""

import re

from .base import Series


def sitemap_index(host: str) -> str:
    """The news sitemap index of ``host`` (e.g. ``www.lavoixdunord.fr``)."""
    return f"https://{host}/sites/default/files/sitemaps/{host.replace('.', '_')}/sitemapindex.xml"


def ukraine_daily(host: str, name: str, slug_marker: str, title_marker: str) -> Series:
    """A daily "Guerre en Ukraine : …" report whose slug contains ``slug_marker``."""
    return Series(
        key="ukraine-daily",
        name=name,
        title_pattern=rf"\bguerre en ukraine\b.*\b{title_marker}\b",
        url_pattern=(
            rf"^https?://{re.escape(host)}/(?:id)?\d+/article/\d{{4}}-\d{{2}}-\d{{2}}/"
            rf"guerre-en-ukraine-[a-z0-9-]*{slug_marker}(?:-[a-z0-9-]+)?"
        ),
    )
