"""Log lines of ``sitrep crawl``: one line per event, as text or as JSON objects.

:func:`install_handler` takes the place of the root handler Scrapy would install (same
``LOG_FILE``, ``LOG_LEVEL`` and ``LOG_FORMAT`` settings); ``--log-format json`` (or
``SITREP_LOG_FORMAT=json``) makes it write one JSON object per line, so every line Scrapy,
the spiders and the pipelines log comes out the same way, from the first.

At WARNING and above (the default of ``sitrep crawl``) :class:`OneLine` keeps each
record to one line: no tracebacks (the exception's type and message end the line
instead), multi-line messages cut to their first line, and Scrapy's own copies of
failures the spiders already report (a download given up, a robots.txt that could not
be read) left out. ``--log-level INFO`` or ``DEBUG`` shows everything.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from crawler.dbguard import damage_of
from crawler.setting_values import log_level_number

# Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept.
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "spider"}

# Scrapy loggers whose errors repeat a failure the spider's errback records and logs itself
# (retries given up), or that are no failure of a source (robots.txt unreachable: the
# crawl goes on without its rules).
REPEATED = frozenset(
    {"scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt"}
)
# A record with this attribute true is written whatever the level (the run's last line).
ALWAYS = "_always"


def exception_line(error: BaseException | None) -> str:
    """``Type: first line of the message`` for an exception."""
    if error is None:
        return ""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def one_line(record: logging.LogRecord) -> str:
    """The record's message on one line, its exception (if any) summed up at the end."""
    lines = record.getMessage().strip().splitlines()
    message = lines[0] if lines else ""
    if record.exc_info and record.exc_info[1] is not None:
        error = exception_line(record.exc_info[1])
        message = f"{message}: {error}" if message else error
    return message


class OneLine(logging.Filter):
    """Passes records at or above ``level``, each kept to one line (see the module
    docstring), and :data:`ALWAYS` records whatever their level."""

    def __init__(self, level: int | str):
        super().__init__()
        self.level = log_level_number("LOG_LEVEL", level)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, ALWAYS, False):
            return True
        if record.levelno < self.level:
            return False
        if record.exc_info and damage_of(record.exc_info[1]) is not None:
            return False  # a damaged database stops the crawl, which says so once
        if record.name in REPEATED and self.level >= logging.WARNING:
            return False
        # The message with its arguments: Twisted's "Unhandled error in Deferred" passes the
        # traceback as an argument.
        if self.level >= logging.WARNING and (record.exc_info or "\n" in record.getMessage()):
            record.msg, record.args = one_line(record), None
            record.exc_info = record.exc_text = None
        return True


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "source", "message", ...extra}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        spider = getattr(record, "spider", None)
        if spider is not None:
            entry["source"] = getattr(spider, "name", str(spider))
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def install_handler(settings: Any, *, as_json: bool = False) -> logging.Handler:
    """Log to stderr (or ``LOG_FILE``) at ``LOG_LEVEL``, one line per record, as Scrapy's
    text lines or as JSON objects. Set ``LOG_INSTALL_ROOT_HANDLER`` to false before
    creating the crawler process: Scrapy would put its own handler back for every crawler."""
    filename = settings.get("LOG_FILE")
    handler: logging.Handler
    if filename:
        mode = "a" if settings.getbool("LOG_FILE_APPEND") else "w"
        handler = logging.FileHandler(filename, mode, encoding=settings.get("LOG_ENCODING"))
    elif settings.getbool("LOG_ENABLED"):
        handler = logging.StreamHandler()
    else:
        handler = logging.NullHandler()
    handler.setFormatter(
        JsonFormatter()
        if as_json
        else logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
    )
    level = OneLine(settings.get("LOG_LEVEL"))  # holds the level
    handler.addFilter(level)
    # Records under INFO are never made unless asked for (Scrapy logs every download and
    # every item at DEBUG); INFO ones are, for the ALWAYS records.
    logging.root.setLevel(min(level.level, logging.INFO))
    logging.root.addHandler(handler)
    settle_scrapy_level(settings)
    end_twisted_startup_log()
    return handler


def end_twisted_startup_log() -> None:
    """Stop Twisted's start-up observer, which writes every critical event (an unhandled
    error in a Deferred) to stderr as raw text, its traceback included, until a program
    says where Twisted logs: those events reach this handler through Scrapy's observer.
    Python's warnings are left where they were."""
    import warnings

    from twisted.logger import globalLogBeginner

    if getattr(globalLogBeginner, "_temporaryObserver", None) is None:
        return  # logging has begun already (an earlier crawl, or the program running this)
    showwarning = warnings.showwarning
    globalLogBeginner.beginLoggingTo([], discardBuffer=True, redirectStandardIO=False)
    warnings.showwarning = showwarning


def settle_scrapy_level(settings: Any) -> None:
    """Give Scrapy's loggers the crawl's ``LOG_LEVEL``: creating a ``CrawlerProcess`` sets
    them to DEBUG, so each download and each item would build a record that no handler
    writes. Call this again after creating one."""
    logging.getLogger("scrapy").setLevel(log_level_number("LOG_LEVEL", settings.get("LOG_LEVEL")))
