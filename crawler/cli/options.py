"""Options and argument parsing shared by several ``sitrep`` commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from .errors import CannotRun

__all__ = ["CannotRun", "date_from_option", "date_window", "replay_option", "source_option"]


def _known_sources(
    _ctx: click.Context, _param: click.Parameter, slugs: tuple[str, ...]
) -> tuple[str, ...]:
    if not slugs:  # nothing to check: the registry (every source module) is not loaded
        return slugs
    from crawler.sources import registry

    known = registry()
    for slug in slugs:
        if slug not in known:
            raise CannotRun(f"unknown source {slug!r} (see sitrep sources)")
    return slugs


def source_option(description: str = "Only this source (repeatable).") -> Callable[[Any], Any]:
    """``--source/-s SLUG`` (repeatable), checked against the registry: an unknown slug is
    an error (exit 2) instead of an empty result."""
    return click.option(
        "--source",
        "-s",
        "sources",
        multiple=True,
        metavar="SLUG",
        callback=_known_sources,
        help=description,
    )


def replay_option(verb: str) -> Callable[[Any], Any]:
    """``--replay [DIR]``: use recorded sites on 127.0.0.1 (default: the bundled snapshot).

    :mod:`crawler.replay` (the replay server: ``http.server``, ``email``) is imported by the
    commands that replay (crawl, check) only, when their module is loaded."""
    from crawler.replay import BUNDLED

    return click.option(
        "--replay",
        "replay_dir",
        is_flag=False,
        flag_value=BUNDLED,
        default=None,
        metavar="[DIR]",
        help=f"{verb} recorded sites served on 127.0.0.1 instead of the internet "
        "(default DIR: the bundled snapshot).",
    )


def date_from_option(value: str | None) -> dt.date | None:
    """The date of a ``YYYY-MM-DD`` option value (``--since``, ``--until``...), or a usage
    error naming it. (Text found in a page is read by :func:`crawler.extract.dates.parse_date`.)"""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def date_window(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The report dates of ``--since`` and ``--until``; :class:`CannotRun` when no date can
    fit (``--since`` after ``--until`` would list, export or re-extract nothing, silently)."""
    first, last = date_from_option(since), date_from_option(until)
    if first and last and first > last:
        raise CannotRun(f"--since {first} is after --until {last}: no report date fits")
    return first, last


_filters = [
    source_option(),
    click.option("--since", metavar="YYYY-MM-DD", help="Report date on or after."),
    click.option("--until", metavar="YYYY-MM-DD", help="Report date on or before."),
]


def with_filters(function):  # type: ignore[no-untyped-def]
    for option in reversed(_filters):
        function = option(function)
    return function
