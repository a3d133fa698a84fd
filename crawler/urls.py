"""URL variants of one page: tracking parameters, fragments, AMP paths, mobile hosts."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|xtor|at_\w+|ns_\w+|_ga|igshid|"
    r"ocid|cmpid|from|ref|src|source|share|amp|outputType)$",
    re.IGNORECASE,
)
_MOBILE_HOST = re.compile(r"^(?:m|mobile|amp)\.", re.IGNORECASE)


def normalize_url(url: str) -> str:
    """A stable key for "the same page": https, no www/m./amp., no tracking, no fragment,
    no ``/amp/`` segment or ``/amp`` suffix, no trailing slash, sorted query."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    host = _MOBILE_HOST.sub("", host).removeprefix("www.")
    path = re.sub(r"/amp(?=/)", "", parts.path, count=1)
    path = re.sub(r"/amp/?$", "", path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    return urlunsplit(("https", host, path, urlencode(query), ""))
