"""Extraction (and other CPU work) in worker processes, so it does not stall the downloader.

Extraction is CPU work (lxml, text rules), and so is normalizing an item (text repair,
hashes, SimHash); done on the Twisted reactor's thread it holds up every download, feed
and store of the process. With ``SITREP_EXTRACT_WORKERS`` > 0
(the default is one worker per core) each page is decoded and extracted in a
process pool shared by all spiders of the process; ``0`` extracts in-process.

A crawl forks its workers first thing (:func:`start_workers`): the process has imported the
extractor and loaded the source registry (:mod:`crawler.worker_preload`), and has not yet
opened a database, started a thread or installed a reactor, so the workers share those
pages copy-on-write and nothing else. A pool made later (a command other than ``crawl``,
or one replacing a broken pool while the crawl runs threads and sockets) starts its
workers from a fork server that imports the same modules. A worker that dies on a page (a
crash in native code) fails that page with a clear reason; the pool is replaced and the
night goes on. Workers watch the crawler process and end when it is gone, so a crawl
killed outright (SIGKILL, the OOM killer) leaves no worker, fork server or resource
tracker behind.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import select
import signal
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # workers import this module: keep Scrapy and Twisted out of them
    from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)
Result = TypeVar("Result")


class ExtractionCrashed(RuntimeError):
    """The worker process extracting a page died."""


def default_workers() -> int:
    """One worker per core: the crawler process itself mostly waits on the network and the
    database (measured on two cores: 46.6 pages/s with two workers, 39 with one)."""
    return os.cpu_count() or 1


def timed_call(function: Callable[..., Result], *args: Any) -> tuple[Result, float]:
    """``function(*args)`` and the seconds it took (measured where it runs)."""
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


class ExtractionPool:
    """A process pool for page reading (or none: read pages in the calling thread)."""

    def __init__(self, workers: int):
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self.pending = 0  # tasks handed to the workers and not finished
        self.on_task_done: list[Callable[[], None]] = []  # told when one finishes

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = _executor(self.workers)
        return self._executor

    async def run(self, function: Callable[..., Result], *args: Any) -> Result:
        """``function(*args)`` in a worker process (in this thread without workers);
        ``function`` and its arguments must pickle."""
        if self.workers <= 0:
            return function(*args)
        self.pending += 1
        try:
            return await self._run(function, *args)
        finally:
            self.pending -= 1
            for listener in self.on_task_done:
                listener()

    async def _run(self, function: Callable[..., Result], *args: Any) -> Result:
        executor = self._pool()
        try:
            return await _outcome(_submit(executor, function, *args))
        except BrokenProcessPool:
            # Every task in flight fails with the pool. Each is tried once more alone, in a
            # worker of its own: the task that breaks that one too is the culprit, and the
            # others are not caught in its crash a second time.
            logger.error(
                "a worker process died (%s); trying its tasks again alone", function.__name__
            )
            end_workers(executor)
            if self._executor is executor:  # not a replacement another task already made
                self.close()
        alone = _executor(1)
        try:
            return await _outcome(alone.submit(function, *args))
        except BrokenProcessPool as error:
            end_workers(alone)
            raise ExtractionCrashed(
                f"the worker process died on this page twice: {error}"
            ) from error
        finally:
            alone.shutdown(wait=False)

    @property
    def started(self) -> bool:
        """Whether the pool has its workers (or is starting them)."""
        return self._executor is not None

    def fork_now(self) -> bool:
        """Start the workers now, forked from this process, which must run no other thread;
        whether they started (if not, the pool starts them with its first task)."""
        import crawler.worker_preload  # noqa: F401  (what the workers run, shared with them)

        gc.freeze()  # no collection in a worker touches (and so copies) what it inherits
        executor = None
        try:
            executor = _executor(self.workers, multiprocessing.get_context("fork"))
            executor.submit(os.getpid)  # a fork pool starts every worker with its first task
        except (OSError, RuntimeError) as error:
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
            logger.debug("could not start the workers early: %s", error)
            return False
        self._executor = executor
        return True

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


def _submit(executor: ProcessPoolExecutor, function: Callable[..., Any], *args: Any) -> Future:
    """``executor.submit``, with a pool that breaks (or is shut down) under the submission
    said the way a pool already broken says it (CPython 3.11 may then fail to start a worker
    on the queue the breaking pool has just closed)."""
    try:
        return executor.submit(function, *args)
    except (OSError, RuntimeError) as error:
        raise BrokenProcessPool(f"the pool broke while a task was handed to it: {error}") from error


def end_workers(executor: ProcessPoolExecutor) -> None:
    """Kill what is left of a broken pool's workers.

    CPython 3.11 can start a worker for a task submitted while the pool is breaking, after
    its management thread has stopped the others: nothing ever stops that one, and the
    management thread, then the interpreter's exit, wait for it forever.
    """
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.kill()


def _executor(
    workers: int, context: multiprocessing.context.BaseContext | None = None
) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        workers,
        mp_context=context or _context(),
        initializer=worker_started,
        initargs=(os.getpid(),),
    )


def worker_started(crawler_pid: int) -> None:
    """Worker initializer: Ctrl-C is the crawler's to handle (a terminal sends it to the
    whole process group: a worker would die mid-page with a traceback), so is a SIGTERM
    sent to the whole group (:func:`end_on_sigterm_from`), the worker ends as soon as the
    crawler process is gone, and its collector runs (the crawl forks its workers while its
    own is paused)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the crawl's handler, inherited by fork
    gc.enable()
    end_on_sigterm_from(crawler_pid)
    watch_crawler(crawler_pid)


def end_on_sigterm_from(crawler_pid: int) -> None:
    """End this worker on a SIGTERM the crawler process sends (its pool stopping a broken
    pool's workers), and ignore one sent by anybody else: a service manager stopping the
    crawl signals every process of it (systemd's default ``KillMode``), and a worker killed
    then under a page made the crawl extract that page again while it stopped gracefully.
    The worker still ends with the crawl (:func:`watch_crawler`). Where the platform cannot
    tell who sent a signal (no ``sigwaitinfo``), SIGTERM ends the worker whoever sent it."""
    if not hasattr(signal, "sigwaitinfo"):
        return
    # Blocked in this thread before any other starts, so in every thread: only the waiter
    # below takes it.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    threading.Thread(
        target=_wait_for_sigterm, args=(crawler_pid,), name="sitrep-sigterm", daemon=True
    ).start()


def _wait_for_sigterm(crawler_pid: int) -> None:
    while signal.sigwaitinfo({signal.SIGTERM}).si_pid != crawler_pid:
        pass  # another sender: the crawl decides when its workers end
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    signal.raise_signal(signal.SIGTERM)  # default action: the process ends by the signal


def watch_crawler(crawler_pid: int) -> None:
    """End this worker as soon as the crawler process is gone.

    Workers hold the write ends of their own task queue (and, started by a fork server,
    of its liveness pipe): without this, a crawler killed outright leaves its workers
    waiting for tasks forever, and with them the fork server and the resource tracker.
    """
    threading.Thread(
        target=_exit_when_gone, args=(crawler_pid,), name="sitrep-crawler-watch", daemon=True
    ).start()


def _exit_when_gone(pid: int) -> None:
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):  # no pidfd (not Linux >= 5.3), or already gone
        while _running(pid):
            time.sleep(1.0)
    else:
        select.select([handle], [], [])  # readable once the process has ended
    os._exit(0)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start_workers(overrides: Mapping[str, Any]) -> None:
    """Start the crawl's workers now, unless ``SITREP_EXTRACT_WORKERS`` (in ``overrides``,
    else in the environment) asks for none. A value that is not a number is left to the
    settings' own check.

    Called before the crawl opens its database or starts a thread, this forks the workers
    from the crawl process itself, once it has imported what they run and frozen the
    collector (their pages then stay shared): no fork server and no resource tracker to
    start (on a night of 500 reports, about 0.2 s of CPU and 15 MB less). A process that
    already runs threads (a program calling :func:`crawler.run.run_crawl` from one) must not
    fork: its workers start from the fork server instead, started now so that its imports
    run on another core while the crawl sets up.
    """
    value = overrides.get("SITREP_EXTRACT_WORKERS", os.environ.get("SITREP_EXTRACT_WORKERS"))
    try:
        count = worker_count(value)
    except ValueError:
        return
    if count <= 0:
        return
    pool = extraction_pool(count)
    if pool.started or (threading.active_count() == 1 and pool.fork_now()):
        return
    from multiprocessing import forkserver

    _context()  # names the modules the fork server imports
    try:
        forkserver.ensure_running()
    except OSError as error:  # the pool tries again with its first page, and says why
        logger.debug("could not start the workers' fork server early: %s", error)


def _context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    # Imported once in the fork server, shared copy-on-write by every worker.
    context.set_forkserver_preload(["crawler.worker_preload"])
    return context


async def _outcome(future: Future) -> Any:
    """Await a worker's future from the reactor's thread."""
    from scrapy.utils.defer import maybe_deferred_to_future

    return await maybe_deferred_to_future(_deferred(future))


def _deferred(future: Future) -> Deferred:
    """A Deferred fired in the reactor's thread when ``future`` completes (any reactor)."""
    from twisted.internet import defer, reactor

    deferred: Deferred = defer.Deferred()

    def fire(done: Future) -> None:
        if done.cancelled():
            deferred.errback(defer.CancelledError())
            return
        error = done.exception()
        if error is not None:
            deferred.errback(error)
        else:
            deferred.callback(done.result())

    future.add_done_callback(lambda done: reactor.callFromThread(fire, done))  # type: ignore[attr-defined]
    return deferred


_POOLS: dict[int, ExtractionPool] = {}


def worker_count(value: str | int | None) -> int:
    """The workers a ``SITREP_EXTRACT_WORKERS`` value asks for (unset or empty:
    :func:`default_workers`); ``ValueError`` when it is not a number."""
    if value is None or value == "":
        return default_workers()
    return max(0, int(value))


def extraction_pool_for(settings: Any) -> ExtractionPool:
    """The pool ``SITREP_EXTRACT_WORKERS`` asks for (unset: :func:`default_workers`)."""
    return extraction_pool(worker_count(settings.get("SITREP_EXTRACT_WORKERS")))


def extraction_pool(workers: int | None) -> ExtractionPool:
    """The process-wide pool with ``workers`` workers (``None``: :func:`default_workers`)."""
    count = default_workers() if workers is None else max(0, workers)
    if count not in _POOLS:
        _POOLS[count] = ExtractionPool(count)
    return _POOLS[count]
