"""Setting values given as text (environment variables, ``sitrep crawl --set NAME=VALUE``),
read as the type of the setting's default, with one-line errors that name the setting.

Kept apart from ``crawler.settings`` (a Scrapy settings module that reads the environment when
imported) so that any module can check a value without importing the settings themselves.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from typing import Any

FALSE_WORDS = ("0", "false", "no", "off", "")
# Scrapy reads booleans with getbool(): these are the texts it accepts.
BOOLEAN_WORDS = {"0": False, "1": True, "false": False, "true": True}
# Settings whose type is not their default's: None by default but typed when given, or an
# integer default that is read as a number (Scrapy's getfloat).
SETTING_TYPES: dict[str, type] = {
    "SITREP_EXTRACT_WORKERS": int,
    "SITREP_RUN_ID": int,
    "SITREP_RETRY_AFTER_MAX": float,
    "DOWNLOAD_DELAY": float,
    "DOWNLOAD_TIMEOUT": float,
    "DNS_TIMEOUT": float,
    "CLOSESPIDER_TIMEOUT": float,
    "CLOSESPIDER_TIMEOUT_NO_ITEM": float,
}


# Numeric settings that take no negative value: Scrapy's counts, sizes and times (a negative
# DOWNLOAD_TIMEOUT fails every request with a traceback), and every numeric sitrep setting.
# Priorities (DEPTH_PRIORITY, *_PRIORITY_ADJUST) may be negative and are not listed.
NOT_NEGATIVE = frozenset(
    {
        "AUTOTHROTTLE_MAX_DELAY",
        "AUTOTHROTTLE_START_DELAY",
        "AUTOTHROTTLE_TARGET_CONCURRENCY",
        "CLOSESPIDER_ERRORCOUNT",
        "CLOSESPIDER_ITEMCOUNT",
        "CLOSESPIDER_PAGECOUNT",
        "CLOSESPIDER_TIMEOUT",
        "CLOSESPIDER_TIMEOUT_NO_ITEM",
        "CONCURRENT_ITEMS",
        "CONCURRENT_REQUESTS",
        "CONCURRENT_REQUESTS_PER_DOMAIN",
        "CONCURRENT_REQUESTS_PER_IP",
        "DEPTH_LIMIT",
        "DNS_TIMEOUT",
        "DOWNLOAD_DELAY",
        "DOWNLOAD_MAXSIZE",
        "DOWNLOAD_TIMEOUT",
        "DOWNLOAD_WARNSIZE",
        "MEMUSAGE_LIMIT_MB",
        "MEMUSAGE_WARNING_MB",
        "REDIRECT_MAX_TIMES",
        "RETRY_TIMES",
        "SCRAPER_SLOT_MAX_ACTIVE_SIZE",
        "URLLENGTH_LIMIT",
    }
)


# Counts that must be at least 1: with 0 a crawl never downloads a page from a site (it then
# waits for ever, even after SIGTERM), never hands an item to the pipelines (every source looks
# broken), or may fetch no report at all.
AT_LEAST_ONE = frozenset(
    {"CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS", "SITREP_MAX_REPORTS_PER_SOURCE"}
)


class SettingError(ValueError):
    """A setting was given a value it cannot take; the message names it and what it expects."""


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_level_number(label: str, value: str | int) -> int:
    """The number of a log level given by name (any case) or number; :class:`SettingError`
    naming ``label`` for anything else."""
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    if text.upper() not in LOG_LEVELS:
        raise SettingError(f"{label}={value!r}: expected one of {', '.join(LOG_LEVELS)}")
    return logging.getLevelNamesMapping()[text.upper()]


# Scrapy settings naming a class or object by its import path (besides those named *_CLASS).
OBJECT_PATHS = frozenset(
    {
        "TWISTED_REACTOR",
        "SCHEDULER",
        "SCHEDULER_DISK_QUEUE",
        "SCHEDULER_MEMORY_QUEUE",
        "SCHEDULER_PRIORITY_QUEUE",
        "DOWNLOADER",
        "LOG_FORMATTER",
        "DNS_RESOLVER",
    }
)


def _json_object(label: str, raw: str) -> None:
    """A dict setting (``ITEM_PIPELINES``...) given on the command line must be a JSON object,
    which Scrapy reads when it builds the crawl."""
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise SettingError(
            f'{label}={raw!r}: expected a JSON object, such as {{"module.Component": 100}}'
        )


def _importable(label: str, raw: str) -> None:
    """A setting naming a class by its import path must name one that imports."""
    from scrapy.utils.misc import load_object

    try:
        load_object(raw.strip())
    except (ImportError, AttributeError, NameError, ValueError) as error:
        raise SettingError(f"{label}={raw!r}: cannot be imported ({error})") from None


def _expected(kind: type) -> str:
    return {bool: "true or false", int: "an integer", float: "a number"}.get(kind, "a value")


def typed_value(label: str, raw: str, default: Any, *, kind: type | None = None) -> Any:
    """``raw`` read like ``default`` (bool, int, float; other types keep the text).

    ``label`` says where the value came from (``environment variable X`` or ``--set X``).
    Booleans accept what Scrapy's ``getbool`` accepts; environment variables are more lenient
    (see :func:`environment_value`).
    """
    kind = kind or (type(default) if isinstance(default, bool | int | float) else None)
    text = raw.strip()
    if kind is bool:
        if text.lower() not in BOOLEAN_WORDS:
            raise SettingError(f"{label}={raw!r}: expected 1/0 or true/false")
        return BOOLEAN_WORDS[text.lower()]
    if kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            raise SettingError(f"{label}={raw!r}: expected {_expected(kind)}") from None
    return raw


def environment_value(name: str, raw: str, default: Any) -> Any:
    """An environment variable's text read like ``default``: booleans are false for ``0``,
    ``false``, ``no``, ``off`` or empty; empty text for a text setting is ``None``."""
    if isinstance(default, bool):
        return raw.strip().lower() not in FALSE_WORDS
    if not raw.strip() and default is None:
        return None
    if isinstance(default, int | float) or name in SETTING_TYPES:
        label = f"environment variable {name}"
        value = typed_value(label, raw, default, kind=SETTING_TYPES.get(name))
        return _in_range(label, name, raw, value)
    return raw.strip() or None


def _in_range(label: str, name: str, raw: str, value: Any) -> Any:
    """``value``, unless it is a number the setting cannot take: below 1 for
    :data:`AT_LEAST_ONE`, negative for :data:`NOT_NEGATIVE` and every numeric sitrep setting."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    least = 1 if name in AT_LEAST_ONE else 0
    if value < least and (least or name in NOT_NEGATIVE or name.startswith("SITREP_")):
        raise SettingError(f"{label}={raw!r}: expected a number of at least {least}")
    return value


def environment_number(name: str, default: int, *, minimum: int | None = None) -> int:
    """An integer environment variable (``default`` when unset), checked against ``minimum``."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    value = typed_value(f"environment variable {name}", raw, default)
    if minimum is not None and value < minimum:
        raise SettingError(f"environment variable {name}={raw!r}: expected at least {minimum}")
    return value


def scrapy_defaults() -> dict[str, Any]:
    """Every setting sitrep knows with its default: Scrapy's, then sitrep's own."""
    from scrapy.settings import default_settings

    from crawler import settings

    names = (vars(default_settings), vars(settings))
    return {k: v for module in names for k, v in module.items() if k.isupper()}


def check_overrides(
    overrides: Iterable[str], defaults: Mapping[str, Any] | None = None
) -> tuple[str, ...]:
    """``--set NAME=VALUE`` texts, checked before anything starts.

    Raises :class:`SettingError` for a text without ``=``, an unknown ``SITREP_*`` name, or a
    value that does not fit the setting's type (``--set DOWNLOAD_DELAY=x``). Returns the texts
    with the names stripped; settings that are not sitrep's or Scrapy's (an extension's) pass.
    """
    defaults = scrapy_defaults() if defaults is None else defaults
    checked = []
    for text in overrides:
        name, equals, raw = text.partition("=")
        name = name.strip()
        if not equals or not name:
            raise SettingError(f"--set {text!r}: expected NAME=VALUE")
        if name.startswith("SITREP_") and name not in defaults:
            raise SettingError(f"--set {name}: no such sitrep setting (see docs/operations.md)")
        label = f"--set {name}"
        if name == "LOG_LEVEL":
            log_level_number(label, raw)
        if isinstance(defaults.get(name), dict):
            _json_object(label, raw)
        if name in OBJECT_PATHS or name.endswith("_CLASS"):
            _importable(label, raw)
        value = typed_value(label, raw, defaults.get(name), kind=SETTING_TYPES.get(name))
        _in_range(label, name, raw, value)
        checked.append(f"{name}={raw}")
    return tuple(checked)
