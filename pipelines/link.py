"""Link: connect a stored report to its copies in other outlets (syndication, translation)."""

from __future__ import annotations

from crawler.items import SituationReport
from crawler.similarity import to_signed
from store.links import ReportKey, link_copies, report_key

from .base import SitrepPipeline, timed


class LinkPipeline(SitrepPipeline):
    @timed("link")
    def process_item(self, item: SituationReport) -> SituationReport:
        if item.store_outcome not in ("new", "revised") or item.match_report_id is None:
            return item
        with self.database.session() as session:
            report = (
                self.stored_as(item)
                if item.store_outcome == "new"
                else report_key(session, item.match_report_id)
            )
            if report is None:
                return item
            for link in link_copies(session, report):
                self.stats.inc_value(f"sitrep/links/{link.kind}")
        return item

    def stored_as(self, item: SituationReport) -> ReportKey:
        """The linking columns of the report just inserted from ``item``: they are the item's."""
        assert item.match_report_id is not None and item.report_date is not None
        return ReportKey(
            id=item.match_report_id,
            source_id=self.source_ids(item.source)[0],
            report_date=item.report_date,
            published_at=item.published_at,
            content_hash=item.content_hash or "",
            simhash=to_signed(item.simhash or 0),
            language=item.language,
        )
