"""Running the peer pipeline (``benchmarks/peer_pipeline.py``) from the nightly benchmark: the
outlets it is told about, a check that its Scrapy settings are sitrep's, one measured run."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benchmarks import peer_pipeline, synthetic
from benchmarks._harness import Measured, run_measured

SCRIPT = Path(peer_pipeline.__file__)
# The peer's own settings (its pipeline, its routing to the replay server), not sitrep's.
OWN = {"ITEM_PIPELINES", "DOWNLOAD_HANDLERS"}
# What a sitrep crawl of the benchmark sets over crawler/settings.py: ``_harness.FAST`` and
# ``sitrep crawl``'s default ``--log-level``.
BENCHMARK_CRAWL = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def write_outlets(path: Path, outlets: int) -> Path:
    """The peer's outlets file: each synthetic outlet's discovery URLs, as sitrep's source
    declares them, and its report series' URL pattern."""
    rows = []
    for index in range(outlets):
        source = synthetic.source_for(index)
        (series,) = source.series
        rows.append(
            {
                "name": source.slug,
                "feeds": list(source.feeds),
                "sitemaps": list(source.sitemaps),
                "listings": list(source.listings),
                "report_url": series.url_pattern,
            }
        )
    path.write_text(json.dumps(rows, indent=1), "utf-8")
    return path


def settings_differences() -> list[str]:
    """Scrapy settings where the peer differs from a benchmark sitrep crawl (sitrep's settings
    with the politeness delays off): must be none."""
    from crawler import settings as sitrep_settings

    differences = []
    for name, value in peer_pipeline.SETTINGS.items():
        if name in OWN:
            continue
        theirs: Any = BENCHMARK_CRAWL.get(name, getattr(sitrep_settings, name, None))
        if theirs != value:
            differences.append(f"{name}: peer {value!r}, sitrep {theirs!r}")
    return differences


def peer_night(outlets_file: Path, database: Path, replay_url: str) -> tuple[Measured, dict]:
    """One measured run of the peer into a fresh SQLite file; its summary."""
    for path in (database, *database.parent.glob(f"{database.name}-*")):
        path.unlink(missing_ok=True)
    measured = run_measured(
        [sys.executable, str(SCRIPT), str(outlets_file), str(database), "--replay", replay_url]
    )
    if measured.code != 0 or not measured.stdout.strip():
        raise SystemExit(f"peer pipeline failed ({measured.code}):\n{measured.stderr[-3000:]}")
    return measured, json.loads(measured.stdout.strip().splitlines()[-1])
