"""How ``sitrep`` prints tables: as wide as the terminal, whole rows everywhere else.

On a terminal, tables fit its width (``COLUMNS`` when set, else the terminal's size): long
text columns wrap, identifiers (slugs, statuses, dates, URLs) are not split (only a terminal
too narrow for the identifiers alone shortens them, with an ellipsis). When the
output is a file or a pipe (cron, ``| less``, ``> log``) and ``COLUMNS`` is not set, every row
is printed whole on one line, the table as wide as its widest row.

Nothing printed is read as rich markup: report titles, URLs, paths and error messages often
hold brackets (``[Vidéo]``, ``sitrep[redis]``, ``?tags[]=``), which markup would drop or fail
on. Styles are given as such (``style=``, :func:`styled`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

WHOLE_ROWS = 1_000_000
"""The width given to a console that is not a terminal: wider than any row."""


def columns() -> int | None:
    """``COLUMNS`` when it is a positive number."""
    value = os.environ.get("COLUMNS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else None


def make_console(*, stderr: bool = False) -> Console:
    """A console on stdout (or stderr) sized as described in this module's docstring."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = columns()
    if width is None and not _is_terminal(stream):
        width = WHOLE_ROWS
    return Console(stderr=stderr, width=width, markup=False, highlight=False)


def styled(*parts: str | tuple[str, str]) -> Text:
    """Text from plain parts and ``(text, style)`` pairs, none of it read as markup."""
    from rich.text import Text

    return Text.assemble(*parts)


def source_line(slug: str, text: str) -> Text:
    """An indented line about one source under a table: its slug in yellow, then ``text``."""
    return styled("  ", (slug, "yellow"), f": {text}")


def make_table(names: Collection[str], *, wrap: Collection[str] = (), **options: object) -> Table:
    """A table with these columns: those named in ``wrap`` may wrap on a terminal, the others
    (identifiers) are kept whole."""
    from rich.table import Table

    table = Table(**options)  # type: ignore[arg-type]
    for name in names:
        if name in wrap:
            table.add_column(name, overflow="fold")
        else:
            table.add_column(name, no_wrap=True)
    return table


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False
