"""What a crawl did, per source: the summary :func:`crawler.run.run_crawl` returns and
``sitrep crawl`` prints (as a table, or as JSON with ``--json``)."""

from __future__ import annotations

import signal
from dataclasses import dataclass, field
from typing import Any

from crawler.exit_codes import EXIT_FAILED, EXIT_OK, exit_for_signal
from crawler.ledger import stage_timings

COLUMNS = (
    "status",
    "requests",
    "discovered",
    "new",
    "revised",
    "unchanged",
    "not_modified",
    "skipped",
    "duplicate",
    "quarantined",
    "errors",
)
HEALTHY = ("ok", "no_new_report")


def source_entry(row: Any) -> dict[str, Any]:
    """One source's part of the summary, from its ``source_runs`` row."""
    return {
        "source": row.source,
        **{c: getattr(row, c) for c in COLUMNS},
        "timings": stage_timings(row.stats or {}),
        "failures": list(row.failures or []),
    }


def missing_entry(slug: str, reason: str) -> dict[str, Any]:
    """A source whose spider never reported: an error, with its reason."""
    return {
        "source": slug,
        **{c: 0 for c in COLUMNS},
        "status": "error",
        "errors": 1,
        "failures": [{"url": None, "reason": reason}],
    }


@dataclass
class RunSummary:
    """What a crawl did: the run's ledger row and one entry per source."""

    run_id: int
    status: str  # ok | failed | interrupted
    database: str  # its URL, password masked
    sources: list[dict[str, Any]] = field(default_factory=list)
    schema_upgraded: tuple[str | None, str] | None = None
    interrupted_by: str | None = None  # SIGINT, SIGTERM, ...

    @property
    def exit_code(self) -> int:
        """0 all sources ok, 1 some failed, 128 + the signal's number if one stopped it."""
        if self.interrupted_by is not None:
            return exit_for_signal(signal.Signals[self.interrupted_by])
        return EXIT_FAILED if self.status != "ok" else EXIT_OK

    def as_dict(self) -> dict[str, Any]:
        """The summary as ``sitrep crawl --json`` prints it."""
        upgraded = self.schema_upgraded
        return {
            "run_id": self.run_id,
            "status": self.status,
            "database": self.database,
            **({"schema_upgraded": {"from": upgraded[0], "to": upgraded[1]}} if upgraded else {}),
            "sources": self.sources,
        }
