"""How a crawl answers the signals that stop it (SIGINT, SIGTERM).

From the moment the spiders are built until the reactor has stopped, a signal stops the
crawl gracefully (Scrapy's shutdown; a second signal stops it at once). Before that (the
database opened or upgraded, the run opened) and after it (the run closed), a signal raises
:class:`Interrupted` where the code is, as Ctrl-C raises ``KeyboardInterrupt``: there is
nothing to stop gracefully. Either way the signal is remembered: it is the failure reason
of every source that did not finish, and it sets the exit code (128 + its number).

Without this, a signal arriving while Scrapy builds the crawlers (before its own handlers
are installed, once the reactor runs) raised ``KeyboardInterrupt`` inside a Deferred, which
kept it as a failure: the crawl went on, one source never started and the process never
ended; SIGTERM killed the process outright and left the run open.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, NoReturn

from crawler.exit_codes import EXIT_INTERRUPTED, exit_for_signal

Handler = Callable[[int, FrameType | None], Any]

STOPPING_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGBREAK") if hasattr(signal, name)
)

_interruption: list[str] = []


class Interrupted(KeyboardInterrupt):
    """A stopping signal arrived while the crawl was setting up or closing."""

    def __init__(self, signum: int):
        self.signal_name = signal.Signals(signum).name
        self.exit_code = exit_for_signal(signum)
        super().__init__(self.signal_name)


def signal_of(stop: KeyboardInterrupt) -> tuple[str, int]:
    """The name of the signal behind ``stop`` and the exit code it sets (Ctrl-C's when
    Python's own handler raised it)."""
    if isinstance(stop, Interrupted):
        return stop.signal_name, stop.exit_code
    return "SIGINT", EXIT_INTERRUPTED


def interrupted_by(signum: int) -> None:
    """Remember the signal that is stopping this process (the sources' failure reason)."""
    _interruption[:] = [signal.Signals(signum).name]


def interruption() -> str | None:
    """``SIGINT``, ``SIGTERM``, … when a signal is stopping this process."""
    return _interruption[0] if _interruption else None


def forget_interruption() -> None:
    """A new crawl in this process starts uninterrupted."""
    _interruption.clear()


def raise_interrupted(signum: int, frame: FrameType | None) -> NoReturn:
    """Signal handler: remember the signal and raise :class:`Interrupted` where the code is."""
    interrupted_by(signum)
    raise Interrupted(signum)


@contextmanager
def interruption_wins() -> Iterator[None]:
    """An error raised within the block once a signal is stopping the process is the signal's
    doing (the connection under a statement closed by the interruption, a transaction that
    cannot roll back on it): :class:`Interrupted` is raised instead, so that the signal is
    what the user is told."""
    try:
        yield
    except Exception as error:
        name = interruption()
        if name is None:
            raise
        raise Interrupted(signal.Signals[name]) from error


@contextmanager
def stopping_signals_call(handler: Handler) -> Iterator[None]:
    """Within the block, ``handler`` answers every stopping signal; after it, the handlers
    before it do again. Outside the main thread (where Python runs no signal handler)
    nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in STOPPING_SIGNALS}
    for signum in STOPPING_SIGNALS:
        signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, earlier in previous.items():
            signal.signal(signum, earlier if earlier is not None else signal.SIG_DFL)
