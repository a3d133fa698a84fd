"""The bare-Scrapy baseline: fetch a list of URLs with sitrep's download stack, parse nothing.

One crawler per host, like ``sitrep crawl`` runs one spider per outlet, with the same
settings (concurrency, robots.txt, download handler, middlewares) but no item
pipelines, no sitrep extensions and sitrep's spider modules left unimported. Used by ``benchmarks/nightly.py``::

    python benchmarks/baseline_spider.py URLS_FILE --set SITREP_REPLAY_URL=http://127.0.0.1:8000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from scrapy.utils.project import get_project_settings

REPO = Path(__file__).resolve().parent.parent


class BaselineSpider(scrapy.Spider):
    """Requests each URL once; the response is dropped unread."""

    name = "baseline"

    def __init__(self, urls: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = urls

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response: Response) -> None:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", type=Path, help="a JSON list of URLs")
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    args = parser.parse_args()
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    sys.path.insert(0, str(REPO))
    settings = get_project_settings()
    settings.set("SPIDER_MODULES", [], priority="cmdline")  # sitrep's spiders: not imported
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("EXTENSIONS", {}, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
    for override in args.overrides:
        name, _, value = override.partition("=")
        settings.set(name, value, priority="cmdline")
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in json.loads(args.urls.read_text("utf-8")):
        by_host[urlsplit(url).hostname or ""].append(url)
    process = CrawlerProcess(settings)
    crawlers = []
    for host, urls in sorted(by_host.items()):
        crawler = process.create_crawler(BaselineSpider)
        crawlers.append(crawler)
        process.crawl(crawler, urls=urls, name=f"baseline-{host}")
    process.start()
    responses = sum(c.stats.get_value("response_received_count", 0) for c in crawlers)
    print(json.dumps({"responses": responses, "crawlers": len(crawlers)}))


if __name__ == "__main__":
    main()
