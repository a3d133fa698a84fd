"""Dedupe: decide which stored report, if any, an item is a version of.

The ladder (see :func:`store.repository.find_match`) is deterministic and
never compares titles: a daily series repeats its headline every day.
"""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import SituationReport
from crawler.ledger import run_id_of
from crawler.similarity import UNRELATED_BITS
from store.repository import find_match, quarantine_item

from .base import SitrepPipeline, timed


class DedupePipeline(SitrepPipeline):
    @timed("dedupe")
    def process_item(self, item: SituationReport) -> SituationReport:
        source_id, series_ids = self.source_ids(item.source)
        with self.database.reading() as connection:
            match = find_match(connection, source_id, series_ids[item.series], item)
        if match is None:
            return item
        if match.rule == "identity" and match.distance > UNRELATED_BITS:
            # Same day, same series, but unrelated text at another URL: never merge silently.
            reason = (
                f"identity conflict: report {match.report_id} of {item.series} on {item.report_date} "
                f"has unrelated content ({match.distance} of 64 fingerprint bits differ)"
            )
            with self.database.session() as session:
                quarantine_item(session, item, [reason], run_id_of(self.crawler))
            self.stats.inc_value("sitrep/quarantined")
            raise DropItem(f"quarantined {item.url}: {reason}")
        item.match_report_id, item.match_rule = match.report_id, match.rule
        self.stats.inc_value(f"sitrep/dedupe/match/{match.rule}")
        return item
