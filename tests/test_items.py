"""The item's repr: what Scrapy writes into the log line of an item a stage fails on."""

from __future__ import annotations

import datetime as dt
import logging

from scrapy.logformatter import LogFormatter

from crawler.items import Section, SituationReport


def test_a_failed_item_is_logged_by_its_identity_not_its_text() -> None:
    item = SituationReport(
        source="midilibre",
        series="ukraine-daily",
        url="https://www.midilibre.fr/2024/04/04/guerre-en-ukraine-point.php",
        title="Guerre en Ukraine : le point sur la situation",
        report_date=dt.date(2024, 4, 4),
        sections=[Section(None, ["Kharkiv " * 2_000])],
        html=b"<html>" + b"x" * 100_000,
    )
    entry = LogFormatter().item_error(item, RuntimeError("database gone"), None, None)  # type: ignore[arg-type]
    line = entry["msg"] % entry["args"]
    assert entry["level"] == logging.ERROR
    assert line == (
        "Error processing SituationReport(source='midilibre', series='ukraine-daily', "
        "report_date=2024-04-04, url='https://www.midilibre.fr/2024/04/04/guerre-en-ukraine-point.php')"
    )
