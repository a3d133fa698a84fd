"""A report page that cannot be read is a failure with its reason, never "not a report"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import crawl_served, fixture_path, manifest_reports, query


def _midilibre(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.code in (0, 1), result.stderr[-3000:]
    rows = {row["source"]: row for row in json.loads(result.stdout)["sources"]}
    return rows["midilibre"]


def test_an_unreadable_report_page_is_a_failure_and_is_fetched_again(
    sites_copy: Path, sqlite_url: str
) -> None:
    url = manifest_reports("midilibre")[3]["url"]
    page = fixture_path(sites_copy, url)
    original = page.read_bytes()
    page.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)

    result, _ = crawl_served(sites_copy, sqlite_url, sources=("midilibre",))
    row = _midilibre(result)
    assert result.code == 1
    assert row["status"] == "error"
    assert any(
        f["url"] == url and "page not read: binary content, not HTML" in f["reason"]
        for f in row["failures"]
    ), row["failures"]
    assert query(sqlite_url, f"select kind from fetch_state where url = '{url}'") == []

    page.write_bytes(original)  # the outlet fixes its page
    result, answers = crawl_served(sites_copy, sqlite_url, sources=("midilibre",))
    row = _midilibre(result)
    assert result.code == 0, row
    assert row["new"] == 1
    assert any(url.split("/", 3)[3] in path for path, status in answers if status == 200)
    assert query(sqlite_url, f"select count(*) from report_urls where url = '{url}'") == [(1,)]


def test_a_report_with_a_malformed_canonical_link_is_stored(
    sites_copy: Path, sqlite_url: str
) -> None:
    url = manifest_reports("midilibre")[4]["url"]
    page = fixture_path(sites_copy, url)
    html = page.read_text("utf-8")
    html, count = re.subn(
        r'<link rel="canonical" href="[^"]*">',
        '<link rel="canonical" href="https://[www.midilibre.fr/x">',
        html,
    )
    assert count == 1
    page.write_text(html, "utf-8")

    result, _ = crawl_served(sites_copy, sqlite_url, sources=("midilibre",))
    row = _midilibre(result)
    assert result.code == 0, row
    assert row["failures"] == []
    assert query(sqlite_url, f"select count(*) from report_urls where url = '{url}'") == [(1,)]
