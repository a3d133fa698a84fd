"""The crawl ledger: one row per run and per source's part of it, with counts and a status.

A Scrapy extension: it opens the source's row when the spider opens and fills
it from the crawler's stats and the spider's recorded failures when it closes,
so the outcome of every night is in the database, whatever happened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from pathlib import Path
from typing import Any, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.dbguard import CLOSE_REASONS, GUARD
from crawler.failures import FailureLog, add_failure, listed
from crawler.health import HISTORY_SIZE, Features, drift_reasons
from crawler.interrupts import interruption
from crawler.items import SELECTOR_DRIFT, SituationReport
from crawler.logs import exception_line
from crawler.normal_form import page_bytes
from crawler.paths import UnsafePath, url_file
from crawler.spiders.base import ReportSpider
from store.database import shared_database
from store.runs import close_source_run, open_source_run, recent_reports

logger = logging.getLogger(__name__)

STATUSES = ("ok", "no_new_report", "blocked", "discovery_broken", "parser_drift", "error")
FAILED_STATUSES = frozenset({"blocked", "discovery_broken", "parser_drift", "error"})


def run_id_of(crawler: Crawler) -> int | None:
    """The crawl run this crawler reports to (set by `sitrep crawl` or by the ledger)."""
    value = getattr(crawler, "sitrep_run_id", None) or crawler.settings.get("SITREP_RUN_ID")
    return int(value) if value else None


def source_status(stats: dict[str, Any], finish_reason: str | None, drift: list[str] = ()) -> str:
    """The health of one source's crawl, from its stats and drift findings.

    In order: the crawl did not finish (``error``); the site refused us — 403,
    429 or robots.txt — (``blocked``); discovery found no report link
    (``discovery_broken``); pages came but their fields look unlike the source's
    history (``parser_drift``); some report pages could not be fetched
    (``error``); otherwise ``ok`` or ``no_new_report``. Links left alone because they
    are dated outside a backfill's window are healthy: nothing was wanted there.
    On a shared frontier, what the other workers found for the source counts too.
    """
    stored = sum(stats.get(f"sitrep/store/{k}", 0) for k in ("new", "revised"))
    seen = stored + sum(
        stats.get(key, 0)
        for key in (
            "sitrep/store/unchanged",
            "sitrep/store/duplicate",
            "sitrep/reports/not_modified",
            "sitrep/reports/skip",
            "sitrep/reports/too_old",
            "sitrep/reports/too_new",
            "sitrep/reports/outside_window",
        )
    )
    # Discovery pages that answered 304 are healthy: nothing new since the last clean night;
    # so are those another worker of a shared frontier asked for, or parsed.
    unchanged_discovery = sum(
        stats.get(key, 0)
        for key in (
            "sitrep/discovery/not_modified",
            "sitrep/frontier/discovery_elsewhere",
            "sitrep/frontier/elsewhere/not_modified",
        )
    )
    matched = stats.get("sitrep/discovery/matched", 0) + stats.get(
        "sitrep/frontier/elsewhere/matched", 0
    )
    refused = sum(stats.get(f"downloader/response_status_count/{code}", 0) for code in (403, 429))
    refused += stats.get("sitrep/errors/robots", 0)
    if finish_reason not in (None, "finished"):
        return "error"
    if refused:
        return "blocked"
    if matched == 0 and not seen and not unchanged_discovery:
        return "discovery_broken"
    if drift:
        return "parser_drift"
    # On a shared frontier another worker may have fetched every link this one found.
    shared = stats.get("sitrep/frontier/shared", 0)
    if stats.get("sitrep/errors/report", 0) or not (seen or unchanged_discovery or shared):
        return "error"
    return "ok" if stored else "no_new_report"


MAX_SAMPLES = 3
MAX_DRIFT_NOTES = 5


def json_stats(stats: dict[str, Any]) -> dict[str, Any]:
    """The crawler's stats as JSON values (times as ISO strings, seconds rounded)."""
    values: dict[str, Any] = {}
    for key, value in sorted(stats.items()):
        if isinstance(value, dt.datetime):
            values[key] = value.isoformat()
        elif isinstance(value, float):
            values[key] = round(value, 4)
        elif isinstance(value, int | str | bool) or value is None:
            values[key] = value
    return values


def stage_timings(stats: dict[str, Any]) -> dict[str, float]:
    """Seconds per stage (fetch, extract, normalize, validate, dedupe, store, link)."""
    prefix = "sitrep/time/"
    return {k.removeprefix(prefix): v for k, v in stats.items() if k.startswith(prefix)}


def features_of(item: SituationReport) -> Features:
    return Features(
        body_chars=sum(len(p) for p in item.paragraphs),
        sections=sum(1 for s in item.sections if s.heading),
        has_authors=bool(item.authors),
        has_modified=item.modified_at is not None,
    )


def url_pattern_drift(spider: Spider) -> list[str]:
    """One note per report found by its feed or sitemap title whose URL no series pattern
    matches: the outlet changed its URL shape, and the source file needs the new one."""
    found = spider.url_pattern_drift if isinstance(spider, ReportSpider) else []
    urls = list(dict.fromkeys(found))
    notes = [
        f"url pattern drift: {url} is a report its url_pattern does not match: "
        f"update crawler/sources/{spider.name}.py"
        for url in urls[:MAX_DRIFT_NOTES]
    ]
    if len(urls) > MAX_DRIFT_NOTES:
        notes.append(f"url pattern drift: {len(urls) - MAX_DRIFT_NOTES} more such reports")
    return notes


def selector_drift_notes(found: Counter[str], reports: int, source: str) -> list[str]:
    """One note per stale source selector, with how many of tonight's reports it missed on."""
    return [
        f"{note} on {count} of {reports} reports: update crawler/sources/{source}.py"
        for note, count in found.most_common(MAX_DRIFT_NOTES)
    ]


def save_fixture_candidates(
    items: list[SituationReport], folder: str | None, source: str
) -> list[str]:
    """Write the pages behind ``items`` as a recorded-site tree (``<folder>/<source>/<host>/<path>``).

    The names come from URLs the outlet chose: one that would leave the folder (``..``,
    NUL bytes, names too long for a filesystem) is not saved, and the reason is logged.
    """
    saved = []
    for item in items:
        page = page_bytes(item)
        if not page or not folder:
            continue
        try:
            target = url_file(Path(folder) / source, item.url)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page)
        except (UnsafePath, OSError) as error:
            logger.warning("drift page of %s not saved: %s", source, error)
            continue
        saved.append(str(target))
    return saved


class CrawlLedger:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.source_run_id: int | None = None
        self._own_run = False
        self.tonight: list[Features] = []
        self.samples: list[SituationReport] = []  # pages kept as fixture candidates if drift shows
        self.quarantined: list[SituationReport] = []
        self.history: list[Features] = []  # read when the spider opens, before tonight's updates
        self.failure_log: FailureLog | None = None
        self.selector_drift: Counter[str] = Counter()  # note -> reports it was found on
        self.reports_read = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ledger = cls(crawler)
        crawler.signals.connect(ledger.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ledger.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ledger.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ledger.item_dropped, signal=signals.item_dropped)
        GUARD.watch(ledger.database, crawler)
        return ledger

    def item_scraped(self, item: Any) -> None:
        if isinstance(item, SituationReport):
            self.tonight.append(features_of(item))
            self.samples = [*self.samples[-(MAX_SAMPLES - 1) :], item]
            self._selectors_of(item)

    def _selectors_of(self, item: SituationReport) -> None:
        """Count the item's selector drift warnings (a stale source selector)."""
        self.reports_read += 1
        notes = {w for w in item.warnings if w.startswith(SELECTOR_DRIFT)}
        if notes:
            self.crawler.stats.inc_value("sitrep/extract/selector_drift")
            self.selector_drift.update(notes)

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        if isinstance(item, SituationReport) and "quarantined" in str(exception):
            self.quarantined = [*self.quarantined[-(MAX_SAMPLES - 1) :], item]
            self._selectors_of(item)

    @property
    def database(self):  # type: ignore[no-untyped-def]
        return shared_database(self.crawler.settings.get("SITREP_DATABASE_URL"))

    def spider_opened(self, spider: Spider) -> None:
        self.failure_log = FailureLog(self.crawler, spider)
        logging.root.addHandler(self.failure_log)
        try:
            self.history = self._history(spider.name)
        except Exception as error:  # a missing history only disables the drift check
            if not GUARD.check(error):
                reason = f"could not read the history of {spider.name}: {exception_line(error)}"
                logger.warning(reason, extra={"spider": spider, "reason": reason})
                add_failure(self.crawler, spider, None, reason, kind="ledger")
        if GUARD.stopped:
            return  # nothing more is written into a database out of use
        try:
            with self.database.session() as session:
                run_id, self.source_run_id, self._own_run = open_source_run(
                    session,
                    run_id_of(self.crawler),
                    spider.name,
                    replay=bool(self.crawler.settings.get("SITREP_REPLAY_URL")),
                )
            self.crawler.sitrep_run_id = run_id  # type: ignore[attr-defined]
        except Exception as error:  # the ledger must never stop a crawl
            logger.warning(
                "could not open the crawl ledger for %s: %s", spider.name, exception_line(error)
            )

    def _history(self, slug: str) -> list[Features]:
        """The source's latest reports stored before this run."""
        with self.database.session() as session:
            rows = recent_reports(session, slug, HISTORY_SIZE)
        return [
            Features(
                len(body.replace("\n\n", "")),
                sum(1 for s in sections if s.get("heading")),
                bool(authors),
                modified is not None,
            )
            for body, sections, authors, modified in rows
        ]

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.failure_log is not None:
            logging.root.removeHandler(self.failure_log)
        if self.source_run_id is None or GUARD.stopped or reason in CLOSE_REASONS:
            return
        if reason == "shutdown":  # a signal, or the crawl was stopped
            add_failure(
                self.crawler,
                spider,
                None,
                f"interrupted ({interruption() or 'shutdown'}) before the source finished",
                kind="interrupted",
            )
        stats = self.crawler.stats.get_stats()
        quarantined = stats.get("sitrep/quarantined", 0)
        try:
            drift = drift_reasons(self.tonight, self.history, quarantined)
        except Exception as error:
            logger.warning("drift check failed for %s: %s", spider.name, exception_line(error))
            drift = []
        status = source_status(stats, reason, drift)
        if status == "parser_drift":
            saved = save_fixture_candidates(
                self.quarantined or self.samples,
                self.crawler.settings.get("SITREP_DRIFT_DIR"),
                spider.name,
            )
            drift = [*drift, *(f"page saved: {path}" for path in saved)]
        drift = [
            *drift,
            *url_pattern_drift(spider),
            *selector_drift_notes(self.selector_drift, self.reports_read, spider.name),
        ]
        try:
            errors = stats.get("sitrep/errors", 0)
            prefix = "downloader/response_status_count/"
            fields = {
                "finish_reason": reason,
                "status": status,
                "requests": stats.get("downloader/request_count", 0),
                "discovered": stats.get("sitrep/discovery/unique", 0),
                **{k: stats.get(f"sitrep/store/{k}", 0) for k in ("new", "revised", "unchanged")},
                "duplicate": stats.get("sitrep/store/duplicate", 0),
                "quarantined": stats.get("sitrep/quarantined", 0),
                "not_modified": stats.get("sitrep/reports/not_modified", 0),
                # Known pages not asked for, and reports dated outside a backfill's window.
                "skipped": sum(
                    stats.get(f"sitrep/reports/{k}", 0)
                    for k in ("skip", "too_new", "outside_window")
                ),
                # Every failure counted has its entry (and reason) in the list.
                "errors": errors,
                "failures": listed(getattr(spider, "failures", []), errors),
                "drift": drift,
                "http_status_counts": {
                    k.removeprefix(prefix): v for k, v in stats.items() if k.startswith(prefix)
                },
                "stats": json_stats(stats),
            }
            with self.database.session() as session:
                close_source_run(
                    session,
                    self.source_run_id,
                    fields,
                    close_run=self._own_run,
                    failed=status in FAILED_STATUSES,
                )
        except Exception as error:
            if not GUARD.check(error):
                logger.error(
                    "could not close the crawl ledger for %s: %s",
                    spider.name,
                    exception_line(error),
                )
        self.crawler.stats.set_value("sitrep/status", status)
