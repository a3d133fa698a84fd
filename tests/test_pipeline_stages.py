"""The item pipelines in-process, the way Scrapy tests its own components.

Each stage is built with ``from_crawler`` on a crawler made by ``scrapy.utils.test.get_crawler``
with the project's own settings (``crawler/settings.py``) and a real SQLite file; items are
the ones sitrep's spiders yield for the recorded golden pages (``read_report_page``), as
fetched or with the edits a site makes (tracking links, AMP and mobile hosts, corrections,
republications). Coroutines and Deferreds the stages return are run as Scrapy runs them:
on the installed reactor (the project's epoll reactor), turned until they fire.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import inspect
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler
from sqlalchemy import event, func, select
from sqlalchemy.exc import DataError
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

import crawler.settings as project_settings
from crawler.items import FetchInfo, Section, SituationReport
from crawler.normal_form import content_hash
from crawler.page_codec import decompress_page
from crawler.report import read_report_page, report_from_html
from crawler.similarity import hamming
from crawler.sources import get_source
from crawler.spiders.registry import MidilibreSpider
from crawler.workers import extraction_pool_for
from pipelines.dedupe import DedupePipeline
from pipelines.link import LinkPipeline
from pipelines.normalize import NormalizePipeline
from pipelines.store import StorePipeline
from pipelines.validate import ValidatePipeline
from store.database import Database, shared_database
from store.fetch_state import known_pages
from store.links import link_all
from store.models import FetchState, Quarantine, Report, ReportLink, SourceRow
from store.queries import iter_reports, report_links, report_query, report_values

from .conftest import TESTS

GOLDEN = TESTS / "golden"
# The project's settings as Scrapy reads a settings module: its upper-case names.
PROJECT_SETTINGS = {name: value for name, value in vars(project_settings).items() if name.isupper()}
STAGE_ORDER = [
    NormalizePipeline,
    ValidatePipeline,
    DedupePipeline,
    StorePipeline,
    LinkPipeline,
]
# The golden report used by most tests, and the one whose site links to it with a tracking query.
DAY = "2024-04-04"
LINKED_DAY = "2024-04-07"


# -- running stages as Scrapy does --------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def reactor() -> Any:
    """The reactor the project's settings name (what ``sitrep crawl`` installs)."""
    from scrapy.utils.reactor import (
        install_reactor,
        is_reactor_installed,
        verify_installed_reactor,
    )

    if not is_reactor_installed():
        install_reactor(PROJECT_SETTINGS["TWISTED_REACTOR"])
    verify_installed_reactor(PROJECT_SETTINGS["TWISTED_REACTOR"])
    from twisted.internet import reactor

    return reactor


@pytest.fixture(scope="module", autouse=True)
def extraction_workers() -> Iterator[None]:
    """The extraction worker processes normalize sends items to, shut down after the module."""
    yield
    extraction_pool_for(Settings(PROJECT_SETTINGS)).close()


def settle(result: Any, timeout: float = 20.0) -> Any:
    """What a pipeline method returned, once Scrapy has run it: a coroutine becomes a Deferred
    (``deferred_from_coro``, as Scrapy's pipeline manager does), and the reactor turns until the
    Deferred fires (store batches flush on a reactor timer, worker results come back through
    it); an exception it failed with is raised here."""
    from twisted.internet import reactor

    result = deferred_from_coro(result)
    if not isinstance(result, Deferred):
        return result
    deadline = time.monotonic() + timeout
    while not result.called:
        assert time.monotonic() < deadline, "the Deferred never fired"
        reactor.iterate(0.005)  # type: ignore[attr-defined]
    outcome: list[Any] = []
    result.addBoth(outcome.append)
    if isinstance(outcome[0], Failure):
        outcome[0].raiseException()
    return outcome[0]


@dataclass
class Stages:
    """The five pipelines of one crawler, built and opened as Scrapy builds and opens them."""

    crawler: Crawler
    normalize: NormalizePipeline
    validate: ValidatePipeline
    dedupe: DedupePipeline
    store: StorePipeline
    link: LinkPipeline

    @classmethod
    def open(cls, crawler: Crawler) -> Stages:
        wired = sorted(crawler.settings.getdict("ITEM_PIPELINES").items(), key=lambda kv: kv[1])
        built = [load_object(path).from_crawler(crawler) for path, _ in wired]
        assert [type(stage) for stage in built] == STAGE_ORDER
        for stage in built:
            if hasattr(stage, "open_spider"):
                settle(stage.open_spider())
        return cls(crawler, *built)

    @property
    def pipelines(self) -> list[Any]:
        return [self.normalize, self.validate, self.dedupe, self.store, self.link]

    def run(self, item: SituationReport) -> SituationReport:
        """The item through every stage in order (a stage's DropItem is raised)."""
        for stage in self.pipelines:
            if stage is self.dedupe:
                item = self.dedupe_item(item)
            elif stage is self.store:
                item = self.store_item(item)
            else:
                item = settle(stage.process_item(item))
        return item

    def dedupe_item(self, item: SituationReport) -> SituationReport:
        """The item through the dedupe stage, its batch looked up at once instead of after
        the batch timer (SITREP_STORE_BATCH_SECONDS)."""
        waiting = deferred_from_coro(self.dedupe.process_item(item))
        if not waiting.called:
            assert self.dedupe.checker.pending[-1][0][2] is item
            self.dedupe.checker.flush()
            assert waiting.called
        return settle(waiting)

    def store_item(self, item: SituationReport) -> SituationReport:
        """The item through the store stage. It waits in the batch for the batch timer
        (SITREP_STORE_BATCH_SECONDS); the timer's own call is made at once instead of turning
        the reactor for 0.25 s per item (the real wait is tested on its own)."""
        waiting = deferred_from_coro(self.store.process_item(item))
        if not waiting.called:
            assert self.store.batcher.pending[-1][0][0] is item
            self.store.batcher.flush()
            assert waiting.called
        return settle(waiting)

    def close(self) -> None:
        for stage in reversed(self.pipelines):  # Scrapy closes them last-opened first
            if hasattr(stage, "close_spider"):
                settle(stage.close_spider())

    def stat(self, key: str) -> Any:
        return self.crawler.stats.get_value(key)

    def stats(self, prefix: str) -> dict[str, Any]:
        return {
            key: value
            for key, value in self.crawler.stats.get_stats().items()
            if key.startswith(prefix)
        }


@pytest.fixture(scope="module")
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file brought to head by the store package once; each test gets a copy."""
    path = tmp_path_factory.mktemp("schema") / "sitrep.db"
    database = Database(f"sqlite:///{path}")
    assert database.ensure_schema(auto_migrate=True) is not None
    assert database.is_current()
    database.dispose()
    return path


@pytest.fixture
def database_url(tmp_path: Path, schema_template: Path) -> Iterator[str]:
    shutil.copy(schema_template, tmp_path / "sitrep.db")
    url = f"sqlite:///{tmp_path / 'sitrep.db'}"
    yield url
    shared_database(url).dispose()


def make_crawler(database_url: str, **settings: Any) -> Crawler:
    return get_crawler(
        MidilibreSpider,
        {**PROJECT_SETTINGS, "SITREP_DATABASE_URL": database_url, **settings},
    )


@pytest.fixture
def stages(database_url: str) -> Iterator[Stages]:
    opened = Stages.open(make_crawler(database_url))
    yield opened
    opened.close()


# -- items as the spiders yield them ------------------------------------------------------


def golden(source: str, day: str) -> dict[str, Any]:
    return json.loads((GOLDEN / source / f"{day}.json").read_text("utf-8"))


def page(source: str, day: str) -> bytes:
    return (TESTS / golden(source, day)["page"]).read_bytes()


def edited(body: bytes, edit: Callable[[Any], None]) -> bytes:
    """The page after ``edit`` changed its parsed tree."""
    tree = lxml_html.fromstring(body)
    edit(tree)
    return lxml_html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


def without_canonical(body: bytes) -> bytes:
    """The page declaring no URL of its own (no rel=canonical, og:url or JSON-LD address),
    as many AMP and mobile pages do."""

    def strip(tree: Any) -> None:
        for element in tree.xpath("//link[@rel='canonical'] | //meta[@property='og:url']"):
            element.drop_tree()
        for script in tree.xpath("//script[@type='application/ld+json']"):
            data = json.loads(script.text)
            for node in data if isinstance(data, list) else [data]:
                node.pop("url", None)
                node.pop("mainEntityOfPage", None)
            script.text = json.dumps(data)

    return edited(body, strip)


def body_paragraphs(tree: Any) -> list[Any]:
    return tree.cssselect("div.article-full__body-content p")


def fetched(
    source: str,
    day: str,
    *,
    url: str | None = None,
    body: bytes | None = None,
    etag: str | None = None,
) -> SituationReport:
    """The item sitrep's spider yields for the golden page of ``source`` on ``day`` (or
    ``body``) fetched at ``url`` from a listing link: extracted and normalized by
    ``read_report_page``, exactly as in a worker (a fresh copy each time: a page is read
    once per session)."""
    expected = golden(source, day)
    url = url or expected["url"]
    body = page(source, day) if body is None else body
    return copy.deepcopy(_read(source, day, url, body, etag))


@functools.cache
def _read(source: str, day: str, url: str, body: bytes, etag: str | None) -> SituationReport:
    expected = golden(source, day)
    listings = get_source(source).listings
    fetch = FetchInfo(
        fetched_at=dt.datetime.fromisoformat(expected["fetched_at"]),
        discovered_via="listing",
        discovery_url=listings[0] if listings else None,
        etag=etag,
        last_modified="Thu, 04 Apr 2024 19:55:00 GMT",
        response_bytes=len(body),
    )
    read = read_report_page(
        body,
        "text/html; charset=utf-8",
        source,
        expected["expected"]["series"],
        fetch,
        url,
        [url],
    )
    assert read.item is not None, read.error
    return read.item


# -- reading what was stored ---------------------------------------------------------------


@dataclass
class Stored:
    values: dict[str, Any]
    urls: dict[str, str]  # url -> kind
    revisions: list[
        tuple[int, str, dt.datetime | None, bytes | None]
    ]  # number, hash, modified, page
    links: list[dict[str, Any]]


def stored(database_url: str, *sources: str) -> list[Stored]:
    """The reports of ``sources`` as the store package reads them (newest first)."""
    database = Database(database_url, read_only=True)
    try:
        with database.session() as session:
            found = []
            for report in iter_reports(session, report_query(sources=sources)):
                found.append(
                    Stored(
                        report_values(report),
                        {u.url: u.kind for u in report.urls},
                        [
                            (r.number, r.content_hash, r.modified_at, r.html_compressed)
                            for r in sorted(report.revisions, key=lambda r: r.number)
                        ],
                        report_links(session, report),
                    )
                )
            return found
    finally:
        database.dispose()


def quarantined(database_url: str) -> list[Quarantine]:
    database = Database(database_url, read_only=True)
    try:
        with database.session() as session:
            return list(session.scalars(select(Quarantine).order_by(Quarantine.id)))
    finally:
        database.dispose()


def count(database_url: str, model: type) -> int:
    database = Database(database_url, read_only=True)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        database.dispose()


def aware(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


# -- wiring ------------------------------------------------------------------------------------


def test_stages_are_built_from_the_project_settings_in_their_order(stages: Stages) -> None:
    settings = stages.crawler.settings
    assert settings.get("SITREP_DATABASE_URL").endswith("/sitrep.db")
    assert settings.getdict("ITEM_PIPELINES") == project_settings.ITEM_PIPELINES
    assert settings.getint("SITREP_STORE_BATCH") == project_settings.SITREP_STORE_BATCH
    assert settings.get("TWISTED_REACTOR") == project_settings.TWISTED_REACTOR
    assert [type(stage) for stage in stages.pipelines] == STAGE_ORDER
    # What Scrapy has to await: validate is a plain call, the others coroutines.
    assert [inspect.iscoroutinefunction(stage.process_item) for stage in stages.pipelines] == [
        True,
        False,
        True,
        True,
        True,
    ]
    assert [hasattr(stage, "open_spider") for stage in stages.pipelines] == [
        True,
        False,
        True,
        True,
        False,
    ]
    item = fetched("midilibre", DAY)
    assert settle(stages.normalize.process_item(item)) is item
    assert stages.validate.process_item(item) is item


def test_open_spider_creates_the_schema_of_an_empty_database(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    database = Database(url)
    head = database.head_revision()
    assert database.current_revision() is None
    caplog.set_level("INFO", logger="pipelines.store")
    opened = Stages.open(make_crawler(url))
    try:
        assert database.current_revision() == head
        assert f"database schema upgraded from empty to {head}" in caplog.text
        assert opened.run(fetched("midilibre", DAY)).store_outcome == "new"
    finally:
        opened.close()
        database.dispose()
        shared_database(url).dispose()


# -- normalize ---------------------------------------------------------------------------------


def test_normalize_brings_an_extracted_page_to_the_contract_in_a_worker(stages: Stages) -> None:
    """An item as a spider that does not normalize yields it, with the untidy text and naive
    local time some sites give: the extraction worker (the real default pool) returns it in
    the normal form the spiders' own items have."""
    expected = golden("midilibre", DAY)
    source = get_source("midilibre")
    html = page("midilibre", DAY)
    raw = report_from_html(
        html, expected["url"], source=source, fetched_at=aware(expected["fetched_at"])
    )
    published = aware(expected["expected"]["published_at"])
    raw.title = f"  {raw.title}\u00a0 "
    raw.authors = [" Clément  Roussel", "Clément Roussel", ""]
    raw.published_at = published.replace(tzinfo=None)  # local wall time, no offset
    raw.sections = [*raw.sections, Section("  ", ["", "   "])]  # an empty block at the end
    assert not raw.normalized and raw.content_hash is None and raw.html == html
    assert stages.normalize.pool.workers == (os.cpu_count() or 1)  # the default: worker processes

    item = settle(stages.normalize.process_item(raw))

    assert item is not raw  # it went to a worker process and came back
    assert item.normalized is True
    assert item.title == expected["expected"]["title"]
    assert item.authors == ["Clément Roussel"]
    assert item.published_at == published and item.published_at.utcoffset() == dt.timedelta(hours=2)
    assert item.report_date == dt.date(2024, 4, 4)
    assert [s.heading for s in item.sections if s.heading] == expected["expected"][
        "section_headings"
    ]
    assert item.url_variants == [expected["url"]]  # the URL fetched is its canonical URL
    assert item.normalized_url == expected["url"].replace("://www.", "://")
    assert item.content_hash == content_hash(item)
    assert item.html is None and decompress_page(item.html_compressed) == html
    # The same page read by a spider's worker trip gives the same report.
    spider_item = fetched("midilibre", DAY)
    assert (item.content_hash, item.simhash) == (spider_item.content_hash, spider_item.simhash)
    assert stages.stat("sitrep/time/normalize") > 0


def test_normalize_leaves_an_item_the_spider_normalized_alone(stages: Stages) -> None:
    item = fetched("midilibre", DAY)
    before = item.to_dict()
    assert settle(stages.normalize.process_item(item)) is item
    assert item.to_dict() == before
    assert stages.stat("sitrep/time/normalize") is None  # no trip to a worker


# -- validate ----------------------------------------------------------------------------------


def test_validate_passes_a_complete_report(stages: Stages, database_url: str) -> None:
    item = fetched("midilibre", DAY)
    assert stages.validate.process_item(item) is item
    assert stages.stat("sitrep/quarantined") is None
    assert stages.stat("sitrep/time/validate") > 0
    assert quarantined(database_url) == []


def test_validate_quarantines_a_teaser_without_a_date(stages: Stages, database_url: str) -> None:
    """A paywalled teaser with no publication date, as a spider yields it: normalize derives
    its report date, validate keeps it aside with both reasons, nothing is stored."""
    expected = golden("midilibre", DAY)
    html = page("midilibre", DAY)
    item = report_from_html(
        html,
        expected["url"],
        source=get_source("midilibre"),
        fetched_at=aware(expected["fetched_at"]),
    )
    teaser = item.paragraphs[0][:150]
    item.sections = [Section(None, [teaser])]
    item.is_paywalled = True
    item.published_at = item.modified_at = None

    with pytest.raises(DropItem) as dropped:
        stages.run(item)

    reasons = ["no publication date", f"body too short: {len(teaser)} < 300 characters (paywalled)"]
    assert str(dropped.value) == f"quarantined {expected['url']}: {'; '.join(reasons)}"
    assert stages.stat("sitrep/quarantined") == 1
    assert stages.stats("sitrep/store/") == {} and stages.stats("sitrep/dedupe/") == {}
    (row,) = quarantined(database_url)
    assert (row.source, row.series, row.url, row.run_id) == (
        "midilibre",
        "ukraine-daily",
        expected["url"],
        None,
    )
    assert row.reasons == reasons
    assert row.item["report_date"] == "2024-04-04" and row.item["published_at"] is None
    assert row.item["is_paywalled"] is True
    assert decompress_page(row.html_compressed) == html
    assert count(database_url, Report) == 0


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        ({"title": None}, "no title"),
        ({"report_date": None}, "no report date"),
        (
            {"published_at": dt.datetime(2024, 4, 4, 7, 10)},
            "publication date has no timezone",
        ),
        ({"sections": [Section("Seul intertitre", ["Trop court."])]}, "body too short: 11 < 300"),
    ],
    ids=["title", "report-date", "naive-date", "short-body"],
)
def test_validate_names_the_broken_field(
    stages: Stages, database_url: str, broken: dict[str, Any], reason: str
) -> None:
    item = fetched("midilibre", DAY)
    for name, value in broken.items():
        setattr(item, name, value)
    with pytest.raises(DropItem, match=reason):
        stages.validate.process_item(item)
    (row,) = quarantined(database_url)
    assert len(row.reasons) == 1 and row.reasons[0].startswith(reason)
    assert stages.stat("sitrep/quarantined") == 1


# -- dedupe ------------------------------------------------------------------------------------


def _linked_page_variant(kind: str) -> tuple[str, bytes]:
    """The 7 April report as fetched under a URL variant of ``kind``."""
    expected = golden("midilibre", LINKED_DAY)
    url, html = expected["url"], page("midilibre", LINKED_DAY)
    if kind == "tracking link, canonical declared":
        return expected["variants"][0], html
    if kind == "tracking link":
        return expected["variants"][0], without_canonical(html)
    if kind == "trailing slash":
        return url + "/", without_canonical(html)
    if kind == "AMP page":
        (amp,) = lxml_html.fromstring(html).xpath("//link[@rel='amphtml']/@href")
        return amp, without_canonical(html)
    if kind == "mobile host":
        return url.replace("://www.", "://m."), without_canonical(html)
    raise AssertionError(kind)


def test_dedupe_finds_nothing_for_a_first_report(stages: Stages) -> None:
    item = fetched("midilibre", DAY)
    assert stages.dedupe_item(item) is item
    assert (item.match_report_id, item.match_rule) == (None, None)
    assert stages.stats("sitrep/dedupe/") == {}


@pytest.mark.parametrize(
    ("variant", "rule"),
    [
        ("tracking link, canonical declared", "canonical"),
        ("tracking link", "normalized"),
        ("trailing slash", "normalized"),
        ("AMP page", "normalized"),
        ("mobile host", "normalized"),
    ],
)
def test_dedupe_recognises_a_report_under_a_url_variant(
    stages: Stages, database_url: str, variant: str, rule: str
) -> None:
    first = stages.run(fetched("midilibre", LINKED_DAY))
    assert first.store_outcome == "new"
    url, html = _linked_page_variant(variant)
    again = fetched("midilibre", LINKED_DAY, url=url, body=html)
    assert again.url == url and again.url != first.url

    matched = stages.dedupe_item(again)

    assert (matched.match_report_id, matched.match_rule) == (first.match_report_id, rule)
    assert stages.stats("sitrep/dedupe/") == {f"sitrep/dedupe/match/{rule}": 1}
    assert stages.store_item(matched).store_outcome == "unchanged"
    (report,) = stored(database_url, "midilibre")
    assert report.values["id"] == first.match_report_id
    assert report.values["revisions"] == 1
    assert report.urls[url] == "fetched"  # the variant is now known as this report's URL


def test_dedupe_looks_a_batch_up_together_each_item_as_alone(stages: Stages) -> None:
    """Items waiting together are looked up with one statement, and each gets the match
    it gets alone: a URL variant, the same page again, a new day, a sibling's copy."""
    first = stages.run(fetched("midilibre", LINKED_DAY))
    variant_url, variant_html = _linked_page_variant("tracking link")

    def batch() -> list[SituationReport]:
        return [
            fetched("midilibre", LINKED_DAY, url=variant_url, body=variant_html),
            fetched("midilibre", "2024-04-02"),
            fetched("midilibre", LINKED_DAY),
            fetched("lindependant", DAY),
        ]

    alone = [stages.dedupe_item(item) for item in batch()]
    statements: list[tuple[str, Any]] = []
    engine = shared_database(stages.crawler.settings.get("SITREP_DATABASE_URL")).engine

    def count(*args: Any) -> None:
        statements.append((args[2], args[3]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        waiting = [deferred_from_coro(stages.dedupe.process_item(item)) for item in batch()]
        assert not any(done.called for done in waiting)
        stages.dedupe.checker.flush()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    together = [settle(done) for done in waiting]
    assert len(statements) == 1
    assert [(i.match_report_id, i.match_rule) for i in together] == [
        (i.match_report_id, i.match_rule) for i in alone
    ]
    assert together[0].match_report_id == together[2].match_report_id == first.match_report_id
    assert together[1].match_report_id is None and together[3].match_report_id is None
    if engine.dialect.name == "sqlite":  # every rung reads an index: none scans the reports
        with engine.connect() as connection:
            plan = connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statements[0][0]}", statements[0][1]
            )
            steps = [row[-1] for row in plan]
        assert not [step for step in steps if step.startswith("SCAN reports")], steps


def test_dedupe_prefers_a_url_it_has_recorded_for_the_report(stages: Stages) -> None:
    stages.run(fetched("midilibre", LINKED_DAY))
    url, html = _linked_page_variant("tracking link")
    assert stages.run(fetched("midilibre", LINKED_DAY, url=url, body=html)).match_rule == (
        "normalized"
    )
    again = stages.dedupe_item(fetched("midilibre", LINKED_DAY, url=url, body=html))
    assert again.match_rule == "url"
    assert stages.stats("sitrep/dedupe/") == {
        "sitrep/dedupe/match/normalized": 1,
        "sitrep/dedupe/match/url": 1,
    }


def _next_day_copy() -> tuple[str, bytes]:
    """The 4 April report put online again under 5 April's URL, dated 5 April: its URL and
    page."""
    expected = golden("midilibre", DAY)
    next_day_url = (
        expected["url"].replace("/2024/04/04/", "/2024/04/05/").replace("11869032", "11871999")
    )
    html = _republished(
        page("midilibre", DAY),
        expected["url"],
        next_day_url,
        {"2024-04-04": "2024-04-05", "jeudi 4 avril": "vendredi 5 avril"},
    )
    return next_day_url, html


def _republished(body: bytes, old_url: str, new_url: str, edit: dict[str, str]) -> bytes:
    """The page republished by its site under ``new_url`` (declared as its canonical URL),
    with ``edit``'s text replacements."""
    body = body.replace(old_url.encode(), new_url.encode())
    for old, new in edit.items():
        assert old.encode() in body, old
        body = body.replace(old.encode(), new.encode())
    return body


def test_dedupe_recognises_a_republished_copy_and_a_corrected_near_duplicate(
    stages: Stages, database_url: str
) -> None:
    """The site republishes the report under a new article id: the same text matches by content
    hash; with a one-word correction, by its SimHash (a near-duplicate, stored as a revision)."""
    expected = golden("midilibre", DAY)
    first = stages.run(fetched("midilibre", DAY))
    copy_url = expected["url"].replace("11869032", "11869998")
    copy = fetched(
        "midilibre",
        DAY,
        url=copy_url,
        body=_republished(page("midilibre", DAY), expected["url"], copy_url, {}),
    )
    assert copy.canonical_url == copy_url and copy.content_hash == first.content_hash
    copy = stages.run(copy)
    assert (copy.match_rule, copy.match_report_id) == ("content", first.match_report_id)
    assert copy.store_outcome == "unchanged"

    near_url = expected["url"].replace("11869032", "11869999")
    corrected = fetched(
        "midilibre",
        DAY,
        url=near_url,
        body=_republished(
            page("midilibre", DAY),
            expected["url"],
            near_url,
            {"en soi important": "en soi très important"},
        ),
    )
    assert corrected.content_hash != first.content_hash
    assert 0 < hamming(corrected.simhash, first.simhash) <= 3
    corrected = stages.run(corrected)
    assert (corrected.match_rule, corrected.match_report_id) == ("near", first.match_report_id)
    assert corrected.store_outcome == "revised"
    assert stages.stats("sitrep/dedupe/") == {
        "sitrep/dedupe/match/content": 1,
        "sitrep/dedupe/match/near": 1,
    }
    (report,) = stored(database_url, "midilibre")
    assert report.values["revisions"] == 2
    assert "en soi très important" in report.values["body"]
    assert {copy_url, near_url} <= set(report.urls)


def test_dedupe_leaves_another_outlets_syndicated_copy_to_be_a_report_of_its_own(
    stages: Stages, database_url: str
) -> None:
    """L'Indépendant carries Midi Libre's text word for word (same SimHash): a sibling's copy
    is not a version of the original, it is stored, then linked."""
    original = stages.run(fetched("midilibre", DAY))
    copy = fetched("lindependant", DAY)
    assert copy.simhash == original.simhash and copy.content_hash != original.content_hash
    assert stages.dedupe_item(copy).match_report_id is None
    assert stages.stats("sitrep/dedupe/") == {}
    assert stages.store_item(copy).store_outcome == "new"
    assert len(stored(database_url, "midilibre", "lindependant")) == 2


def test_dedupe_lets_a_changed_report_through_as_a_revision(stages: Stages) -> None:
    """The report fetched at noon, before its last two paragraphs were added, then the final
    page at the same URL: dedupe passes it on with the report to revise."""
    final_html = page("midilibre", DAY)

    def at_noon(tree: Any) -> None:
        for paragraph in body_paragraphs(tree)[-2:]:
            paragraph.drop_tree()

    noon_html = edited(final_html, at_noon).replace(
        b"2024-04-04T21:55:00+02:00", b"2024-04-04T12:00:00+02:00"
    )
    noon = stages.run(fetched("midilibre", DAY, body=noon_html))
    assert noon.store_outcome == "new" and noon.modified_at == aware("2024-04-04T12:00:00+02:00")

    final = stages.dedupe_item(fetched("midilibre", DAY))
    assert (final.match_report_id, final.match_rule) == (noon.match_report_id, "canonical")
    assert stages.stat("sitrep/quarantined") is None
    assert stages.store_item(final).store_outcome == "revised"


def _impostor() -> SituationReport:
    """Another page claiming the 4 April report's day, its text unrelated (its paragraphs'
    words reversed)."""
    expected = golden("midilibre", DAY)
    other_url = expected["url"].replace("11869032", "11869997")

    def scramble(tree: Any) -> None:
        for paragraph in body_paragraphs(tree):
            words = paragraph.text_content().split()
            for child in list(paragraph):
                paragraph.remove(child)
            paragraph.text = " ".join(reversed(words))

    html = edited(_republished(page("midilibre", DAY), expected["url"], other_url, {}), scramble)
    return fetched("midilibre", DAY, url=other_url, body=html)


def test_dedupe_quarantines_unrelated_text_claiming_a_stored_day(
    stages: Stages, database_url: str
) -> None:
    first = stages.run(fetched("midilibre", DAY))
    impostor = _impostor()
    other_url = impostor.url
    assert impostor.report_date == first.report_date

    with pytest.raises(DropItem, match="identity conflict"):
        stages.run(impostor)

    assert stages.stat("sitrep/quarantined") == 1
    assert stages.stats("sitrep/dedupe/") == {}
    (row,) = quarantined(database_url)
    (reason,) = row.reasons
    assert reason.startswith(
        f"identity conflict: report {first.match_report_id} of ukraine-daily on 2024-04-04 "
        "has unrelated content ("
    )
    assert int(reason.split("(")[1].split()[0]) > 22
    assert row.url == other_url
    (report,) = stored(database_url, "midilibre")
    assert report.values["revisions"] == 1 and other_url not in report.urls


# -- store -------------------------------------------------------------------------------------


def test_store_writes_a_new_report_then_finds_it_unchanged(
    stages: Stages, database_url: str
) -> None:
    expected = golden("midilibre", DAY)
    item = stages.run(fetched("midilibre", DAY, etag='"v1"'))
    assert item.store_outcome == "new" and item.match_report_id is not None
    (report,) = stored(database_url, "midilibre")
    values = report.values
    assert values["id"] == item.match_report_id
    assert (values["source"], values["series"], values["report_date"]) == (
        "midilibre",
        "ukraine-daily",
        dt.date(2024, 4, 4),
    )
    assert values["url"] == values["canonical_url"] == expected["url"]
    assert values["title"] == expected["expected"]["title"]
    assert values["published_at"] == aware(expected["expected"]["published_at"])
    assert values["authors"] == expected["expected"]["authors"]
    assert values["content_hash"] == item.content_hash and values["body"] == item.body
    assert values["revisions"] == 1
    assert report.urls == {
        expected["url"]: "canonical",
        expected["url"].replace("://www.", "://"): "normalized",
    }
    ((number, revision_hash, _, html_compressed),) = report.revisions
    assert (number, revision_hash) == (1, item.content_hash)
    assert decompress_page(html_compressed) == page("midilibre", DAY)
    # The page's validators are kept with the report, for a conditional request next time.
    database = Database(database_url, read_only=True)
    with database.session() as session:
        known = known_pages(session, [expected["url"]])[expected["url"]]
    database.dispose()
    assert (known.kind, known.etag) == ("report", '"v1"')

    again = stages.run(fetched("midilibre", DAY, etag='"v1"'))
    assert (again.store_outcome, again.match_report_id) == ("unchanged", item.match_report_id)
    (report_after,) = stored(database_url, "midilibre")
    assert report_after.values["revisions"] == 1 and len(report_after.revisions) == 1
    assert report_after.values["last_seen_at"] > values["last_seen_at"]
    assert report_after.values["first_seen_at"] == values["first_seen_at"]
    assert stages.stats("sitrep/store/") == {"sitrep/store/new": 1, "sitrep/store/unchanged": 1}
    assert stages.stat("sitrep/time/store") > 0


def test_store_records_a_changed_body_as_a_revision(stages: Stages, database_url: str) -> None:
    final_html = page("midilibre", LINKED_DAY)

    def earlier(tree: Any) -> None:
        body_paragraphs(tree)[-1].drop_tree()

    earlier_html = edited(final_html, earlier).replace(b"18:40", b"12:30")
    first = stages.run(fetched("midilibre", LINKED_DAY, body=earlier_html))
    last = stages.run(fetched("midilibre", LINKED_DAY))
    assert (first.store_outcome, last.store_outcome) == ("new", "revised")
    assert last.match_report_id == first.match_report_id
    assert stages.stats("sitrep/store/") == {"sitrep/store/new": 1, "sitrep/store/revised": 1}

    (report,) = stored(database_url, "midilibre")
    assert report.values["revisions"] == 2
    assert [(n, h, m) for n, h, m, _ in report.revisions] == [
        (1, first.content_hash, aware("2024-04-07T12:30:00+02:00")),
        (2, last.content_hash, aware("2024-04-07T18:40:00+02:00")),
    ]
    assert report.values["content_hash"] == last.content_hash
    assert report.values["body"] == last.body and report.values["body"] != first.body
    assert report.values["modified_at"] == aware("2024-04-07T18:40:00+02:00")
    assert decompress_page(report.revisions[0][3]) == earlier_html


def test_store_keeps_the_same_text_under_another_days_url_as_a_duplicate(
    stages: Stages, database_url: str
) -> None:
    """The 4 April text put online again, dated 5 April, under a new URL: the stored report
    gains the URL, no second report is made."""
    first = stages.run(fetched("midilibre", DAY))
    next_day_url, html = _next_day_copy()
    copy = fetched("midilibre", DAY, url=next_day_url, body=html)
    assert copy.report_date == dt.date(2024, 4, 5) and copy.simhash == first.simhash
    copy = stages.run(copy)
    assert (copy.match_rule, copy.store_outcome) == ("near", "duplicate")
    assert copy.match_report_id == first.match_report_id
    assert stages.stats("sitrep/store/") == {"sitrep/store/new": 1, "sitrep/store/duplicate": 1}
    (report,) = stored(database_url, "midilibre")
    assert report.values["report_date"] == dt.date(2024, 4, 4)
    assert report.values["revisions"] == 1
    assert report.urls[next_day_url] == "canonical"


def test_store_batches_items_until_its_timer_or_the_spiders_close(
    stages: Stages, database_url: str
) -> None:
    """Items wait for their batch (SITREP_STORE_BATCH_SECONDS) and are written together;
    close_spider writes a batch still waiting."""
    items = [stages.dedupe_item(fetched("midilibre", day)) for day in ("2024-04-01", "2024-04-02")]
    waiting = [deferred_from_coro(stages.store.process_item(item)) for item in items]
    assert not any(d.called for d in waiting)  # in the batch, nothing written yet
    assert count(database_url, Report) == 0
    assert settle(waiting[0]).store_outcome == "new"  # the reactor turned until the timer
    assert waiting[1].called  # the same flush wrote the other one
    assert settle(waiting[1]).store_outcome == "new"
    assert count(database_url, Report) == 2

    last = deferred_from_coro(
        stages.store.process_item(stages.dedupe_item(fetched("midilibre", "2024-04-03")))
    )
    assert not last.called
    stages.store.close_spider()  # as Scrapy does when the spider closes
    assert last.called  # flushed without the reactor turning
    assert settle(last).store_outcome == "new"
    assert stages.stats("sitrep/store/") == {"sitrep/store/new": 3}
    assert [r.values["report_date"] for r in stored(database_url, "midilibre")] == [
        dt.date(2024, 4, 3),
        dt.date(2024, 4, 2),
        dt.date(2024, 4, 1),
    ]


def test_a_batch_waits_for_its_timer_only_while_more_items_are_on_their_way(
    database_url: str,
) -> None:
    """The last items of a night are written on the reactor's next turn, not after the batch
    timer: the process's backlog says when no report page is downloading or being read."""
    from twisted.internet import reactor

    from crawler.backlog import process_backlog

    opened = Stages.open(make_crawler(database_url, SITREP_STORE_BATCH_SECONDS=3600))
    try:
        backlog = process_backlog(opened.crawler.settings)
        assert backlog is not None and backlog.dry
        backlog.downloading += 1  # a report page on its way
        item = opened.dedupe_item(fetched("midilibre", "2024-04-01"))
        waiting = deferred_from_coro(opened.store.process_item(item))
        for _ in range(20):
            reactor.iterate(0.005)  # type: ignore[attr-defined]
        assert not waiting.called  # waits for the page, or the hour-long timer
        backlog.leave()  # the page came back without an item: nothing else is on its way
        assert settle(waiting, timeout=5).store_outcome == "new"
        second = deferred_from_coro(
            opened.store.process_item(opened.dedupe_item(fetched("midilibre", "2024-04-02")))
        )
        assert settle(second, timeout=5).store_outcome == "new"  # dry when it arrived
    finally:
        opened.close()


def test_a_batch_writes_new_and_known_reports_as_one_by_one(
    stages: Stages,
    database_url: str,
    tmp_path: Path,
    schema_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch of independent items (new reports written a table at a time, a known one
    revised) leaves the rows that storing them one by one leaves."""

    def night(opened: Stages, together: bool) -> list[str]:
        first = opened.run(fetched("midilibre", "2024-04-01", body=earlier_html, etag='"a"'))
        items = [
            opened.dedupe_item(fetched("midilibre", day, etag=f'"{day}"'))
            for day in ("2024-04-02", "2024-04-01", "2024-04-03")
        ]
        assert items[1].match_report_id == first.match_report_id
        if together:
            engine = shared_database(database_url).engine
            event.listen(engine, "before_cursor_execute", count_report_inserts)
            with monkeypatch.context() as patched:  # no falling back to one by one
                patched.setattr(StorePipeline, "store_alone", None)
                waiting = [deferred_from_coro(opened.store.process_item(item)) for item in items]
                opened.store.batcher.flush()
            event.remove(engine, "before_cursor_execute", count_report_inserts)
            items = [settle(done) for done in waiting]
        else:
            items = [opened.store_item(item) for item in items]
        return [item.store_outcome for item in items]

    def first_page(tree: Any) -> None:
        body_paragraphs(tree)[-1].drop_tree()

    report_inserts: list[str] = []

    def count_report_inserts(*args: Any) -> None:
        statement = args[2]
        if statement.lstrip().upper().startswith("INSERT INTO REPORTS "):
            report_inserts.append(statement)

    earlier_html = edited(page("midilibre", "2024-04-01"), first_page)
    alone_url = f"sqlite:///{tmp_path / 'alone.db'}"
    shutil.copy(schema_template, tmp_path / "alone.db")
    alone = Stages.open(make_crawler(alone_url))
    try:
        assert night(alone, together=False) == ["new", "revised", "new"]
    finally:
        alone.close()
        shared_database(alone_url).dispose()
    assert night(stages, together=True) == ["new", "revised", "new"]
    assert stages.stats("sitrep/store/") == {"sitrep/store/new": 3, "sitrep/store/revised": 1}
    assert len(report_inserts) == 1  # both new reports in one statement, SQLite included

    def rows(url: str) -> list[Any]:
        reports = [
            (r.values["id"], r.values["report_date"], r.values["content_hash"], r.urls, r.revisions)
            for r in stored(url, "midilibre")
        ]
        database = Database(url, read_only=True)
        with database.session() as session:
            pages = known_pages(session, [u for *_, urls, _ in reports for u in urls])
            states = {u: (p.kind, p.etag) for u, p in pages.items()}
            owners = dict(session.execute(select(FetchState.url, FetchState.report_id)).all())
        database.dispose()
        return [reports, states, owners]

    assert rows(database_url) == rows(alone_url)


def test_an_item_colliding_with_one_before_it_is_stored_alone_the_others_together(
    stages: Stages, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch holding the 4 April text twice (the second time under 5 April's URL): the
    copy waits for the first, is stored alone after the batch and is recognised as its
    copy (dedupe looked it up before the first was stored); the other items of the batch
    are still written together."""
    next_day_url, html = _next_day_copy()
    items = [
        stages.dedupe_item(fetched("midilibre", "2024-04-02")),
        stages.dedupe_item(fetched("midilibre", DAY)),
        stages.dedupe_item(fetched("midilibre", DAY, url=next_day_url, body=html)),
        stages.dedupe_item(fetched("midilibre", "2024-04-03")),
    ]
    alone: list[str] = []
    store_alone = StorePipeline.store_alone

    def counted(pipeline: StorePipeline, item: SituationReport, **options: Any) -> Any:
        alone.append(item.url)
        return store_alone(pipeline, item, **options)

    monkeypatch.setattr(StorePipeline, "store_alone", counted)
    waiting = [deferred_from_coro(stages.store.process_item(item)) for item in items]
    stages.store.batcher.flush()
    outcomes = [settle(done).store_outcome for done in waiting]
    assert outcomes == ["new", "new", "duplicate", "new"]
    assert alone == [next_day_url]
    assert (items[2].match_rule, items[2].match_report_id) == ("near", items[1].match_report_id)
    assert len(stored(database_url, "midilibre")) == 3


def test_store_quarantines_unrelated_text_claiming_the_day_of_an_item_of_its_batch(
    stages: Stages, database_url: str
) -> None:
    """Both looked up before either was stored, the impostor waits for the report whose day
    it claims, is looked up again, and goes to quarantine: it never becomes a revision of
    an unrelated report."""
    items = [stages.dedupe_item(fetched("midilibre", DAY)), stages.dedupe_item(_impostor())]
    assert [item.match_report_id for item in items] == [None, None]
    waiting = [deferred_from_coro(stages.store.process_item(item)) for item in items]
    stages.store.batcher.flush()
    assert settle(waiting[0]).store_outcome == "new"
    with pytest.raises(DropItem, match="identity conflict"):
        settle(waiting[1])
    assert stages.stat("sitrep/quarantined") == 1
    (row,) = quarantined(database_url)
    assert row.url == items[1].url
    (report,) = stored(database_url, "midilibre")
    assert report.values["revisions"] == 1 and items[1].url not in report.urls


def test_store_leaves_reports_outside_the_backfill_window_alone(database_url: str) -> None:
    opened = Stages.open(make_crawler(database_url, SITREP_SINCE="2024-04-05"))
    try:
        with pytest.raises(DropItem, match="outside the backfill window"):
            opened.run(fetched("midilibre", DAY))
        assert opened.stat("sitrep/reports/outside_window") == 1
        assert opened.stats("sitrep/store/") == {}
        assert opened.run(fetched("midilibre", LINKED_DAY)).store_outcome == "new"
    finally:
        opened.close()
    assert [r.values["report_date"] for r in stored(database_url, "midilibre")] == [
        dt.date(2024, 4, 7)
    ]


# -- link --------------------------------------------------------------------------------------


def _links(database_url: str, source: str) -> list[tuple[str, str, str, str]]:
    (report,) = stored(database_url, source)
    return [
        (link["role"], link["kind"], link["source"], link["report_date"]) for link in report.links
    ]


def test_link_connects_a_siblings_syndicated_copy(stages: Stages, database_url: str) -> None:
    stages.run(fetched("midilibre", DAY))
    assert stages.stats("sitrep/links/") == {}  # nothing to link to yet
    copy = stages.run(fetched("lindependant", DAY))
    assert copy.store_outcome == "new"
    assert stages.stats("sitrep/links/") == {"sitrep/links/syndication": 1}
    # Midi Libre published first (07:10 against 07:25): it is the original.
    assert _links(database_url, "midilibre") == [
        ("copied by", "syndication", "lindependant", "2024-04-04")
    ]
    assert _links(database_url, "lindependant") == [
        ("copy of", "syndication", "midilibre", "2024-04-04")
    ]
    (report,) = stored(database_url, "lindependant")
    assert report.links[0]["similarity"] == 1.0
    assert stages.stat("sitrep/time/link") > 0

    # The copy fetched again is unchanged: nothing more is linked.
    assert stages.run(fetched("lindependant", DAY)).store_outcome == "unchanged"
    assert stages.stats("sitrep/links/") == {"sitrep/links/syndication": 1}
    assert count(database_url, ReportLink) == 1


def test_link_connects_a_siblings_near_duplicate_copy(stages: Stages, database_url: str) -> None:
    """A sibling's copy with a line added to its last paragraph (another content hash, a
    SimHash a bit away) is linked by its fingerprint, with the similarity the bits give."""
    stages.run(fetched("midilibre", DAY))

    def updated(tree: Any) -> None:
        last = body_paragraphs(tree)[-1]
        last.text = (last.text or "") + " Mise à jour."

    copy = stages.run(fetched("lindependant", DAY, body=edited(page("lindependant", DAY), updated)))
    assert copy.store_outcome == "new"
    assert _links(database_url, "lindependant") == [
        ("copy of", "syndication", "midilibre", "2024-04-04")
    ]
    (report,) = stored(database_url, "lindependant")
    assert 0.8 <= report.links[0]["similarity"] < 1.0


# Linking Midi Libre's, L'Indépendant's and Hardwood Paroxysm's 4 April reports: what it
# counts, and the English copy's links (in report id order: Midi Libre's was stored first).
THREE_REPORTS_LINKS = {"sitrep/links/syndication": 1, "sitrep/links/translation": 2}
TRANSLATION_LINKS = [
    ("copy of", "translation", "midilibre", "2024-04-04"),
    ("copy of", "translation", "lindependant", "2024-04-04"),
]


def test_link_connects_a_translation_to_its_originals(stages: Stages, database_url: str) -> None:
    """Hardwood Paroxysm's English version of the 4 April report, published that evening,
    links to both French texts it could come from (a syndicated pair are both originals)."""
    stages.run(fetched("midilibre", DAY))
    stages.run(fetched("lindependant", DAY))
    english = stages.run(fetched("hardwoodparoxysm", DAY))
    assert english.store_outcome == "new" and english.language == "en"
    assert stages.stats("sitrep/links/") == THREE_REPORTS_LINKS
    assert _links(database_url, "hardwoodparoxysm") == TRANSLATION_LINKS


def _stored_together(stages: Stages, sources: list[str]) -> list[SituationReport]:
    """The items of ``sources`` on DAY through dedupe and one store batch."""
    checked = [stages.dedupe_item(fetched(source, DAY)) for source in sources]
    waiting = [deferred_from_coro(stages.store.process_item(item)) for item in checked]
    stages.store.batcher.flush()
    return [settle(done) for done in waiting]


def test_link_links_a_store_batch_together_as_one_by_one(stages: Stages, database_url: str) -> None:
    """The items a store batch wrote are linked together (one session, their candidates
    read at once), with the links linking them one by one makes."""
    stored_items = _stored_together(stages, ["midilibre", "lindependant", "hardwoodparoxysm"])
    assert [item.store_outcome for item in stored_items] == ["new"] * 3
    waiting = [deferred_from_coro(stages.link.process_item(item)) for item in stored_items]
    assert not any(done.called for done in waiting)  # linked on the reactor's next turn
    assert [settle(done) for done in waiting] == stored_items
    assert stages.stats("sitrep/links/") == THREE_REPORTS_LINKS
    assert _links(database_url, "hardwoodparoxysm") == TRANSLATION_LINKS
    syndicated = ("copy of", "syndication", "midilibre", "2024-04-04")
    assert syndicated in _links(database_url, "lindependant")


def test_link_fails_only_the_item_of_a_batch_it_cannot_link(
    stages: Stages, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.link

    def refuse_english(session: Any, reports: list[Any]) -> Any:
        if any(report.language == "en" for report in reports):
            raise RuntimeError("cannot link")
        return link_all(session, reports)

    monkeypatch.setattr(pipelines.link, "link_all", refuse_english)
    stored_items = _stored_together(stages, ["midilibre", "lindependant", "hardwoodparoxysm"])
    waiting = [deferred_from_coro(stages.link.process_item(item)) for item in stored_items]
    assert [settle(done) for done in waiting[:2]] == stored_items[:2]
    with pytest.raises(RuntimeError, match="cannot link"):
        settle(waiting[2])
    # The originals' links are kept (linking them also pointed the stored translation at
    # them, as it does one by one).
    assert stages.stats("sitrep/links/") == {
        "sitrep/links/syndication": 1,
        "sitrep/links/translation": 2,
    }
    assert count(database_url, ReportLink) == 3


def test_link_connects_a_copy_once_a_revision_makes_it_one(
    stages: Stages, database_url: str
) -> None:
    """L'Indépendant's page first carried half the text (no copy of anything yet); once revised
    to the full syndicated text, the revised report is linked to Midi Libre's."""
    stages.run(fetched("midilibre", DAY))

    def first_half(tree: Any) -> None:
        paragraphs = body_paragraphs(tree)
        for paragraph in paragraphs[len(paragraphs) // 2 :]:
            paragraph.drop_tree()

    half = stages.run(
        fetched("lindependant", DAY, body=edited(page("lindependant", DAY), first_half))
    )
    assert half.store_outcome == "new"
    assert stages.stats("sitrep/links/") == {}
    full = stages.run(fetched("lindependant", DAY))
    assert (full.store_outcome, full.match_report_id) == ("revised", half.match_report_id)
    assert stages.stats("sitrep/links/") == {"sitrep/links/syndication": 1}
    assert _links(database_url, "lindependant") == [
        ("copy of", "syndication", "midilibre", "2024-04-04")
    ]


def test_link_ignores_items_store_did_not_write(stages: Stages, database_url: str) -> None:
    """Only a new or revised report is linked: the syndicated copy, stored but passed to link
    as an unchanged, duplicate or unstored item, gets no link until it comes as new."""
    stages.run(fetched("midilibre", DAY))
    copy = stages.store_item(stages.dedupe_item(fetched("lindependant", DAY)))
    assert copy.store_outcome == "new" and copy.match_report_id is not None
    for outcome in ("unchanged", "duplicate", None):
        copy.store_outcome = outcome
        assert settle(stages.link.process_item(copy)) is copy
        assert stages.stats("sitrep/links/") == {}
    assert count(database_url, ReportLink) == 0
    copy.store_outcome = "new"
    settle(stages.link.process_item(copy))
    assert stages.stats("sitrep/links/") == {"sitrep/links/syndication": 1}
    assert count(database_url, ReportLink) == 1


# -- a batch meeting an error of one of its items ------------------------------------------


def test_store_fails_only_the_item_of_a_batch_the_database_refuses(postgres_url: str) -> None:
    opened = Stages.open(make_crawler(postgres_url))
    try:
        good = opened.dedupe_item(fetched("midilibre", "2024-04-01"))
        expected = golden("midilibre", "2024-04-02")
        # A newsletter link whose tracking token makes the URL longer than reports.url holds.
        long_url = expected["url"] + "?utm_source=newsletter&token=" + "x" * 2100
        refused = opened.dedupe_item(fetched("midilibre", "2024-04-02", url=long_url))
        waiting = [deferred_from_coro(opened.store.process_item(item)) for item in (good, refused)]
        assert not any(d.called for d in waiting)
        opened.store.batcher.flush()  # what the batch timer calls
        assert all(d.called for d in waiting)
        assert settle(waiting[0]).store_outcome == "new"
        with pytest.raises(DataError, match="value too long"):
            settle(waiting[1])
    finally:
        opened.store.batcher.pending.clear()
        opened.close()
        shared_database(postgres_url).dispose()


# -- two workers mirroring one source at once ----------------------------------------------


def test_a_source_another_worker_mirrored_first_is_read_not_an_error(database_url: str) -> None:
    """Two crawl processes store their first report of a source together: both look the
    source up, find nothing, and insert it; the second insert meets the unique slug. It must
    read the other worker's row, not fail the item (which the frontier then fetched again)."""
    import sqlalchemy
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from crawler.sources import get_source
    from pipelines import base
    from store.repository import sync_source

    base._SOURCE_IDS.clear()
    other = sqlalchemy.create_engine(database_url)
    raced: list[int] = []

    def other_worker_first(session: Session, *_: Any) -> None:
        if not raced and session.bind is not other:  # after our lookup, before our insert
            with Session(other) as theirs, theirs.begin():
                raced.append(sync_source(theirs, get_source("midilibre"))[0])

    event.listen(Session, "before_flush", other_worker_first)
    try:
        stage = base.SitrepPipeline.from_crawler(make_crawler(database_url))
        source_id, series = stage.source_ids("midilibre")
    finally:
        event.remove(Session, "before_flush", other_worker_first)
        other.dispose()
        base._SOURCE_IDS.clear()
    assert raced and source_id == raced[0]
    assert "ukraine-daily" in series
    assert count(database_url, SourceRow) == 1
