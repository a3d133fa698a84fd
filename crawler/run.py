"""The library entry point of a crawl: :func:`run_crawl` runs sources into a database.

``sitrep crawl`` is options → :func:`run_crawl` → printing; a scheduler, a notebook or a
benchmark calls the same function. Scrapy runs on Twisted's reactor, which starts once per
process: call :func:`run_crawl` once per process.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.reactor import install_reactor
from twisted.internet.defer import Deferred, DeferredList

from crawler import progress
from crawler.dbguard import GUARD, advice, damage_of
from crawler.early_imports import import_tls_modules
from crawler.frontier import default_frontier, frontier_problem, frontier_settings
from crawler.gc_policy import collection_paused
from crawler.interrupts import (
    Interrupted,
    forget_interruption,
    interrupted_by,
    interruption,
    interruption_wins,
    raise_interrupted,
    stopping_signals_call,
)
from crawler.ledger import FAILED_STATUSES
from crawler.logs import install_handler, settle_scrapy_level
from crawler.replay import ReplayServer, existing_replay_root, replay_root
from crawler.run_summary import RunSummary, missing_entry, source_entry
from crawler.setting_values import SettingError, log_level_number
from crawler.sources import Source, UnknownSourceError, all_sources, get_source
from crawler.workers import start_workers
from store.database import Database, SchemaError, safe_url, shared_database
from store.lock import CrawlLocked, crawl_lock
from store.runs import finish_run, start_run


class CrawlCannotRun(Exception):
    """The crawl could not run at all (exit code 2). ``str()`` is the one line to show; a
    problem nobody foresaw keeps its cause in ``__cause__``, with no message of its own."""

    def __init__(self, message: str | None = None):
        super().__init__(message or "")
        self.message = message


@dataclass(frozen=True)
class CrawlOptions:
    """How a crawl runs, beside which sources and which database."""

    replay: Path | str | None = None  # a recorded-site folder, or "bundled"
    since: dt.date | None = None
    until: dt.date | None = None
    refresh: bool = False
    redis_url: str | None = None
    frontier: str | None = None
    lock: bool = True
    auto_migrate: bool = True
    settings: dict[str, Any] = field(default_factory=dict)
    log_level: str = "WARNING"
    json_logs: bool = False


def run_crawl(
    sources: Sequence[str] | None,
    database: str,
    *,
    notify: Callable[[str], None] | None = None,
    **options: Any,
) -> RunSummary:
    """Crawl ``sources`` (slugs; ``None`` or empty: every source) into ``database`` (a URL).

    ``options`` are the fields of :class:`CrawlOptions`; ``notify`` receives the lines worth
    telling a user (a schema upgrade, the replay server's address). Raises
    :class:`CrawlCannotRun` when nothing could run; a failed source is in the summary.
    """
    opts = CrawlOptions(**options)
    dump_stacks_on(getattr(signal, "SIGUSR1", None))
    forget_interruption()
    import_tls_modules()  # cheapest now (see crawler.early_imports)
    # A signal raises Interrupted until the spiders are built (see crawler.interrupts).
    with stopping_signals_call(raise_interrupted), collection_paused():  # gc: see gc_policy
        return _run_crawl(sources, database, notify, opts)


def _run_crawl(
    sources: Sequence[str] | None,
    database: str,
    notify: Callable[[str], None] | None,
    opts: CrawlOptions,
) -> RunSummary:
    try:  # said before anything starts, not by the log handler once the run is open
        log_level_number("log level", opts.settings.get("LOG_LEVEL", opts.log_level))
    except SettingError as error:
        raise CrawlCannotRun(str(error)) from None
    say = notify or (lambda line: None)
    _check_window(opts.since, opts.until)
    chosen = _sources(sources)
    if opts.redis_url and (problem := frontier_problem(opts.redis_url)):
        raise CrawlCannotRun(problem)  # before the database is made or a run opened
    if opts.replay is not None:
        # Said before the database is created or upgraded: a typo leaves no file behind.
        try:
            existing_replay_root(opts.replay)
        except FileNotFoundError as error:
            raise CrawlCannotRun(str(error)) from None
    # Before the database is opened and any thread started (``sitrep crawl`` has done it).
    start_workers(opts.settings)
    db = Database(database)
    with interruption_wins():
        upgraded = _ready(db, opts.auto_migrate)
    if upgraded:
        say(f"database schema upgraded from {upgraded[0] or 'empty'} to {upgraded[1]}")
    exclusive = opts.lock and not opts.redis_url  # a shared frontier: several workers on purpose
    try:
        with crawl_lock(db) if exclusive else nullcontext(), _replay(opts.replay, say) as replay:
            with interruption_wins():
                run_id = _start(db, chosen, replay=replay is not None, exclusive=exclusive)
            # Interrupted before a spider was built: the run is closed below, with the signal.
            with suppress(Interrupted):
                _run_spiders(chosen, db.url, run_id, replay, opts)
    except CrawlLocked as error:
        raise CrawlCannotRun(f"{error}; not starting a second one") from None
    if (out_of_use := GUARD.advice(db.url)) is not None:  # nothing more is written to it
        raise CrawlCannotRun(out_of_use)
    summary = _finish(db, run_id, chosen, upgraded)
    # Closed now, SQLite folds its write-ahead log back into the file.
    for engine_owner in (db, shared_database(db.url)):
        engine_owner.dispose()
    return summary


def _sources(slugs: Sequence[str] | None) -> list[Source]:
    try:
        return [get_source(s) for s in slugs] if slugs else all_sources()
    except UnknownSourceError as error:
        raise CrawlCannotRun(str(error)) from None


def _ready(db: Database, auto_migrate: bool) -> tuple[str | None, str] | None:
    """Check (and, if allowed, upgrade) the schema; the revisions upgraded from and to."""
    try:
        return db.ensure_schema(auto_migrate=auto_migrate)
    except SchemaError as error:
        raise CrawlCannotRun(str(error)) from None
    except Exception as error:  # unreachable server, bad URL, permissions, a damaged file
        damage = damage_of(error)
        raise CrawlCannotRun(advice(db.url, damage) if damage else None) from error


@contextmanager
def _replay(folder: Path | str | None, say: Callable[[str], None]) -> Iterator[str | None]:
    """The replay server's URL while the crawl runs (``None``: the real sites)."""
    if folder is None:
        yield None
        return
    try:
        server = ReplayServer(replay_root(folder)).start()
    except FileNotFoundError as error:
        raise CrawlCannotRun(str(error)) from None
    say(f"replaying recorded sites from {server.root} via {server.url}")
    try:
        yield server.url
    finally:
        server.stop()


def dump_stacks_on(signum: int | None) -> None:
    """``kill -USR1`` a crawl that seems stuck: every thread's stack goes to stderr and the
    crawl goes on (no-op where the platform has no such signal)."""
    import faulthandler

    if signum is not None:
        with suppress(ValueError, RuntimeError):  # not in the main thread, or no such signal
            faulthandler.register(signum, all_threads=True, chain=False)


def _check_window(since: dt.date | None, until: dt.date | None) -> None:
    """A backfill window with no day in it is a mistake, said before anything starts."""
    latest = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # today somewhere
    if since and until and since > until:
        raise CrawlCannotRun(f"--since {since} is after --until {until}: no day to backfill")
    if since and not until and since > latest:
        raise CrawlCannotRun(f"--since {since} is in the future: no day to backfill")


def _start(db: Database, sources: list[Source], *, replay: bool, exclusive: bool) -> int:
    with db.session() as session:
        return start_run(session, [s.slug for s in sources], replay=replay, exclusive=exclusive)


def _finish(
    db: Database, run_id: int, sources: list[Source], upgraded: tuple[str | None, str] | None
) -> RunSummary:
    """Close the run in the ledger. A source whose spider never reported (it did not start,
    or the process was killed) is an error with its reason."""
    signal_name = interruption()
    with db.session() as session:
        status, rows, missing = finish_run(
            session,
            run_id,
            [s.slug for s in sources],
            interrupted_by=signal_name,
            failed_statuses=FAILED_STATUSES,
        )
        reason = f"interrupted ({signal_name})" if signal_name else "spider did not run"
        entries = [source_entry(r) for r in rows] + [missing_entry(s, reason) for s in missing]
    return RunSummary(run_id, status, safe_url(db.url), entries, upgraded, signal_name)


class _Process(CrawlerProcess):
    """Scrapy's process, remembering which signal stopped it (the sources' failure reason
    and the exit code)."""

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        if interruption() is not None:  # a second signal, though Scrapy re-installed this
            self._signal_kill(signum, frame)  # handler once the reactor ran: stop at once
            return
        interrupted_by(signum)
        super()._signal_shutdown(signum, frame)

    def _signal_kill(self, signum: int, frame: Any) -> None:
        interrupted_by(signum)
        super()._signal_kill(signum, frame)

    def stop(self) -> Deferred[Any]:
        """Stop every crawler. Scrapy's own iterates the set of crawlers, which a crawler
        stopped before its engine ran leaves at once ("Set changed size during iteration",
        and the others were never stopped): this one iterates a copy."""
        return DeferredList([deferred_from_coro(c.stop_async()) for c in list(self.crawlers)])


_SWITCHED_OFF = (
    ("EXTENSIONS_BASE", "scrapy.extensions.remote_control.RemoteControl", "REMOTE_CONTROL_ENABLED"),
    ("EXTENSIONS_BASE", "scrapy.extensions.telnet.TelnetConsole", "TELNETCONSOLE_ENABLED"),
    (
        "DOWNLOADER_MIDDLEWARES_BASE",
        "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
        "COOKIES_ENABLED",
    ),
)


def crawl_settings(db_url: str, run_id: int, replay_url: str | None, opts: CrawlOptions) -> Any:
    """The project's Scrapy settings with this crawl's on top."""
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    chosen: dict[str, Any] = {
        "SITREP_DATABASE_URL": db_url,
        "SITREP_RUN_ID": run_id,
        "SITREP_AUTO_MIGRATE": False,  # done before, once
        "SITREP_REPLAY_URL": replay_url,
        "LOG_LEVEL": opts.log_level.upper(),
        "SITREP_PROGRESS": not opts.json_logs,
        "SITREP_LOG_FORMAT": "json" if opts.json_logs else "text",
        "SITREP_SINCE": opts.since.isoformat() if opts.since else None,
        "SITREP_UNTIL": opts.until.isoformat() if opts.until else None,
        "SITREP_REFRESH": opts.refresh,
        **(
            frontier_settings(opts.redis_url, opts.frontier or default_frontier())
            if opts.redis_url
            else {}
        ),
        **opts.settings,
        "LOG_INSTALL_ROOT_HANDLER": False,
    }
    # A retry given up ends in the spider's errback, which logs the failure once.
    settings.set("RETRY_GIVE_UP_LOG_LEVEL", "INFO", priority="project")
    for name, value in chosen.items():
        settings.set(name, value, priority="cmdline")
    # Components switched off (after --set) are left out of Scrapy's base lists too: Scrapy
    # imports every component listed there, even a disabled one (aiohttp, tldextract).
    for name, component, switch in _SWITCHED_OFF:
        if not settings.getbool(switch):
            base = settings.getdict(name)
            base.pop(component, None)
            settings.set(name, base, priority="default")
    return settings


def _run_spiders(
    sources: list[Source], db_url: str, run_id: int, replay_url: str | None, opts: CrawlOptions
) -> None:
    settings = crawl_settings(db_url, run_id, replay_url, opts)
    install_handler(settings, as_json=opts.json_logs)
    progress.started()  # elapsed times count from here
    process = _Process(settings)
    settle_scrapy_level(settings)  # the process has set Scrapy's loggers to DEBUG
    # Installed now, not by the first crawler: a signal from here on reaches the reactor.
    if reactor_path := settings.get("TWISTED_REACTOR"):
        install_reactor(reactor_path, settings.get("ASYNCIO_EVENT_LOOP"))
    from twisted.internet import reactor  # Twisted's default when none is named

    # Scrapy installs its graceful shutdown once the reactor runs; building the crawlers
    # before that runs code in Deferreds, which would swallow a KeyboardInterrupt.
    with stopping_signals_call(process._signal_shutdown):
        for source in sources:
            process.crawl(source.slug)  # builds the crawler and opens its spider
        # Set up: the collector, paused since the crawl began, runs again with the reactor.
        reactor.callWhenRunning(gc.enable)
        process.start()
