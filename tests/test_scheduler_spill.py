"""The local frontier (crawler/scheduler.py): pending requests in memory up to a bound, on disk
beyond it, in the order a crawl needs them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings
from crawler.scheduler import SpillingScheduler


@pytest.fixture
def open_scheduler(tmp_path: Path) -> Iterator[Any]:
    """Makes schedulers as Scrapy does (``from_crawler``, ``open``), spilling to ``tmp_path``;
    closes them afterwards."""
    opened: list[SpillingScheduler] = []

    def make(bound: int, **settings: Any) -> SpillingScheduler:
        crawler = get_crawler(
            Spider,
            settings_dict={
                "SCHEDULER": project_settings.SCHEDULER,
                "SITREP_SPILL_FRONTIER": True,
                "SITREP_SPILL_DIR": str(tmp_path / "spill"),
                "SITREP_FRONTIER_MEMORY_REQUESTS": bound,
                **settings,
            },
        )
        # The default priority queue asks the downloader how busy each site is.
        crawler.engine = SimpleNamespace(  # type: ignore[assignment]
            downloader=SimpleNamespace(slots={}, get_slot_key=lambda r: urlsplit(r.url).hostname)
        )
        scheduler = SpillingScheduler.from_crawler(crawler)
        scheduler.open(Spider("frontier"))
        opened.append(scheduler)
        return scheduler

    yield make
    for scheduler in opened:
        scheduler.close("finished")
    assert SpillingScheduler.held == 0


def report(n: int) -> Request:
    return Request(f"https://example.org/report-{n}")


def discovery(n: int) -> Request:
    return Request(f"https://example.org/feed-{n}", priority=10)


def drain(scheduler: SpillingScheduler) -> list[str]:
    urls = []
    while (request := scheduler.next_request()) is not None:
        urls.append(request.url.rsplit("/", 1)[1])
    return urls


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*")] if folder.exists() else []


def test_a_frontier_under_the_bound_never_touches_the_disk(
    open_scheduler: Any, tmp_path: Path
) -> None:
    scheduler = open_scheduler(bound=50)
    for n in range(40):
        assert scheduler.enqueue_request(report(n))
    stats = scheduler.stats.get_stats()
    assert stats["scheduler/enqueued/memory"] == stats["scheduler/enqueued"] == 40
    assert "scheduler/enqueued/disk" not in stats
    assert scheduler.spill_dir is None and files_under(tmp_path / "spill") == []
    assert SpillingScheduler.held == 40
    assert sorted(drain(scheduler)) == sorted(f"report-{n}" for n in range(40))
    assert SpillingScheduler.held == 0


def test_a_frontier_over_the_bound_spills_the_rest_and_removes_its_folder(
    open_scheduler: Any,
) -> None:
    scheduler = open_scheduler(bound=5)
    for n in range(12):
        scheduler.enqueue_request(report(n))
    stats = scheduler.stats.get_stats()
    assert (stats["scheduler/enqueued/memory"], stats["scheduler/enqueued/disk"]) == (5, 7)
    assert scheduler.spill_dir is not None and files_under(scheduler.spill_dir)
    assert len(scheduler) == 12
    assert sorted(drain(scheduler)) == sorted(f"report-{n}" for n in range(12))
    stats = scheduler.stats.get_stats()
    assert (stats["scheduler/dequeued/memory"], stats["scheduler/dequeued/disk"]) == (5, 7)
    folder = scheduler.spill_dir
    scheduler.close("finished")
    assert not folder.exists()


def test_the_bound_counts_every_spider_of_the_process(open_scheduler: Any) -> None:
    first, second = open_scheduler(bound=6), open_scheduler(bound=6)
    for n in range(4):
        first.enqueue_request(report(n))
    for n in range(4):
        second.enqueue_request(report(n))
    assert first.stats.get_value("scheduler/enqueued/disk") is None
    assert second.stats.get_value("scheduler/enqueued/disk") == 2
    drain(first)
    drain(second)


def test_spilled_requests_wait_for_at_most_the_bound(open_scheduler: Any) -> None:
    """Memory is served first, by priority; once a spider has spilled, what it schedules next
    follows to disk (where priority holds too), so a spilled report is never overtaken by
    requests scheduled after it in memory."""
    scheduler = open_scheduler(bound=3)
    for n in range(1, 6):
        scheduler.enqueue_request(report(n))  # 1-3 in memory, 4-5 on disk
    scheduler.enqueue_request(discovery(1))  # behind the spilled reports: on disk
    assert scheduler.next_request().url.endswith("report-3")  # type: ignore[union-attr]
    scheduler.enqueue_request(report(6))  # still on disk: the disk queue is not empty
    assert drain(scheduler) == [
        "report-2",
        "report-1",
        "feed-1",
        "report-6",
        "report-5",
        "report-4",
    ]
    # The disk queue is empty again: memory takes new requests, discovery first.
    scheduler.enqueue_request(report(7))
    scheduler.enqueue_request(discovery(2))
    assert drain(scheduler) == ["feed-2", "report-7"]
    stats = scheduler.stats.get_stats()
    assert (stats["scheduler/enqueued/memory"], stats["scheduler/enqueued/disk"]) == (5, 4)


def test_a_spill_folder_that_cannot_be_made_keeps_requests_in_memory(
    open_scheduler: Any, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    scheduler = open_scheduler(bound=2, SITREP_SPILL_DIR=str(blocker / "spill"))
    for n in range(6):
        scheduler.enqueue_request(report(n))
    stats = scheduler.stats.get_stats()
    assert stats["sitrep/frontier/spill_failed"] == 1
    assert stats["scheduler/enqueued/memory"] == 6
    assert len(drain(scheduler)) == 6


def test_without_spilling_or_with_a_jobdir_it_is_scrapys_scheduler(
    open_scheduler: Any, tmp_path: Path
) -> None:
    unspilled = open_scheduler(bound=0, SITREP_SPILL_FRONTIER=False)
    unspilled.enqueue_request(report(1))
    assert unspilled.stats.get_value("scheduler/enqueued/memory") == 1
    resumable = open_scheduler(bound=100, JOBDIR=str(tmp_path / "job"))
    resumable.enqueue_request(report(1))
    assert resumable.stats.get_value("scheduler/enqueued/disk") == 1
    assert resumable.spill_dir is None
    assert drain(unspilled) == drain(resumable) == ["report-1"]
