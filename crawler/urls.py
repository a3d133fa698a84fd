"""URL variants of one page: tracking parameters, fragments, AMP paths, mobile hosts."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|xtor|at_\w+|ns_\w+|_ga|igshid|"
    r"ocid|cmpid|from|ref|src|source|share|amp|outputType)$",
    re.IGNORECASE,
)
_MOBILE_HOST = re.compile(r"^(?:m|mobile|amp)\.", re.IGNORECASE)
_DOT_SEGMENT = {".": ".", "%2e": ".", "..": "..", ".%2e": "..", "%2e.": "..", "%2e%2e": ".."}
# Links that resolve without urllib (see `absolute_url`). Neither admits what urllib would
# rewrite or reject: a tab or line break (dropped), ";params", an upper-case scheme, a port,
# user info or a bracketed host; an absolute link also no empty "?" or "#" (dropped when
# the link has the page's scheme, kept when not).
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[A-Za-z0-9.-]+(/[^?#;\t\n\r]*)?(?:\?[^#\t\n\r]+)?(?:#[^\t\n\r]+)?"
)
_ROOT_RELATIVE = re.compile(r"(/(?!/)[^?#;\t\n\r]*)(?:\?([^#\t\n\r]*))?(?:#([^\t\n\r]*))?")
# A segment `remove_dot_segments` resolves ("." or "..", also percent-encoded).
_HAS_DOT_SEGMENT = re.compile(r"/(?:\.|%2e){1,2}(?=/|\Z)", re.IGNORECASE)


def host_of(url: str) -> str:
    """The URL's host in lower case; ``""`` when it has none or is no valid URL."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def has_http_scheme(url: str) -> bool:
    """Whether ``urlsplit(url).scheme`` is http or https (raising ``ValueError`` as it does).

    A URL that starts ``http://`` or ``https://``, ASCII and without brackets, is answered
    without splitting it: urllib could read no other scheme and would find nothing to reject.
    """
    plain = url.isascii() and "[" not in url and "]" not in url
    if plain and url.startswith(("https://", "http://")):
        return True
    return urlsplit(url).scheme in ("http", "https")


def absolute_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base`` as a browser resolves a link, or ``None``.

    Dot segments (``..``, ``%2e%2e``) are removed as RFC 3986 says, so a link cannot
    pose as a report URL with a detour through its path; anything that is not a valid
    http(s) URL with a host (``http://[x``, a bad port, ``javascript:``) is ``None``.

    Plain absolute links and root-relative ones (most of a feed's, sitemap's or listing's)
    are answered without urllib, with the answer urllib gives (``tests/test_absolute_url.py``).
    """
    link = href.strip()
    origin = _origin(base) if base else None
    if origin is not None:
        if link[:1] == "/":
            plain = _ROOT_RELATIVE.fullmatch(link) if origin else None
            if plain and not _HAS_DOT_SEGMENT.search(plain[1]):
                path, query, fragment = plain.groups()
                return (
                    origin
                    + path
                    + (f"?{query}" if query else "")
                    + (f"#{fragment}" if fragment else "")
                )
        else:
            plain = _PLAIN_ABSOLUTE.fullmatch(link)
            if plain and not (plain[1] and _HAS_DOT_SEGMENT.search(plain[1])):
                return link  # what urljoin gives back, whatever the page's scheme
    return resolved_url(base, link)


@lru_cache(maxsize=1024)
def _origin(base: str) -> str | None:
    """``"scheme://netloc"`` of a page URL whose root-relative links are valid http(s) URLs,
    ``""`` for another page URL, ``None`` when urllib cannot parse it (no link is valid)."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    try:
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        valid = False
    return f"{parts.scheme}://{parts.netloc}" if valid else ""


def resolved_url(base: str, href: str) -> str | None:
    """:func:`absolute_url` by urllib alone, for any link (the general path)."""
    try:
        joined = urljoin(base, href.strip())
        parts = urlsplit(joined)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return None
    path = remove_dot_segments(parts.path)
    if path == parts.path:
        return joined
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def remove_dot_segments(path: str) -> str:
    """The path with ``.`` and ``..`` segments (also percent-encoded) resolved, RFC 3986 5.2.4."""
    segments = path.split("/")
    if not any(segment.lower() in _DOT_SEGMENT for segment in segments):
        return path
    output: list[str] = []
    for segment in segments[1:] if path.startswith("/") else segments:
        dots = _DOT_SEGMENT.get(segment.lower())
        if dots == "..":
            if output:
                output.pop()
        elif dots is None:
            output.append(segment)
    last = _DOT_SEGMENT.get(segments[-1].lower())
    if last is not None:
        output.append("")  # "/a/b/.." is the folder "/a/"
    return "/" + "/".join(output) if path.startswith("/") else "/".join(output)


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
