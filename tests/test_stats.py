"""The crawl's stats collector (crawler/stats.py): Scrapy's values, its dump only when shown."""

from __future__ import annotations

import logging

import pytest
from scrapy.utils.test import get_crawler

from crawler.stats import CrawlStats


def test_crawls_use_it_and_it_keeps_scrapys_values() -> None:
    from crawler import settings

    assert settings.STATS_CLASS == "crawler.stats.CrawlStats"
    crawler = get_crawler(settings_dict={"STATS_CLASS": settings.STATS_CLASS})
    stats = crawler.stats
    assert isinstance(stats, CrawlStats)
    stats.inc_value("pages")
    stats.inc_value("pages", 2)
    stats.inc_value("seconds", 0.5, start=1.0)
    stats.max_value("largest", 3)
    stats.max_value("largest", 2)
    stats.min_value("smallest", 3)
    stats.min_value("smallest", 2)
    stats.set_value("status", "ok")
    assert stats.get_value("pages") == 3 and stats.get_value("missing", "none") == "none"
    assert stats.get_stats() == {
        "pages": 3,
        "seconds": 1.5,
        "largest": 3,
        "smallest": 2,
        "status": "ok",
    }


@pytest.mark.parametrize(("level", "dumped"), [(logging.WARNING, False), (logging.INFO, True)])
def test_the_dump_is_formatted_only_when_it_will_be_written(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, level: int, dumped: bool
) -> None:
    formatted: list[int] = []
    monkeypatch.setattr(CrawlStats, "__str__", lambda self: formatted.append(1) or "{}")
    scrapy = logging.getLogger("scrapy")
    monkeypatch.setattr(scrapy, "level", level)
    stats = CrawlStats(get_crawler(settings_dict={"STATS_DUMP": True}))
    stats.set_value("pages", 1)
    with caplog.at_level(level, logger="scrapy"):
        stats.close_spider(reason="finished")
    assert bool(formatted) is dumped
    assert ("Dumping Scrapy stats" in caplog.text) is dumped
