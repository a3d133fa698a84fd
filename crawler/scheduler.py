"""A local crawl's frontier on disk: pending requests wait in a temporary folder, not in memory."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Self

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
    """Scrapy's scheduler with its disk queues always on.

    Without ``JOBDIR``, Scrapy holds every pending request in memory, so a backfill that
    discovers 10,000 report links holds 10,000 requests (about 13 MB) until they are
    fetched. This scheduler gives the disk queues a private temporary folder (in
    ``SITREP_SPILL_DIR``, default the system's), removed when the spider closes: memory no
    longer grows with the frontier. With ``JOBDIR`` set, or ``SITREP_SPILL_FRONTIER``
    off, it is Scrapy's scheduler unchanged. A request that cannot be pickled still waits
    in memory (Scrapy's ``scheduler/unserializable`` stat counts them). Folders that a
    killed crawl left behind are removed by the next crawl that spills to the same place.
    """

    spill_dir: Path | None = None
    spill_failed: bool = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = super().from_crawler(crawler)
        if scheduler.dqdir is None and crawler.settings.getbool("SITREP_SPILL_FRONTIER"):
            parent = Path(crawler.settings.get("SITREP_SPILL_DIR") or tempfile.gettempdir())
            try:
                parent.mkdir(parents=True, exist_ok=True)
                remove_abandoned(parent)
                prefix = f"{PREFIX}{os.getpid()}-"
                scheduler.spill_dir = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
                scheduler.dqdir = scheduler._dqdir(str(scheduler.spill_dir))
            except OSError as error:
                scheduler._cannot_spill(parent, error)
        return scheduler

    def _dqpush(self, request: Request) -> bool:
        """Spill ``request``; a full or vanished disk keeps the rest of the night in memory."""
        if self.spill_failed:
            return False
        try:
            return super()._dqpush(request)
        except OSError as error:
            self._cannot_spill(Path(self.dqdir or "."), error)
            return False

    def _cannot_spill(self, where: Path, error: OSError) -> None:
        self.spill_failed = True
        logger.error("cannot keep pending requests in %s (%s): they stay in memory", where, error)
        if self.stats is not None:
            self.stats.inc_value("sitrep/frontier/spill_failed")

    def close(self, reason: str) -> Any:
        try:
            return super().close(reason)
        finally:
            if self.spill_dir is not None:
                shutil.rmtree(self.spill_dir, ignore_errors=True)
