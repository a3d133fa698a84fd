"""Per-item cost of dedupe + store as the history grows (SQLite).

For each history size (default 10k, 100k and 1M synthetic stored reports) the
script builds a database at schema head, then pushes a fixed batch of items
through the same code the pipelines run — ``find_match`` (the whole ladder:
URLs, content hash, SimHash bands, identity) and ``save_report`` in one
transaction each — half of them new reports, half unchanged refetches. It
prints milliseconds per item for each size and the ratio of the largest to the
smallest size, measured in the same run; the last line is ``key=value`` pairs.

    python benchmarks/dedupe_store.py                 # 10k, 100k, 1M (a few minutes)
    python benchmarks/dedupe_store.py --sizes 10000 100000 --items 400
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The figures in docs/benchmarks.md were measured with a 64 MiB SQLite page cache.
os.environ.setdefault("SITREP_SQLITE_CACHE_MIB", "64")

from crawler.items import Section, SituationReport
from crawler.similarity import bands, to_signed
from crawler.sources import get_source
from pipelines.normalize import normalize_report
from store.database import Database
from store.models import Report, ReportUrl
from store.repository import find_match, sync_source
from store.writes import save_report

EPOCH = dt.date(2000, 1, 1)
WORDS = [
    "kiev",
    "moscou",
    "frappe",
    "drones",
    "otan",
    "soldats",
    "front",
    "region",
    "ville",
    "nuit",
    "armee",
    "missiles",
    "defense",
    "energie",
    "aide",
    "europe",
    "accord",
    "sommet",
    "ministre",
    "president",
    "civils",
    "blesses",
    "morts",
    "attaque",
]


def _fill(db: Database, size: int, source_id: int, series_id: int, seed: int) -> None:
    """Insert ``size`` synthetic reports (and two URLs each) in large batches."""
    rng = random.Random(seed)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    batch = 20_000
    for start in range(0, size, batch):
        reports, urls = [], []
        for i in range(start, min(size, start + batch)):
            fingerprint = rng.getrandbits(64)
            b0, b1, b2, b3 = bands(fingerprint)
            url = f"https://www.midilibre.fr/history/{i}-le-point-sur-la-situation-{i}.php"
            reports.append(
                {
                    "id": i + 1,
                    "source_id": source_id,
                    "series_id": series_id,
                    "report_date": EPOCH + dt.timedelta(days=i),
                    "url": url,
                    "title": f"Rapport {i}",
                    "body": "x",
                    "content_hash": hashlib.sha256(str(i).encode()).hexdigest(),
                    "simhash": to_signed(fingerprint),
                    "sim_band0": b0,
                    "sim_band1": b1,
                    "sim_band2": b2,
                    "sim_band3": b3,
                    "authors": [],
                    "sections": [],
                    "captions": [],
                    "provenance": {},
                    "is_paywalled": False,
                    "revision_count": 1,
                    "first_seen_at": now,
                    "last_seen_at": now,
                }
            )
            urls.append(
                {
                    "report_id": i + 1,
                    "url": url,
                    "kind": "fetched",
                    "first_seen_at": now,
                    "last_seen_at": now,
                }
            )
        with db.session() as session:
            session.execute(insert(Report), reports)
            session.execute(insert(ReportUrl), urls)


def _item(i: int, rng: random.Random) -> SituationReport:
    day = dt.date(2031, 1, 1) + dt.timedelta(days=i)
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(8)]
    item = SituationReport(
        source="midilibre",
        series="ukraine-daily",
        url=f"https://www.midilibre.fr/{day:%Y/%m/%d}/guerre-en-ukraine-le-point-sur-la-situation-{i}.php",
        title="Guerre en Ukraine : le point sur la situation",
        published_at=dt.datetime.combine(day, dt.time(7, 10), tzinfo=dt.UTC),
        sections=[Section("Sur le front", paragraphs)],
    )
    return normalize_report(item, get_source("midilibre"))


def measure(size: int, items: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        db.upgrade()
        with db.session() as session:
            source_id, series = sync_source(session, get_source("midilibre"))
        build = time.perf_counter()
        _fill(db, size, source_id, series["ukraine-daily"], seed)
        build = time.perf_counter() - build
        rng = random.Random(seed + 1)
        batch = [_item(i, rng) for i in range(items // 2)]
        started = time.perf_counter()
        for item in batch + batch:  # each new item, then its unchanged refetch
            with db.session() as session:
                match = find_match(session, source_id, series["ukraine-daily"], item)
                item.match_report_id = match.report_id if match else None
                item.match_rule = match.rule if match else None
                save_report(
                    session,
                    item,
                    source_id=source_id,
                    series_id=series["ukraine-daily"],
                    domains=("midilibre.fr",),
                    store_html=False,
                )
        elapsed = time.perf_counter() - started
        db.dispose()
    return {"size": size, "ms_per_item": 1000 * elapsed / (2 * len(batch)), "build_s": build}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--items", type=int, default=1000, help="items pushed through per size (half new)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    results = []
    for size in args.sizes:
        result = measure(size, args.items, args.seed)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"history {size:>9,}: {result['ms_per_item']:.3f} ms/item "
            f"(history built in {result['build_s']:.1f} s; peak RSS so far {rss:.0f} MB)",
            flush=True,
        )
        results.append(result)
    smallest, largest = results[0], results[-1]
    ratio = largest["ms_per_item"] / smallest["ms_per_item"]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pairs = [f"ms_per_item_{r['size']}={r['ms_per_item']:.3f}" for r in results]
    pairs += [f"ratio_{largest['size']}_{smallest['size']}={ratio:.2f}", f"peak_rss_mb={rss:.0f}"]
    print(" ".join(pairs))


if __name__ == "__main__":
    main()
