"""Scrapy's HTTP/1.1 download handler, routed to a replay server.

When ``SITREP_REPLAY_URL`` is set, :class:`ReplayDownloadHandler` sends each request to
that server (:class:`crawler.replay.ReplayServer`) instead of the outlet, and hands back
the response under the outlet's URL. Everything above the handler (robots.txt, redirects,
retries, dupefilter, spiders) sees the real URLs, so a replay crawl runs exactly the code a
live crawl runs.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.replay import replay_url_for


class ReplayDownloadHandler(HTTP11DownloadHandler):
    """HTTP/1.1 downloads, routed to the replay server when ``SITREP_REPLAY_URL`` is set."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.replay_url: str | None = crawler.settings.get("SITREP_REPLAY_URL") or None

    async def download_request(self, request: Request) -> Response:
        if not self.replay_url:
            return await super().download_request(request)
        routed = request.replace(url=replay_url_for(self.replay_url, request.url))
        response = await super().download_request(routed)
        if "download_latency" in routed.meta:  # what AutoThrottle and the stats read
            request.meta["download_latency"] = routed.meta["download_latency"]
        return response.replace(url=request.url, request=request)
