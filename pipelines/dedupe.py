"""Dedupe: decide which stored report, if any, an item is a version of.

The ladder (see :func:`pipelines.db.repository.find_match`) is deterministic and
never compares titles: a daily series repeats its headline every day.
"""

from __future__ import annotations

from crawler.items import SituationReport
from pipelines.db.repository import find_match

from .base import SitrepPipeline


class DedupePipeline(SitrepPipeline):
    def process_item(self, item: SituationReport) -> SituationReport:
        source_id, series_ids = self.source_ids(item.source)
        with self.database.session() as session:
            match = find_match(session, source_id, series_ids[item.series], item)
        if match is not None:
            item.match_report_id, item.match_rule = match
            self.stats.inc_value(f"sitrep/dedupe/match/{item.match_rule}")
        return item
