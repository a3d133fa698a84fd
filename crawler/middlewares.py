"""Downloader middlewares."""

from __future__ import annotations

import email.utils
import time

from scrapy import Request
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
