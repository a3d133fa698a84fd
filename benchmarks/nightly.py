"""The nightly crawl at scale against bare Scrapy, on a generated replay of N outlets x D days.

In one run, on the same generated sites served from a separate process on 127.0.0.1:

1. the baseline: a bare Scrapy spider per outlet fetching exactly the URLs sitrep fetches
   (discovery pages and report pages) with sitrep's download stack and no parsing;
2. ``sitrep crawl`` of the same outlets into a fresh SQLite database (and a fresh
   PostgreSQL database when one is reachable).

It prints pages per second for both and their ratio, peak RSS and CPU time of each
crawl's process tree, the time spent per stage (fetch, extract, normalize, validate,
dedupe, store, link); then, when Redis answers, the same night by one and by two crawl
processes sharing a Redis frontier (each report must be stored once); and, on the last
line, ``key=value`` pairs::

    python benchmarks/nightly.py                          # 20 outlets x 25 days (~500 reports)
    python benchmarks/nightly.py --outlets 40 --days 250  # 10,000 report pages
    python benchmarks/nightly.py --no-postgres

Both crawls use sitrep's settings with the politeness delays off (loopback), so the ratio
measures sitrep's own cost per page, not the delays a live night spends waiting.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synthetic
from benchmarks._harness import (
    FAST,
    REPO,
    Measured,
    replay_server,
    run_measured,
    sitrep,
    synthetic_env,
    synthetic_sources,
)

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
STAGES = ("fetch", "extract", "normalize", "validate", "dedupe", "store", "link")
# Settings a benchmark night needs: the whole history is fetched in one go.
UNCAPPED = (
    "--set",
    "SITREP_MAX_REPORTS_PER_SOURCE=1000000",
    "--set",
    "SITREP_DISCOVERY_WINDOW_DAYS=0",
)


def baseline(urls: list[str], replay_url: str, workdir: Path) -> tuple[Measured, int]:
    listed = workdir / "urls.json"
    listed.write_text(json.dumps(urls), "utf-8")
    measured = run_measured(
        [
            sys.executable,
            str(Path(__file__).with_name("baseline_spider.py")),
            str(listed),
            *FAST,
            "--set",
            f"SITREP_REPLAY_URL={replay_url}",
        ]
    )
    if measured.code != 0:
        raise SystemExit(f"baseline failed:\n{measured.stderr[-3000:]}")
    return measured, json.loads(measured.stdout.strip().splitlines()[-1])["responses"]


def crawl_command(db_url: str, replay_url: str, outlets: int, *extra: str) -> list[str]:
    return sitrep(
        "--db",
        db_url,
        "crawl",
        "--json",
        "--no-lock",
        *FAST,
        *UNCAPPED,
        "--set",
        f"SITREP_REPLAY_URL={replay_url}",
        *synthetic_sources(outlets),
        *extra,
    )


def workers_night(
    workdir: Path, replay_url: str, outlets: int, workers: int, redis_url: str
) -> tuple[float, int, int]:
    """``workers`` crawl processes on one Redis frontier into one fresh SQLite database;
    the wall time, reports stored and identities stored twice (must be 0). Each process
    gets an equal share of the cores for extraction workers."""
    database = workdir / f"workers-{workers}.db"
    database.unlink(missing_ok=True)
    db_url = f"sqlite:///{database}"
    upgrade = run_measured(sitrep("--db", db_url, "db", "upgrade"))
    if upgrade.code != 0:
        raise SystemExit(upgrade.stderr[-2000:])
    frontier = f"bench-{uuid.uuid4().hex[:8]}"
    command = crawl_command(
        db_url, replay_url, outlets, "--redis", redis_url, "--frontier", frontier
    )
    share = max(1, (os.cpu_count() or 1) // workers)
    env = {**os.environ, **synthetic_env(outlets), "SITREP_EXTRACT_WORKERS": str(share)}
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        for _ in range(workers)
    ]
    for process in processes:
        _, stderr = process.communicate()
        if process.returncode not in (0, 1):
            raise SystemExit(f"worker failed:\n{stderr[-2000:]}")
    seconds = time.perf_counter() - started
    with sqlite3.connect(database) as connection:
        stored = connection.execute("select count(*) from reports").fetchone()[0]
        twice = connection.execute(
            "select count(*) from (select source_id, report_date from reports"
            " group by 1, 2 having count(*) > 1)"
        ).fetchone()[0]
    import redis

    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(f"sitrep:{frontier}:*"):
        client.delete(key)
    return seconds, stored, twice


def redis_reachable(url: str) -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=2).ping())
    except Exception:
        return False


def sitrep_night(db_url: str, replay_url: str, outlets: int, *extra: str) -> tuple[Measured, dict]:
    measured = run_measured(
        crawl_command(db_url, replay_url, outlets, *extra), env=synthetic_env(outlets)
    )
    if measured.code not in (0, 1) or not measured.stdout.strip():
        raise SystemExit(f"sitrep crawl failed ({measured.code}):\n{measured.stderr[-3000:]}")
    return measured, json.loads(measured.stdout)


def stage_seconds(summary: dict) -> dict[str, float]:
    """Seconds spent per stage, summed over sources (from the run summary's timings)."""
    totals = dict.fromkeys(STAGES, 0.0)
    for row in summary["sources"]:
        for stage, seconds in (row.get("timings") or {}).items():
            totals[stage] = totals.get(stage, 0.0) + seconds
    return totals


def postgres_database() -> str | None:
    """A fresh PostgreSQL database for the run, or ``None`` if no server answers."""
    try:
        from sqlalchemy import create_engine, text

        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("drop database if exists sitrep_bench_nightly"))
            connection.execute(text("create database sitrep_bench_nightly"))
        admin.dispose()
    except Exception:
        return None
    return PG_ADMIN.rsplit("/", 1)[0] + "/sitrep_bench_nightly"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=20)
    parser.add_argument("--days", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0", help="for the 2-worker run")
    parser.add_argument("--no-redis", action="store_true", help="skip the 2-worker run")
    parser.add_argument("--workdir", type=Path, help="keep the sites and databases here")
    parser.add_argument(
        "--set", dest="overrides", action="append", default=[], help="extra sitrep crawl setting"
    )
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-nightly-"))
    workdir.mkdir(parents=True, exist_ok=True)
    info = synthetic.generate(workdir / "sites", args.outlets, args.days, seed=args.seed)
    urls = [*info.discovery_urls, *info.report_urls]
    print(
        f"{args.outlets} outlets x {args.days} days: {len(info.report_urls)} reports, "
        f"{len(info.discovery_urls)} discovery pages, {info.bytes / 1e6:.0f} MB written"
    )
    extra = [arg for value in args.overrides for arg in ("--set", value)]
    results: dict[str, float | int | str] = {"pages": len(urls), "reports": len(info.report_urls)}
    with replay_server(workdir / "sites", workdir) as server:
        bare, responses = baseline(urls, server.url, workdir)
        results["baseline_pages_per_s"] = round(responses / bare.seconds, 1)
        results["baseline_rss_mb"] = round(bare.peak_rss_mb)
        results["baseline_cpu_ms_per_page"] = round(1000 * bare.cpu_seconds / responses, 1)
        engines = [("sqlite", f"sqlite:///{workdir / 'nightly.db'}")]
        pg = None if args.no_postgres else postgres_database()
        if pg:
            engines.append(("postgresql", pg))
        for engine, db_url in engines:
            Path(workdir / "nightly.db").unlink(missing_ok=True)
            measured, summary = sitrep_night(db_url, server.url, args.outlets, *extra)
            requests = sum(row["requests"] for row in summary["sources"])
            stored = sum(row["new"] for row in summary["sources"])
            prefix = "" if engine == "sqlite" else "pg_"
            results[f"{prefix}sitrep_pages_per_s"] = round(requests / measured.seconds, 1)
            results[f"{prefix}ratio"] = round(
                results[f"{prefix}sitrep_pages_per_s"] / results["baseline_pages_per_s"], 2
            )
            results[f"{prefix}peak_rss_mb"] = round(measured.peak_rss_mb)
            results[f"{prefix}cpu_ms_per_page"] = round(1000 * measured.cpu_seconds / requests, 1)
            results[f"{prefix}cores_used"] = round(measured.cpu_seconds / measured.seconds, 2)
            results[f"{prefix}stored"] = stored
            results[f"{prefix}requests"] = requests
            stages = stage_seconds(summary)
            print(
                f"\n{engine}: {requests} requests ({responses} for the baseline) in "
                f"{measured.seconds:.1f} s = {results[f'{prefix}sitrep_pages_per_s']} pages/s; "
                f"baseline {bare.seconds:.1f} s = {results['baseline_pages_per_s']} pages/s; "
                f"ratio {results[f'{prefix}ratio']}; stored {stored}/{len(info.report_urls)}; "
                f"peak RSS {measured.peak_rss_mb:.0f} MB (baseline {bare.peak_rss_mb:.0f} MB)"
            )
            for stage in STAGES:
                seconds = stages.get(stage, 0.0)
                per_page = 1000 * seconds / max(stored, 1)
                print(f"  {stage:<10} {seconds:8.2f} s  {per_page:6.2f} ms/report")
                if engine == "sqlite":
                    results[f"{stage}_ms"] = round(per_page, 2)
        if not args.no_redis and redis_reachable(args.redis):
            timings = {}
            for workers in (1, 2):
                seconds, stored, twice = workers_night(
                    workdir, server.url, args.outlets, workers, args.redis
                )
                timings[workers] = seconds
                results[f"redis_{workers}w_pages_per_s"] = round(len(urls) / seconds, 1)
                results[f"redis_{workers}w_stored"] = stored
                results[f"redis_{workers}w_twice"] = twice
                print(
                    f"\nredis frontier, {workers} worker(s): {seconds:.1f} s, "
                    f"{stored}/{len(info.report_urls)} stored, {twice} stored twice"
                )
            results["redis_2w_vs_1w"] = round(timings[1] / timings[2], 2)
    print()
    print(" ".join(f"{key}={value}" for key, value in results.items()))


if __name__ == "__main__":
    main()
