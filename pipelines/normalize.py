"""Normalize: enforce the item contract whatever spider produced it.

Text is repaired and trimmed, dates are timezone-aware and consistent, the
report date is derived, URL variants and the content hash are computed.
"""

from __future__ import annotations

from crawler.items import SituationReport
from crawler.normal_form import content_hash, normalize_report
from crawler.sources import get_source
from crawler.workers import extraction_pool_for, timed_call

from .base import SitrepPipeline

__all__ = ["NormalizePipeline", "content_hash", "normalize_report"]


class NormalizePipeline(SitrepPipeline):
    """Runs :func:`normalize_report` in the extraction workers (CPU work off the reactor)
    for items that do not come normalized (sitrep's own spiders normalize each page in the
    worker trip that extracts it)."""

    def open_spider(self) -> None:
        self.pool = extraction_pool_for(self.settings)

    async def process_item(self, item: SituationReport) -> SituationReport:
        if item.normalized:  # sitrep's spiders normalize in the trip that extracts the page
            return item
        normalized, seconds = await self.pool.run(
            timed_call, normalize_report, item, get_source(item.source)
        )
        self.stats.inc_value("sitrep/time/normalize", seconds)
        return normalized
