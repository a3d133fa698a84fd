"""Downloader middlewares."""

from __future__ import annotations

import email.utils
import time

from scrapy import Request
from scrapy.downloadermiddlewares import redirect as scrapy_redirect
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.asyncio import sleep


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, honouring ``Retry-After`` on 429 and 503.

    The retry waits as long as the server asked, up to ``SITREP_RETRY_AFTER_MAX``
    seconds; a longer wait is not attempted tonight (the failure is recorded).
    The wait does not block other requests.
    """

    def __init__(self, settings):  # type: ignore[no-untyped-def]
        super().__init__(settings)
        self.max_wait = settings.getfloat("SITREP_RETRY_AFTER_MAX", 120.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if (
            response.status in (429, 503)
            and wait is not None
            and not request.meta.get("dont_retry")
        ):
            if wait > self.max_wait:
                return response
            await sleep(wait)  # asyncio's or Twisted's, whichever reactor runs
        return super().process_response(request, response)


class MetaRefreshMiddleware(scrapy_redirect.MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, without decoding pages that hold no refresh.

    Scrapy's middleware decodes every HTML page in full to look for a
    ``<meta http-equiv="refresh">`` in its first 4,096 characters; on 100 KB article pages
    that was a copy of each page in memory and a share of the crawl process's CPU. A page
    whose first bytes do not spell "refresh" cannot redirect and is passed on as it is.
    """

    # 4,096 characters are at most 16,384 bytes in UTF-8; NUL bytes (UTF-16/32) are decoded.
    HEAD_BYTES = 16_384

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        head = response.body[: self.HEAD_BYTES]
        if b"\x00" not in head and b"refresh" not in head.lower():
            return response
        return super().process_response(request, response)
