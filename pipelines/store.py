"""Store: write the report, its URL variants and a revision when content changed, atomically."""

from __future__ import annotations

from scrapy.exceptions import CloseSpider
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from crawler.items import SituationReport
from crawler.sources import get_source
from pipelines.db.database import SchemaError, safe_url
from pipelines.db.fetch_state import PageSeen, remember_pages
from pipelines.db.repository import find_match, save_report

from .base import SitrepPipeline, timed


class StorePipeline(SitrepPipeline):
    def open_spider(self) -> None:
        try:
            self.database.ensure_schema(auto_migrate=self.settings.getbool("SITREP_AUTO_MIGRATE"))
        except SchemaError as error:
            raise CloseSpider(str(error)) from error
        except OperationalError as error:
            raise CloseSpider(
                f"database {safe_url(self.database.url)} unreachable: {error.orig}"
            ) from error

    @timed("store")
    def process_item(self, item: SituationReport) -> SituationReport:
        source = get_source(item.source)
        source_id, series_ids = self.source_ids(item.source)
        series_id = series_ids[item.series]
        for attempt in range(2):
            try:
                with self.database.session() as session:
                    if attempt:  # another process stored it meanwhile: match again
                        match = find_match(session, source_id, series_id, item)
                        item.match_report_id = match.report_id if match else None
                        item.match_rule = match.rule if match else None
                    outcome, report_id = save_report(
                        session,
                        item,
                        source_id=source_id,
                        series_id=series_id,
                        domains=source.allowed_domains,
                        store_html=self.settings.getbool("SITREP_STORE_HTML"),
                    )
                    remember_fetched(session, item, report_id)
                break
            except IntegrityError:
                if attempt:
                    raise
        item.match_report_id = report_id
        item.store_outcome = outcome
        self.stats.inc_value(f"sitrep/store/{outcome}")
        return item


def remember_fetched(session: Session, item: SituationReport, report_id: int) -> None:
    """Keep the page's validators with the report, in the same transaction: a page is only
    ever skipped or revalidated once what it holds is stored."""
    if item.fetch is None:
        return
    urls = [*item.url_variants, item.url]
    if item.normalized_url:
        urls.append(item.normalized_url)
    remember_pages(
        session,
        (PageSeen(url, item.fetch.etag, item.fetch.last_modified) for url in urls),
        source=item.source,
        kind="report",
        fetched_at=item.fetch.fetched_at,
        report_id=report_id,
    )
