"""Link: connect a stored report to its copies in other outlets (syndication, translation)."""

from __future__ import annotations

from crawler.items import SituationReport
from pipelines.db.links import link_copies
from pipelines.db.models import Report

from .base import SitrepPipeline, timed


class LinkPipeline(SitrepPipeline):
    @timed("link")
    def process_item(self, item: SituationReport) -> SituationReport:
        if item.store_outcome not in ("new", "revised") or item.match_report_id is None:
            return item
        with self.database.session() as session:
            report = session.get(Report, item.match_report_id)
            if report is None:
                return item
            for link in link_copies(session, report):
                self.stats.inc_value(f"sitrep/links/{link.kind}")
        return item
