"""The crawl's log handler (crawler/logs.py): which records are made at all."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from scrapy.settings import Settings

from crawler.logs import install_handler


@pytest.fixture
def root_logging() -> Iterator[None]:
    scrapy = logging.getLogger("scrapy")
    level, handlers, scrapy_level = logging.root.level, list(logging.root.handlers), scrapy.level
    yield
    logging.root.handlers[:] = handlers
    logging.root.setLevel(level)
    scrapy.setLevel(scrapy_level)


@pytest.mark.parametrize(
    ("level", "debug_made", "scrapy_info_made"),
    [("WARNING", False, False), ("INFO", False, True), ("DEBUG", True, True)],
)
def test_records_are_made_only_when_asked_for(
    root_logging: None, level: str, debug_made: bool, scrapy_info_made: bool
) -> None:
    """Scrapy logs every download and item at DEBUG: at the default level those records
    are not even built, nor Scrapy's INFO ones. sitrep's INFO ones are, since the run's
    last line passes whatever the level."""
    logging.getLogger("scrapy").setLevel(logging.DEBUG)  # as creating a CrawlerProcess does
    install_handler(Settings({"LOG_LEVEL": level, "LOG_ENABLED": True}))
    engine = logging.getLogger("scrapy.core.engine")
    assert engine.isEnabledFor(logging.DEBUG) is debug_made
    assert engine.isEnabledFor(logging.INFO) is scrapy_info_made
    assert logging.getLogger("crawler.run").isEnabledFor(logging.INFO)


def test_a_traceback_passed_as_an_argument_is_cut_to_one_line(
    root_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Twisted logs an unhandled Deferred error as a format whose argument holds the
    traceback: at WARNING it is one line too."""
    install_handler(Settings({"LOG_LEVEL": "WARNING", "LOG_ENABLED": True}))
    traceback = "Traceback (most recent call last):\n  File 'x.py'\nRuntimeError: boom"
    logging.getLogger("twisted").critical("%s", f"Unhandled error in Deferred:\n{traceback}")
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith("Unhandled error in Deferred:"), lines
