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


UNHANDLED = """
import gc, sys, warnings
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from crawler.logs import install_handler

warnings.simplefilter("ignore")
settings = Settings({"LOG_LEVEL": sys.argv[1], "LOG_ENABLED": True})
install_handler(settings)  # as the crawl does, then Scrapy's process
settings.set("LOG_INSTALL_ROOT_HANDLER", False)
process = CrawlerProcess(settings)
from twisted.internet import defer
failed = defer.fail(RuntimeError("boom in a callback"))
del failed
gc.collect()
"""


@pytest.mark.parametrize("level", ["WARNING", "INFO"])
def test_an_unhandled_error_in_a_deferred_is_logged_not_printed_raw(level: str) -> None:
    """Twisted writes critical events to stderr as raw text, traceback and all, until a
    program says where it logs: the crawl says so, and the error arrives as log lines."""
    import subprocess
    import sys

    from .conftest import TESTS

    completed = subprocess.run(
        [sys.executable, "-c", UNHANDLED, level],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=TESTS.parent,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    lines = completed.stderr.splitlines()
    # What Twisted's start-up observer wrote: the bare message, then the failure as text.
    assert "Unhandled error in Deferred:" not in lines, lines
    assert not any(line.startswith("Failure: ") for line in lines), lines
    records = [line for line in lines if "] CRITICAL: " in line]
    assert records[0].endswith("[twisted] CRITICAL: Unhandled error in Deferred:"), lines
    if level == "WARNING":  # one line each
        assert records[1].endswith("[twisted] CRITICAL: RuntimeError: boom in a callback"), lines
        assert len(records) == 2 and "Traceback (most recent call last):" not in lines, lines
