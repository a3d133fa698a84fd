"""Items of every spider of a crawl process, handled together in batches.

The database stages (dedupe, store, link) each keep one batcher per database and process:
items wait until ``size`` of them are there or ``delay`` seconds have passed (``delay`` 0:
the reactor's next turn, so the items one turn brings go together), then one call handles
them all. Each item's Deferred fires with its own result, or fails with its own exception:
a batch never leaves an item waiting.

A batcher that follows the process's :class:`~crawler.backlog.Backlog` does not wait for
more items when none is on its way (no report page downloading or being read): the last
items of a night, or of a lull, are written on the reactor's next turn.
"""

from __future__ import annotations

import time
from typing import Any, Generic, Protocol, TypeVar

from scrapy.statscollectors import StatsCollector
from twisted.internet import defer

Entry = TypeVar("Entry")


class Flow(Protocol):
    """Where a batcher's entries come from (:class:`crawler.backlog.Backlog`)."""

    @property
    def dry(self) -> bool:
        """Nothing is on its way."""
        ...

    on_dry: list[Any]  # called (no arguments) when it becomes dry


class Batcher(Generic[Entry]):
    """Gathers entries and hands them to :meth:`handle` together; the time it takes is
    shared out to each entry's ``sitrep/time/<stage>`` stat."""

    stage = "batch"

    def __init__(self, size: int | None, delay: float):
        self.size = None if size is None else max(1, size)  # None: any number
        self.delay = max(0.0, delay)
        self.pending: list[tuple[Entry, StatsCollector, defer.Deferred]] = []
        self._timer: Any = None
        self.flow: Flow | None = None

    def follow(self, flow: Flow | None) -> None:
        """Write what waits as soon as ``flow`` is dry (``None``: always wait for the timer)."""
        if flow is None or flow is self.flow:
            return
        self.flow = flow
        flow.on_dry.append(self.flush_soon)

    def flush_soon(self) -> None:
        """Handle what waits on the reactor's next turn instead of at its timer."""
        if self._timer is not None and self._timer.active():
            self._timer.reset(0)

    def add(self, entry: Entry, stats: StatsCollector) -> defer.Deferred:
        """A Deferred fired with the entry's result once its batch is handled."""
        from twisted.internet import reactor

        done: defer.Deferred = defer.Deferred()
        self.pending.append((entry, stats, done))
        if self.size is not None and len(self.pending) >= self.size:
            self.flush()
        elif self._timer is None:
            delay = 0.0 if self.flow is not None and self.flow.dry else self.delay
            self._timer = reactor.callLater(delay, self.flush)  # type: ignore[attr-defined]
        elif self.flow is not None and self.flow.dry:
            self.flush_soon()
        return done

    def flush(self) -> None:
        """Handle what waits now (the timer calls it; so does a spider that closes)."""
        if self._timer is not None and self._timer.active():
            self._timer.cancel()
        self._timer = None
        batch, self.pending = self.pending, []
        if not batch:
            return
        started = time.perf_counter()
        results: list[Any]
        try:
            results = self.handle([entry for entry, _, _ in batch])
        except Exception as error:  # every waiting entry is answered, never left pending
            results = [error] * len(batch)
        share = (time.perf_counter() - started) / len(batch)  # database time, not waiting
        for (_, stats, done), result in zip(batch, results, strict=True):
            stats.inc_value(f"sitrep/time/{self.stage}", share)
            if isinstance(result, BaseException):
                done.errback(result)
            else:
                done.callback(result)

    def handle(self, entries: list[Entry]) -> list[Any]:
        """One result (or exception) per entry, in order."""
        raise NotImplementedError
