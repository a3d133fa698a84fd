"""The pipeline a user would write instead of sitrep, in an afternoon: the peer of the benchmark.

One Scrapy spider per outlet reads the outlet's feed, news sitemap, listing and sitemap index
(Scrapy's own ``SitemapSpider`` follows the index to the monthly sitemaps), follows the links
that match the outlet's report URL pattern, and an item pipeline runs
``trafilatura.bare_extraction(html, url=..., with_metadata=True)`` on each report page and
inserts one row per page into SQLite (WAL, ``synchronous=NORMAL``) with SQLAlchemy Core, one
transaction per page. No dedupe, no revisions, no stored HTML, no incremental state.

It imports nothing from sitrep. The outlets come from a JSON file, a list of
``{"name", "feeds", "sitemaps", "listings", "report_url"}`` (``report_url``: a regular
expression the whole URL must match)::

    python benchmarks/peer_pipeline.py OUTLETS_JSON DB_FILE --replay http://127.0.0.1:8000

``--replay`` sends every request to a replay server (``crawler/replay.py``'s format: the
outlet's host as the first path segment), the benchmark's stand-in for the internet, as the
other crawls of ``benchmarks/nightly.py`` do. The last line printed is a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import scrapy
import trafilatura
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.http import Response
from scrapy.spiders import SitemapSpider
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, event, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Engine

# Scrapy's settings as sitrep sets them (crawler/settings.py), with the politeness delays off
# as every crawl of the benchmark has them on loopback; benchmarks/nightly.py checks they agree.
SETTINGS: dict[str, Any] = {
    "TWISTED_REACTOR": "twisted.internet.epollreactor.EPollReactor",
    "REMOTE_CONTROL_ENABLED": False,
    "USER_AGENT": "sitrep/0.1 (+https://github.com/sitrep; daily situation report archive)",
    "ROBOTSTXT_OBEY": True,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_ITEMS": 1,
    "SCRAPER_SLOT_MAX_ACTIVE_SIZE": 1_000_000,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 2,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 8 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
    "REDIRECT_MAX_TIMES": 5,
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
    "ITEM_PIPELINES": {"__main__.StorePipeline": 100},
    "DOWNLOAD_HANDLERS": {
        "http": "__main__.ReplayHandler",
        "https": "__main__.ReplayHandler",
    },
}

pages = Table(
    "pages",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("outlet", Text, nullable=False),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("author", Text),
    Column("date", Text),
    Column("sitename", Text),
    Column("description", Text),
    Column("text", Text),
    Column("fetched_at", Text, nullable=False),
)

_engine: Engine | None = None


def engine(path: str) -> Engine:
    """One engine for every spider of the process, created (with the table) on first use."""
    global _engine
    if _engine is None:
        _engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(_engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        pages.metadata.create_all(_engine)
    return _engine


class ReplayHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler sending ``https://host/path`` to ``{PEER_REPLAY_URL}/host/path``
    and handing back the answer under the outlet's URL (no routing without the setting)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.replay = crawler.settings.get("PEER_REPLAY_URL")

    async def download_request(self, request: scrapy.Request) -> Response:
        if not self.replay:
            return await super().download_request(request)
        parts = urlsplit(request.url)
        path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
        query = f"?{parts.query}" if parts.query else ""
        routed = request.replace(url=f"{self.replay.rstrip('/')}/{parts.hostname}{path}{query}")
        response = await super().download_request(routed)
        return response.replace(url=request.url, request=request)


class OutletSpider(SitemapSpider):
    """Report pages of one outlet, found through its feeds, sitemaps and listings."""

    name = "outlet"

    def __init__(self, outlet: dict[str, Any], **kwargs: Any) -> None:
        self.report_url = re.compile(outlet["report_url"])
        self.sitemap_urls = outlet["sitemaps"]
        self.sitemap_rules = [(self.report_url, "parse_report")]
        self.feeds = outlet["feeds"]
        self.listings = outlet["listings"]
        super().__init__(name=outlet["name"], **kwargs)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        async for request in super().start():
            yield request
        for url in self.feeds:
            yield scrapy.Request(
                url, callback=self.parse_links, cb_kwargs={"xpath": "//item/link/text()"}
            )
        for url in self.listings:
            yield scrapy.Request(url, callback=self.parse_links, cb_kwargs={"xpath": "//a/@href"})

    def parse_links(self, response: Response, xpath: str) -> Iterator[scrapy.Request]:
        for link in response.xpath(xpath).getall():
            url = response.urljoin(link.strip())
            if self.report_url.fullmatch(url):
                yield scrapy.Request(url, callback=self.parse_report)

    def parse_report(self, response: Response) -> Iterator[dict[str, Any]]:
        yield {"outlet": self.name, "url": response.url, "html": response.text}


class StorePipeline:
    """Extract with trafilatura, insert one row per page."""

    def __init__(self, database: str) -> None:
        self.engine = engine(database)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler.settings.get("PEER_DATABASE"))

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        document = trafilatura.bare_extraction(item["html"], url=item["url"], with_metadata=True)
        found = document.as_dict() if document is not None else {}
        row = {
            "outlet": item["outlet"],
            "url": item["url"],
            **{key: found.get(key) for key in ("title", "author", "date", "sitename")},
            "description": found.get("description"),
            "text": found.get("text"),
            "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        with self.engine.begin() as connection:
            connection.execute(insert(pages).on_conflict_do_nothing(), row)
        return {"url": item["url"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outlets", type=Path, help="a JSON list of outlets")
    parser.add_argument("database", type=Path, help="the SQLite file to write")
    parser.add_argument("--replay", help="base URL of a replay server")
    args = parser.parse_args()
    process = CrawlerProcess(
        {**SETTINGS, "PEER_DATABASE": str(args.database), "PEER_REPLAY_URL": args.replay}
    )
    crawlers = []
    for outlet in json.loads(args.outlets.read_text("utf-8")):
        crawler = process.create_crawler(OutletSpider)
        crawlers.append(crawler)
        process.crawl(crawler, outlet=outlet)
    process.start()
    with engine(str(args.database)).connect() as connection:
        stored = connection.execute(select(func.count()).select_from(pages)).scalar_one()
    summary = {
        "responses": sum(c.stats.get_value("response_received_count", 0) for c in crawlers),
        "items": sum(c.stats.get_value("item_scraped_count", 0) for c in crawlers),
        "stored": stored,
        "crawlers": len(crawlers),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
