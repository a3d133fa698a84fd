"""A local crawl's frontier: pending requests wait in memory up to a bound, on disk beyond it."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, ClassVar, Self

from scrapy.core.scheduler import Scheduler
from scrapy.crawler import Crawler
from scrapy.http import Request

logger = logging.getLogger(__name__)

PREFIX = "sitrep-frontier-"


def remove_abandoned(parent: Path) -> list[Path]:
    """Remove the spill folders in ``parent`` whose crawl process is gone (killed, or the
    machine restarted); the folders it removed."""
    removed = []
    for folder in parent.glob(f"{PREFIX}*-*"):
        pid = folder.name.removeprefix(PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


class SpillingScheduler(Scheduler):
    """Scrapy's scheduler with a bounded memory frontier and its disk queues beyond it.

    Without ``JOBDIR``, Scrapy holds every pending request in memory, so a backfill that
    discovers 10,000 report links holds 10,000 requests (about 13 MB) until they are
    fetched. This scheduler keeps up to ``SITREP_FRONTIER_MEMORY_REQUESTS`` pending
    requests in memory (counted over every spider of the process) and pickles the rest to
    a private temporary folder (in ``SITREP_SPILL_DIR``, default the system's), made at the
    first spill and removed when the spider closes: a nightly frontier never touches the
    disk, and memory no longer grows with a backfill's. Once a spider has spilled, its new
    requests follow the spilled ones to disk until the disk queue is empty again, and the
    memory queue is served first: requests spilled wait for at most the bound, never for
    requests scheduled after them. With ``JOBDIR`` set, or ``SITREP_SPILL_FRONTIER``
    off, it is Scrapy's scheduler unchanged. A request that cannot be pickled still waits
    in memory (Scrapy's ``scheduler/unserializable`` stat counts them). Folders that a
    killed crawl left behind are removed by the next crawl that uses the same place.
    """

    # Pending requests held in memory by every open scheduler of the process.
    held: ClassVar[int] = 0
    _swept: ClassVar[set[Path]] = set()

    spill_parent: Path | None = None
    spill_dir: Path | None = None
    spill_failed: bool = False
    memory_bound: int = 0
    in_memory: int = 0
    on_disk: int = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = super().from_crawler(crawler)
        if scheduler.dqdir is None and crawler.settings.getbool("SITREP_SPILL_FRONTIER"):
            parent = Path(crawler.settings.get("SITREP_SPILL_DIR") or tempfile.gettempdir())
            scheduler.spill_parent = parent
            scheduler.memory_bound = crawler.settings.getint("SITREP_FRONTIER_MEMORY_REQUESTS")
            if parent not in cls._swept and parent.is_dir():
                cls._swept.add(parent)
                remove_abandoned(parent)
        return scheduler

    def _dqpush(self, request: Request) -> bool:
        """Spill ``request`` once memory holds the bound (or this spider's spilled requests
        are still waiting); a full or vanished disk keeps the rest of the night in memory."""
        if self.spill_parent is None:
            return super()._dqpush(request)  # JOBDIR, or no spilling: Scrapy's own
        if self.spill_failed or (not self.on_disk and type(self).held < self.memory_bound):
            return False
        try:
            if self.dqs is None:
                self._open_spill(self.spill_parent)
            spilled = super()._dqpush(request)
        except OSError as error:
            self._cannot_spill(Path(self.dqdir or self.spill_parent), error)
            return False
        self.on_disk += spilled
        return spilled

    def _open_spill(self, parent: Path) -> None:
        """Make this spider's spill folder and its disk queue."""
        parent.mkdir(parents=True, exist_ok=True)
        if parent not in self._swept:
            self._swept.add(parent)
            remove_abandoned(parent)
        prefix = f"{PREFIX}{os.getpid()}-"
        self.spill_dir = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self.dqdir = self._dqdir(str(self.spill_dir))
        self.dqs = self._dq()

    def _mqpush(self, request: Request) -> None:
        super()._mqpush(request)
        self._hold(1)

    def next_request(self) -> Request | None:
        """Scrapy's order (memory first, then disk), keeping count of what each holds."""
        request: Request | None = self.mqs.pop()
        assert self.stats is not None
        if request is not None:
            self._hold(-1)
            self.stats.inc_value("scheduler/dequeued/memory")
        else:
            request = self._dqpop()
            if request is not None:
                self.on_disk = max(0, self.on_disk - 1)
                self.stats.inc_value("scheduler/dequeued/disk")
        if request is not None:
            self.stats.inc_value("scheduler/dequeued")
        return request

    def _hold(self, change: int) -> None:
        self.in_memory += change
        type(self).held += change

    def _cannot_spill(self, where: Path, error: OSError) -> None:
        self.spill_failed = True
        logger.error("cannot keep pending requests in %s (%s): they stay in memory", where, error)
        if self.stats is not None:
            self.stats.inc_value("sitrep/frontier/spill_failed")

    def close(self, reason: str) -> Any:
        type(self).held -= self.in_memory  # requests left unfetched are let go
        self.in_memory = 0
        try:
            return super().close(reason)
        finally:
            if self.spill_dir is not None:
                shutil.rmtree(self.spill_dir, ignore_errors=True)
                self.spill_dir, self.dqs = None, None
