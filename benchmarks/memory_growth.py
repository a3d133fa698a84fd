"""How the nightly crawl's memory grows with the size of the night.

Crawls two generated replays of the same outlets, a small one (default 20 outlets x 50 days,
1,000 reports) and a large one (20 x 500, 10,000 reports), each into a fresh SQLite
database, and prints the peak PSS of each crawl's process tree (the crawl process and its
extraction workers) and their ratio; the target is a ratio of at most 1.2 with both peaks
under 300 MB. The last line holds ``key=value`` pairs::

    python benchmarks/memory_growth.py
    python benchmarks/memory_growth.py --workdir /tmp/growth   # keep (and reuse) the sites

The large replay takes about 6 GB of disk and a few minutes to crawl. Sites already
generated in ``--workdir`` are reused.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synthetic
from benchmarks._harness import replay_server
from benchmarks.nightly import sitrep_night


def crawl_peak(sites: Path, workdir: Path, outlets: int, days: int, seed: int) -> tuple[float, int]:
    """Peak PSS (MB) of one full crawl of ``outlets`` x ``days`` and the reports it stored."""
    synthetic.generate_once(sites, outlets, days, seed=seed)
    database = workdir / f"growth-{days}.db"
    for path in (database, *database.parent.glob(f"{database.name}-*")):
        path.unlink(missing_ok=True)
    with replay_server(sites, workdir) as server:
        measured, summary = sitrep_night(f"sqlite:///{database}", server.url, outlets)
    stored = sum(row["new"] for row in summary["sources"])
    print(
        f"{outlets} x {days}: {stored} reports stored in {measured.seconds:.0f} s, "
        f"peak PSS {measured.peak_rss_mb:.0f} MB",
        flush=True,
    )
    return measured.peak_rss_mb, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=20)
    parser.add_argument("--small-days", type=int, default=50)
    parser.add_argument("--large-days", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, help="keep the sites and databases here")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-growth-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, float | int] = {}
    for label, days in (("small", args.small_days), ("large", args.large_days)):
        sites = workdir / f"sites-{args.outlets}x{days}"
        peak, stored = crawl_peak(sites, workdir, args.outlets, days, args.seed)
        results[f"{label}_reports"] = stored
        results[f"{label}_peak_mb"] = round(peak)
    results["growth"] = round(results["large_peak_mb"] / results["small_peak_mb"], 2)
    print(" ".join(f"{key}={value}" for key, value in results.items()))


if __name__ == "__main__":
    main()
