"""A report's revisions as text, and what changed between two of them."""

from __future__ import annotations

import difflib

from .models import Revision
from .queries import local_iso


def revision_text(revision: Revision) -> list[str]:
    """A revision as lines of text: title, standfirst, headings and paragraphs."""
    lines = [f"# {revision.title}", ""]
    if revision.lead:
        lines += [revision.lead, ""]
    for section in revision.sections:
        if section.get("heading"):
            lines += [f"## {section['heading']}", ""]
        for paragraph in section.get("paragraphs", []):
            lines += [paragraph, ""]
    return lines


def revision_diff(old: Revision, new: Revision, timezone: str) -> str:
    header = (
        f"revision {old.number} (modified {local_iso(old.modified_at, timezone) or '-'}, "
        f"fetched {local_iso(old.fetched_at, timezone)})\n"
        f"revision {new.number} (modified {local_iso(new.modified_at, timezone) or '-'}, "
        f"fetched {local_iso(new.fetched_at, timezone)})\n"
    )
    lines = difflib.unified_diff(
        revision_text(old),
        revision_text(new),
        f"revision {old.number}",
        f"revision {new.number}",
        lineterm="",
    )
    body = "\n".join(lines)
    return header + (body + "\n" if body else "no text changes\n")
