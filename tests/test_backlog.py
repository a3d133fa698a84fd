"""Back-pressure between the downloads and the extraction workers (crawler/backlog.py)."""

from __future__ import annotations

from twisted.internet.defer import Deferred

from crawler.backlog import Backlog
from crawler.workers import ExtractionPool

from .conftest import CORE, SITES, assert_each_report_stored_once, core_reports, crawl


def test_a_page_waits_while_the_backlog_is_full_and_goes_when_room_is_made(
    project_reactor: object,
) -> None:
    pool = ExtractionPool(2)  # its workers never start: no task is run
    backlog = Backlog(pool, limit=2)
    first, second = (Deferred.fromCoroutine(backlog.enter()) for _ in range(2))
    assert first.called and second.called
    third = Deferred.fromCoroutine(backlog.enter())
    assert not third.called and backlog.downloading == 2
    pool.pending += 1  # a downloaded page waits for a worker ...
    backlog.leave()  # ... its download done
    assert not third.called  # still two pages ahead of it
    pool.pending -= 1
    for listener in pool.on_task_done:  # what the pool does when a task finishes
        listener()
    assert third.called and backlog.downloading == 2


def test_a_night_with_a_backlog_of_one_page_stores_every_report(sqlite_url: str) -> None:
    result = crawl(
        sqlite_url,
        SITES,
        *("--set", "SITREP_EXTRACT_BACKLOG=1", "--set", "SITREP_EXTRACT_WORKERS=2"),
        sources=CORE,
    )
    assert result.code == 0, result.stderr[-2000:]
    assert_each_report_stored_once(sqlite_url, len(core_reports()))


def test_a_shared_frontier_crawl_holds_no_request_back() -> None:
    """With Redis, a killed worker loses the discovery pages it has in flight: holding report
    requests in the downloader would keep them there longer."""
    from scrapy.utils.test import get_crawler

    from crawler.backlog import ExtractionBacklog

    local = get_crawler(settings_dict={"SITREP_EXTRACT_WORKERS": 2})
    shared = get_crawler(
        settings_dict={"SITREP_EXTRACT_WORKERS": 2, "SITREP_REDIS_URL": "redis://127.0.0.1:6379/0"}
    )
    assert ExtractionBacklog.from_crawler(local).backlog is not None
    assert ExtractionBacklog.from_crawler(shared).backlog is None


def test_a_cancelled_wait_gives_its_turn_to_the_next_page(project_reactor: object) -> None:
    pool = ExtractionPool(2)
    backlog = Backlog(pool, limit=1)
    Deferred.fromCoroutine(backlog.enter())
    cancelled = Deferred.fromCoroutine(backlog.enter())
    waiting = Deferred.fromCoroutine(backlog.enter())
    cancelled.cancel()  # a request whose crawl stopped while it waited
    cancelled.addErrback(lambda failure: None)
    backlog.leave()
    assert waiting.called and backlog.downloading == 1
