"""Per source, what ``sitrep sources`` adds to the registry: its fixture kind, its last live check."""

from __future__ import annotations

from typing import Any

from crawler.sources import Source
from store.database import Database

from .check_log import last_live_checks, shown
from .fixtures import read_fixtures, source_fixture_kind
from .project import code_root


def fixture_kinds(sources: list[Source]) -> dict[str, str]:
    """Slug -> the kind of its recorded site (``tests/sites/FIXTURES.json``)."""
    sites = code_root() / "tests" / "sites"
    entries = read_fixtures(sites)
    return {s.slug: source_fixture_kind(s, sites, entries) for s in sources}


def source_states(
    sources: list[Source], database: Database
) -> tuple[dict[str, dict[str, Any]], str | None]:
    """Slug -> ``{"fixture_kind", "last_live_check"}`` (an ISO instant or ``None``), and a
    note when the database could not say (the checks then read ``unknown``)."""
    from crawler.cli.errors import describe

    kinds = fixture_kinds(sources)
    note = None
    try:
        checks = last_live_checks(database)
    except Exception as error:
        checks = None
        note = f"note: last live checks unknown: {describe(error, database.url)}"
    states = {}
    for source in sources:
        when = checks.get(source.slug) if checks is not None else None
        states[source.slug] = {
            "fixture_kind": kinds[source.slug],
            "last_live_check": when.isoformat().replace("+00:00", "Z") if when else None,
            "last_live_check_shown": shown(when) if checks is not None else "unknown",
        }
    return states, note
