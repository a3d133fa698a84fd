"""Python's cyclic garbage collector, tuned for a long crawl.

A crawl process holds a few hundred thousand long-lived objects (Scrapy, Twisted,
SQLAlchemy, lxml, the sources) and makes short-lived ones by the million (requests,
responses, Deferreds, items). With CPython's default thresholds a young-generation pass
starts every 700 allocations, and the older passes walk the long-lived objects again and
again: on a generated night of 500 reports, 14 % of the crawl process's CPU, half of it
while modules were being imported (nothing imported is garbage).

* :func:`collection_paused`: no collection while the crawl is set up. ``sitrep crawl`` and
  :func:`crawler.run.run_crawl` pause the collector from their first step until the
  reactor runs, their spiders open: every pass before then walks only what was just
  imported or built, all of it alive (four passes of 2-20 ms each on a night of 500
  reports).
* :class:`SteadyCollection` (an extension): when the engine starts, what is alive is
  frozen (kept out of every later pass) and a young-generation pass waits for
  ``SITREP_GC_THRESHOLD`` allocations (default 10,000; 0 keeps Python's thresholds).
  Cycles are still collected: a page's garbage lives a little longer, nothing more.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:  # imported before Scrapy is (to pause collection while it is)
    from scrapy.crawler import Crawler

_settled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection inside the block, unless the block switches it back on; after
    the block, as it was before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        (gc.enable if was_enabled else gc.disable)()


def settle(threshold: int) -> None:
    """Freeze what is alive and raise the young generation's threshold (once a process)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    if threshold > 0:
        gc.set_threshold(threshold, *gc.get_threshold()[1:])


class SteadyCollection:
    """Settles the collector when the first engine of the process starts."""

    def __init__(self, threshold: int):
        self.threshold = threshold

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        from scrapy import signals

        extension = cls(crawler.settings.getint("SITREP_GC_THRESHOLD", 10_000))
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        return extension

    def engine_started(self) -> None:
        settle(self.threshold)
