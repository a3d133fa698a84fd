"""The nightly crawl at scale against bare Scrapy and against the pipeline a user would write
instead, on a generated replay of N outlets x D days.

In one run, on the same generated sites served from a separate process on 127.0.0.1, and
``--rounds`` times over (default 2; each round runs the three in turn and sitrep a second
time after the peer, so that a drift of the machine's speed over a round cancels out of the
sitrep/peer ratios):

1. bare Scrapy: a spider per outlet fetching exactly the URLs sitrep fetches (discovery
   pages, monthly sitemaps and report pages) with sitrep's download stack and no parsing,
   the limit of the pace;
2. ``sitrep crawl`` of the same outlets into a fresh SQLite database whose schema was made
   beforehand, as every night but the first finds it (that one-off ``sitrep db upgrade`` is
   measured apart and printed after the table), once before the peer and once after it: the
   round's sitrep figures are the means of the two;
3. the peer (``benchmarks/peer_pipeline.py``): a Scrapy spider per outlet over the same
   discovery pages, trafilatura in an item pipeline, one SQLAlchemy Core insert per page
   into SQLite, with the same Scrapy settings.

For each it prints pages per second over the whole run and in steady state (after the
first answer), start-up (process start to the first answer), CPU ms per page (whole and
steady), cores used and peak PSS of the process tree, as median [min-max] over the rounds;
then sitrep/peer ratios round by round, the targets as PASS/FAIL lines, sitrep's time per
stage (fetch, extract, normalize, validate, dedupe, store, link); then a ``sitrep crawl``
into a fresh PostgreSQL database when one is reachable, and, when Redis answers, the same
night by one and by two crawl processes sharing a Redis frontier (each report must be
stored once); and, on the last line, ``key=value`` pairs::

    python benchmarks/nightly.py                          # 20 outlets x 25 days (~500 reports)
    python benchmarks/nightly.py --outlets 40 --days 250 --no-postgres --no-redis  # 10,000
    python benchmarks/nightly.py --rounds 3 --no-postgres

Every crawl uses sitrep's Scrapy settings with the politeness delays off (loopback), so the
ratios measure each one's own cost per page, not the delays a live night spends waiting.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
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
    Served,
    replay_server,
    run_measured,
    sitrep,
    synthetic_env,
    synthetic_sources,
)
from benchmarks._peer import peer_night, settings_differences, write_outlets
from benchmarks._phases import METRICS, Run, bracketed, ratios, run_of, spread, table

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
STAGES = ("fetch", "extract", "normalize", "validate", "dedupe", "store", "link")
# Settings a benchmark night needs: the whole history is fetched in one go.
UNCAPPED = (
    "--set",
    "SITREP_MAX_REPORTS_PER_SOURCE=1000000",
    "--set",
    "SITREP_DISCOVERY_WINDOW_DAYS=0",
)
# sitrep against the peer: (ratio, label, bound, whether the ratio must be at least the bound).
TARGETS = (
    ("pages_per_s", "pages/s", 2.0, True),
    ("cpu_ms", "CPU ms/page", 0.75, False),
    ("peak_mb", "peak PSS", 1.5, False),
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


def monthly_sitemaps(sites: Path) -> list[str]:
    """The monthly sitemaps the sitemap indexes list (sitrep and the peer fetch them too)."""
    return sorted(
        f"https://{path.parent.parent.name}/sitemaps/{path.name}"
        for path in sites.glob("*/sitemaps/*.xml")
    )


def sitrep_sqlite(
    workdir: Path, served: Served, outlets: int, extra: list[str]
) -> tuple[Run, dict]:
    """One measured ``sitrep crawl`` into a fresh SQLite file whose schema is made first, as
    every night after the first finds it (:func:`first_night_schema` measures that apart)."""
    database = workdir / "nightly.db"
    for path in (database, *workdir.glob("nightly.db-*")):
        path.unlink(missing_ok=True)
    first_night_schema(f"sqlite:///{database}")
    measured, summary = sitrep_night(f"sqlite:///{database}", served.url, outlets, *extra)
    stored = sum(row["new"] for row in summary["sources"])
    return run_of("sitrep", measured, served.answer_times(), stored), summary


SCHEMA_CPU: list[float] = []  # CPU seconds of each round's `sitrep db upgrade`


def first_night_schema(db_url: str) -> None:
    """Create the schema (``sitrep db upgrade``), a first night's one-off, outside the
    measured crawl; its CPU time is kept and printed apart."""
    upgrade = run_measured(sitrep("--db", db_url, "db", "upgrade"))
    if upgrade.code != 0:
        raise SystemExit(f"sitrep db upgrade failed:\n{upgrade.stderr[-2000:]}")
    SCHEMA_CPU.append(upgrade.cpu_seconds)


def print_stages(summary: dict) -> dict[str, float]:
    """Seconds and ms per report of each stage of one sitrep crawl; the ms per report."""
    stored = max(sum(row["new"] for row in summary["sources"]), 1)
    per_report = {}
    for stage, seconds in stage_seconds(summary).items():
        per_report[stage] = 1000 * seconds / stored
        print(f"  {stage:<10} {seconds:8.2f} s  {per_report[stage]:6.2f} ms/report")
    return per_report


def done(round_: int, runs: list[Run], run: Run, label: str | None = None) -> None:
    """Keep one crawl's figures and say them."""
    runs.append(run)
    say(round_, run, label or run.label)


def say(round_: int, run: Run, label: str) -> None:
    """One crawl's figures on one line (long nights print as they go)."""
    print(
        f"round {round_}, {label}: {run.pages} pages in {run.seconds:.1f} s "
        f"({run.pages_per_s:.1f} pages/s), {run.cpu_ms:.1f} CPU ms/page, "
        f"peak PSS {run.peak_mb:.0f} MB, {run.stored} stored",
        flush=True,
    )


def compare(runs: dict[str, list[Run]], results: dict[str, float | int | str]) -> None:
    """sitrep/peer ratios round by round, and the targets as PASS/FAIL lines."""
    print("\nsitrep / peer, median [min-max] over the rounds:")
    medians = {}
    for name, attribute, _ in METRICS:
        values = ratios(runs["sitrep"], runs["peer"], attribute)
        if not values:
            continue  # the peer has no such cost (no child processes)
        medians[attribute] = statistics.median(values)
        results[f"ratio_{attribute}"] = round(medians[attribute], 2)
        print(f"  {name:<20} {spread(values)}")
    print("\ntargets (medians of the round-by-round ratios):")
    for attribute, label, bound, at_least in TARGETS:
        value = medians[attribute]
        ok = value >= bound if at_least else value <= bound
        sign = ">=" if at_least else "<="
        print(f"  {'PASS' if ok else 'FAIL'}  {label} {value:.2f}x (target {sign} {bound}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=20)
    parser.add_argument("--days", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--rounds", type=int, default=2, help="bare, sitrep, peer, sitrep again: each round"
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0", help="for the 2-worker run")
    parser.add_argument("--no-redis", action="store_true", help="skip the 2-worker run")
    parser.add_argument("--workdir", type=Path, help="keep the sites and databases here")
    parser.add_argument(
        "--set", dest="overrides", action="append", default=[], help="extra sitrep crawl setting"
    )
    args = parser.parse_args()
    differences = settings_differences()
    if differences:
        raise SystemExit(
            "the peer's Scrapy settings differ from sitrep's: " + "; ".join(differences)
        )
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-nightly-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sites = workdir / "sites"
    info = synthetic.generate(sites, args.outlets, args.days, seed=args.seed)
    urls = [*info.discovery_urls, *monthly_sitemaps(sites), *info.report_urls]
    outlets_file = write_outlets(workdir / "outlets.json", args.outlets)
    print(
        f"{args.outlets} outlets x {args.days} days: {len(info.report_urls)} reports, "
        f"{len(urls) - len(info.report_urls)} discovery pages, "
        f"{info.bytes / 1e6:.0f} MB written; {args.rounds} round(s) of bare Scrapy, sitrep, peer, sitrep",
        flush=True,
    )
    extra = [arg for value in args.overrides for arg in ("--set", value)]
    results: dict[str, float | int | str] = {"pages": len(urls), "reports": len(info.report_urls)}
    runs: dict[str, list[Run]] = {"bare Scrapy": [], "sitrep": [], "peer": []}
    with replay_server(sites, workdir) as server:
        for round_ in range(1, args.rounds + 1):
            bare, _ = baseline(urls, server.url, workdir)
            done(
                round_, runs["bare Scrapy"], run_of("bare", bare, server.answer_times(), len(urls))
            )
            before, _ = sitrep_sqlite(workdir, server, args.outlets, extra)
            say(round_, before, "sitrep, before the peer")
            measured, peer = peer_night(outlets_file, workdir / "peer.db", server.url)
            done(
                round_,
                runs["peer"],
                run_of("peer", measured, server.answer_times(), peer["stored"]),
            )
            after, summary = sitrep_sqlite(workdir, server, args.outlets, extra)
            say(round_, after, "sitrep, after the peer")
            done(round_, runs["sitrep"], bracketed(before, after), "sitrep, the mean of both")
        print(f"\n{table(runs)}")
        for label, measured_runs in runs.items():
            key = label.split()[0].lower()
            results[f"{key}_stored"] = measured_runs[-1].stored
            for _, attribute, fmt in METRICS:
                values = [getattr(run, attribute) for run in measured_runs]
                results[f"{key}_{attribute}"] = fmt.format(statistics.median(values))
        schema_cpu = statistics.median(SCHEMA_CPU)
        results["first_night_schema_cpu_s"] = round(schema_cpu, 2)
        print(
            f"\nschema creation, once on a first night (`sitrep db upgrade`, not in the crawl "
            f"above): {schema_cpu:.2f} CPU s"
        )
        print("\nsitrep stages (SQLite, last round):")
        for stage, ms in print_stages(summary).items():
            results[f"{stage}_ms"] = round(ms, 2)
        compare(runs, results)
        pg = None if args.no_postgres else postgres_database()
        if pg:
            measured, summary = sitrep_night(pg, server.url, args.outlets, *extra)
            stored = sum(row["new"] for row in summary["sources"])
            run = run_of("pg", measured, server.answer_times(), stored)
            results["pg_pages_per_s"] = round(run.pages_per_s, 1)
            results["pg_cpu_ms"] = round(run.cpu_ms, 1)
            results["pg_peak_mb"] = round(run.peak_mb)
            results["pg_stored"] = stored
            print(
                f"\npostgresql: {run.pages_per_s:.1f} pages/s, {run.cpu_ms:.1f} CPU ms/page, "
                f"peak PSS {run.peak_mb:.0f} MB, stored {stored}/{len(info.report_urls)}"
            )
            print_stages(summary)
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
