"""What the EBRA sites (Le Progrès, DNA, Le Dauphiné, L'Est Républicain, …) share.

Article URLs are ``/<section>/YYYY/MM/DD/<slug>`` with no id and no extension;
war coverage is in the ``/defense-guerre-conflit`` section. Every site has an
RSS feed at ``/rss`` (also per section and per edition); no sitemap is known.
Standfirsts are ``.mainContent .accroche``; ads sit in ``div.wrapperPub``.
"""

import re

from .base import Series


def ukraine_daily(host: str) -> Series:
    """The evening "Guerre en Ukraine. … : le point sur la journée du <jour>" report on ``host``."""
    return Series(
        key="ukraine-daily",
        name="Guerre en Ukraine : le point sur la journée",
        title_pattern=r"\bguerre en ukraine\b.*\ble point sur la journee\b",
        url_pattern=(
            rf"^https?://{re.escape(host)}/(?:amp/)?[a-z0-9-]+/\d{{4}}/\d{{2}}/\d{{2}}/"
            r"guerre-en-ukraine-[a-z0-9-]*-le-point-sur-la-journee(?:-[a-z0-9-]+)?(?:$|[?#])"
        ),
    )
