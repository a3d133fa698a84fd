"""What incremental nights cost: requests per new report, and a steady night's requests.

On generated outlet sites (``benchmarks/synthetic.py``) served from a separate process:

1. night 1 crawls the sites with ``--days - 1`` days published (the history);
2. night 2 runs after one more day is published: one new report per outlet;
3. night 3 runs with nothing new upstream (a steady night).

Each night counts the requests the server answered, split into robots.txt, discovery pages
(feeds, sitemaps, listings) and report pages, and for report pages into downloads (200)
and revalidations (304). Night 2 is run twice from the same starting database: with the
defaults, and with ``SITREP_REVISIT_LATEST=1`` (each series' newest report revalidated). The
last line is ``key=value`` pairs::

    python benchmarks/incremental_nights.py                 # 20 outlets x 10 days
    python benchmarks/incremental_nights.py --outlets 50 --days 30
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synthetic
from benchmarks._harness import (
    FAST,
    replay_server,
    run_measured,
    sitrep,
    synthetic_env,
    synthetic_sources,
)


def classify(path: str, status: int) -> str:
    """robots / discovery / report-200 / report-304 / other for one answered request."""
    if path.endswith("/robots.txt"):
        return "robots"
    if path.endswith((".xml", "/monde/")):
        return "discovery"
    if path.endswith(".php"):
        return f"report-{status}"
    return "other"


def night(sites: Path, workdir: Path, db_url: str, outlets: int, *extra: str) -> dict:
    """One crawl; the answers by class and the run's new reports."""
    with replay_server(sites, workdir) as server:
        measured = run_measured(
            sitrep(
                "--db",
                db_url,
                "crawl",
                "--json",
                *FAST,
                "--set",
                f"SITREP_REPLAY_URL={server.url}",
                *synthetic_sources(outlets),
                *extra,
            ),
            env=synthetic_env(outlets),
        )
    if measured.code not in (0, 1) or not measured.stdout.strip():
        raise SystemExit(f"crawl failed:\n{measured.stderr[-3000:]}")
    summary = json.loads(measured.stdout)
    counts = Counter(classify(path, status) for path, status in server.answers())
    return {
        "counts": counts,
        "new": sum(row["new"] + row["revised"] for row in summary["sources"]),
        "statuses": Counter(row["status"] for row in summary["sources"]),
        "requests": sum(counts.values()),
    }


def describe(label: str, result: dict) -> str:
    counts = result["counts"]
    return (
        f"{label}: {result['requests']} requests (robots {counts['robots']}, discovery "
        f"{counts['discovery']}, report downloads {counts['report-200']}, report 304s "
        f"{counts['report-304']}); {result['new']} new or revised; "
        f"statuses {dict(result['statuses'])}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=20)
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-incremental-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sites = workdir / "sites"
    history = workdir / "history.db"
    history.unlink(missing_ok=True)

    synthetic.generate(sites, args.outlets, args.days, reveal=args.days - 1)
    first = night(sites, workdir, f"sqlite:///{history}", args.outlets)
    print(describe("night 1 (history)", first))

    synthetic.generate(sites, args.outlets, args.days)  # one more day published
    results: dict[str, float | int] = {"outlets": args.outlets}
    for label, extra in (("default", ()), ("revisit", ("--set", "SITREP_REVISIT_LATEST=1"))):
        database = workdir / f"night2-{label}.db"
        shutil.copy(history, database)
        second = night(sites, workdir, f"sqlite:///{database}", args.outlets, *extra)
        print(describe(f"night 2, one new day ({label})", second))
        counts, new = second["counts"], max(second["new"], 1)
        suffix = "" if label == "default" else "_revisit"
        results[f"new_reports{suffix}"] = second["new"]
        results[f"requests_per_new_report{suffix}"] = round(second["requests"] / new, 2)
        results[f"report_requests_per_new_report{suffix}"] = round(
            (counts["report-200"] + counts["report-304"]) / new, 2
        )
        results[f"report_downloads_per_new_report{suffix}"] = round(counts["report-200"] / new, 2)
        if label == "default":
            third = night(sites, workdir, f"sqlite:///{database}", args.outlets)
            print(describe("night 3, nothing new", third))
            pages = sum(len(s.start_urls) for s in synthetic.build_sources(args.outlets))
            steady = third["counts"]
            results["steady_discovery_requests_per_page"] = round(steady["discovery"] / pages, 2)
            results["steady_report_downloads"] = steady["report-200"]
            results["steady_report_304s"] = steady["report-304"]
            results["steady_new"] = third["new"]
    print()
    print(" ".join(f"{key}={value}" for key, value in results.items()))


if __name__ == "__main__":
    main()
