"""Fetch one page the plain way (standard library HTTP), optionally through a replay-style server.

Used by ``sitrep record`` and ``sitrep check``, which fetch a handful of pages and
want the raw exchange (status, headers, every redirect) rather than a crawl. With
``via`` set, each request goes to ``<via>/<host>/<path>`` (the layout of
:class:`crawler.replay.ReplayServer`) and the answer is reported under the
outlet's own URL, as the replay download handler does for crawls.
"""

from __future__ import annotations

import gzip
import http.client
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin

from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from crawler.replay import replay_url_for
from crawler.settings import USER_AGENT

MAX_REDIRECTS = 5
REDIRECT_STATUSES = (301, 302, 303, 307, 308)


class FetchError(Exception):
    """The page could not be fetched at all (DNS, refused connection, timeout, loop)."""


@dataclass
class Fetched:
    """One HTTP answer for ``url`` (the outlet's URL, never the replay server's)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    redirects: list[Fetched] = field(default_factory=list)  # the hops before this answer

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)

    def to_response(self) -> Response:
        """The answer as the Scrapy response a spider would have been given."""
        headers = Headers(self.headers)
        cls = responsetypes.from_args(headers=headers, url=self.url, body=self.body)
        return cls(url=self.url, status=self.status, headers=headers, body=self.body)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # every 3xx comes back as an HTTPError we can record


_OPENER = urllib.request.build_opener(_NoRedirects)


def fetch_once(url: str, *, via: str | None = None, timeout: float = 30) -> Fetched:
    """One request, no redirects followed."""
    target = replay_url_for(via, url) if via else url
    request = urllib.request.Request(target, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(request, timeout=timeout) as answer:
            status, headers, body = answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        raise FetchError(f"{url}: {getattr(error, 'reason', error)}") from None
    header_map = {name: value for name, value in headers.items()}
    return Fetched(url, status, *_decoded(header_map, body))


def fetch(url: str, *, via: str | None = None, timeout: float = 30) -> Fetched:
    """Fetch ``url`` following up to :data:`MAX_REDIRECTS` redirects (each hop is kept)."""
    hops: list[Fetched] = []
    current = fetch_once(url, via=via, timeout=timeout)
    while current.status in REDIRECT_STATUSES and current.header("Location"):
        if len(hops) == MAX_REDIRECTS:
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
        hops.append(current)
        next_url = urljoin(current.url, current.header("Location") or "")
        current = fetch_once(next_url, via=via, timeout=timeout)
    current.redirects = hops
    return current


def _decoded(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    """Undo a content encoding the server applied although none was asked for."""
    encoding = next((v for k, v in headers.items() if k.lower() == "content-encoding"), "")
    if encoding.lower() not in ("gzip", "deflate"):
        return headers, body
    try:
        body = gzip.decompress(body) if encoding.lower() == "gzip" else zlib.decompress(body)
    except (OSError, zlib.error):
        return headers, body
    return {k: v for k, v in headers.items() if k.lower() != "content-encoding"}, body
