"""The schema revision this code expects, read from the migration scripts without Alembic.

Alembic costs more to import than a command that only reads spends in all; the head is read
here from each script's ``revision = ...`` and ``down_revision = ...`` lines. Whatever is not
plain (two heads, a value that is not a literal on its line, a name assigned twice) is
``None``, and the caller asks Alembic. :mod:`store.database` re-exports these names.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
VERSION_TABLE = "alembic_version"

# A module-level ``revision`` or ``down_revision`` assignment, annotated or not, on one line.
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=(?P<value>[^\n]*)$", re.MULTILINE
)


@cache
def head_from_scripts(versions: Path = MIGRATIONS_DIR / "versions") -> str | None:
    """The head revision of the migration scripts in ``versions``; ``None`` when unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        try:
            found = _ASSIGNMENT.findall(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        names = [name for name, _ in found]
        if "revision" not in names:  # __init__.py
            continue
        if len(names) != len(set(names)):
            return None
        values = {}
        for name, value in found:
            try:
                values[name] = ast.literal_eval(value.strip())
            except (SyntaxError, ValueError):
                return None
        down = values.get("down_revision")
        down = list(down) if isinstance(down, tuple | list) else [down] if down else []
        if not all(isinstance(r, str) for r in [values["revision"], *down]):
            return None
        revisions.add(values["revision"])
        parents.update(down)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
