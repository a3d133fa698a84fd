"""Options and argument parsing shared by several ``sitrep`` commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from crawler.replay import DEFAULT_SITES


def replay_option(verb: str) -> Callable[[Any], Any]:
    """``--replay [DIR]``: use recorded sites on 127.0.0.1 (default: the bundled snapshot)."""
    return click.option(
        "--replay",
        "replay_dir",
        is_flag=False,
        flag_value=str(DEFAULT_SITES),
        default=None,
        metavar="[DIR]",
        help=f"{verb} recorded sites served on 127.0.0.1 instead of the internet "
        "(default DIR: the bundled snapshot).",
    )


def parse_date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value, or a usage error naming it."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
