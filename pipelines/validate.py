"""Validate: an item that breaks the contract goes to quarantine with its reasons."""

from __future__ import annotations

from crawler.items import SituationReport

from .base import SitrepPipeline, timed


def problems(item: SituationReport, min_body_chars: int) -> list[str]:
    """Why the item cannot be stored as a report (empty when it can)."""
    reasons = []
    if not item.title:
        reasons.append("no title")
    if item.report_date is None:
        reasons.append("no report date")
    if item.published_at is None:
        reasons.append("no publication date")
    elif item.published_at.utcoffset() is None:
        reasons.append("publication date has no timezone")
    body_chars = sum(len(p) for p in item.paragraphs)
    if body_chars < min_body_chars:
        paywall = " (paywalled)" if item.is_paywalled else ""
        reasons.append(f"body too short: {body_chars} < {min_body_chars} characters{paywall}")
    return reasons


class ValidatePipeline(SitrepPipeline):
    @timed("validate")
    def process_item(self, item: SituationReport) -> SituationReport:
        reasons = problems(item, self.settings.getint("SITREP_MIN_BODY_CHARS"))
        if not reasons:
            return item
        raise self.quarantined(item, reasons)
