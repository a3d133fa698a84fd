"""Structured logs: one JSON object per line, for log shippers and `jq`.

Switched on with ``sitrep crawl --log-format json`` (or ``SITREP_LOG_FORMAT=json``);
it takes the place of the root handler Scrapy would install (same ``LOG_FILE`` and
``LOG_LEVEL`` settings), so every line Scrapy, the spiders and the pipelines log comes
out the same way, from the first.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

# Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept.
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "spider"}


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


def install_json_handler(settings: Any) -> logging.Handler:
    """Log to stderr (or ``LOG_FILE``) as JSON lines; set ``LOG_INSTALL_ROOT_HANDLER`` to
    false before creating the crawler process."""
    filename = settings.get("LOG_FILE")
    handler: logging.Handler = (
        logging.FileHandler(filename, encoding=settings.get("LOG_ENCODING"))
        if filename
        else logging.StreamHandler()
    )
    handler.setFormatter(JsonFormatter())
    handler.setLevel(settings.get("LOG_LEVEL"))
    logging.root.setLevel(logging.NOTSET)
    logging.root.addHandler(handler)
    return handler
