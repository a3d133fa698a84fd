"""Link: connect a stored report to its copies in other outlets (syndication, translation).

The items a store batch writes reach this stage together: they are linked together, in one
session, their candidates read with one statement (:func:`store.links.link_all`).
"""

from __future__ import annotations

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from crawler.items import SituationReport
from crawler.similarity import to_signed
from store.database import Database
from store.links import ReportKey, link_all, report_key

from .base import SitrepPipeline, database_stage
from .batching import Batcher


class LinkPipeline(SitrepPipeline):
    @database_stage
    async def process_item(self, item: SituationReport) -> SituationReport:
        if item.store_outcome not in ("new", "revised") or item.match_report_id is None:
            return item
        kinds = await maybe_deferred_to_future(linker_for(self.database).link(item, self))
        for kind in kinds:
            self.stats.inc_value(f"sitrep/links/{kind}")
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


Waiting = tuple[SituationReport, LinkPipeline]


class LinkBatcher(Batcher[Waiting]):
    """Items of every spider of the process (one database) that arrive in the same turn of
    the reactor — a store batch's — linked in one session; if that fails, each item in a
    session of its own, so that only the item at fault fails."""

    stage = "link"

    def __init__(self, database: Database):
        super().__init__(None, 0.0)
        self.database = database

    def link(self, item: SituationReport, pipeline: LinkPipeline) -> defer.Deferred:
        """A Deferred fired with the kinds of the links made, once they are committed."""
        return self.add((item, pipeline), pipeline.stats)

    def handle(self, entries: list[Waiting]) -> list[list[str] | Exception]:
        try:
            return list(self._link(entries))
        except Exception:  # one by one: only the item at fault fails
            results: list[list[str] | Exception] = []
            for waiting in entries:
                try:
                    results += self._link([waiting])
                except Exception as error:
                    results.append(error)
            return results

    def _link(self, batch: list[Waiting]) -> list[list[str]]:
        """Link the batch's reports in one transaction: the kinds of the links each made."""
        with self.database.session() as session:
            reports = [
                pipeline.stored_as(item)
                if item.store_outcome == "new"
                else report_key(session, item.match_report_id)  # type: ignore[arg-type]
                for item, pipeline in batch
            ]
            linked = iter(link_all(session, [report for report in reports if report]))
            return [[link.kind for link in next(linked)] if report else [] for report in reports]


_LINKERS: dict[str, LinkBatcher] = {}


def linker_for(database: Database) -> LinkBatcher:
    """The process's link batcher for ``database`` (shared by the pipelines of all spiders)."""
    if database.url not in _LINKERS:
        _LINKERS[database.url] = LinkBatcher(database)
    return _LINKERS[database.url]
