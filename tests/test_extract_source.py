"""``sitrep extract`` reads a page with the hints of the source its URL belongs to (or the
one named by --source) and says which source that was."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.sources import source_for_url
from tests.conftest import TESTS, fixture_path, manifest_reports, run_sitrep

PAGE_URL = manifest_reports("midilibre")[0]["url"]


def saved_page() -> str:
    return str(fixture_path(TESTS / "sites", PAGE_URL))


def test_the_source_is_found_by_the_domain_of_the_url() -> None:
    assert source_for_url(PAGE_URL).slug == "midilibre"
    assert source_for_url("https://midilibre.fr/a.php").slug == "midilibre"  # no www.
    assert source_for_url("https://amp.midilibre.fr/a.php").slug == "midilibre"
    assert source_for_url("https://www.midilibre.fr.example.org/a.php") is None
    assert source_for_url("https://example.org/") is None


def test_extract_uses_the_source_of_the_url_and_says_so() -> None:
    result = run_sitrep("extract", saved_page(), "--url", PAGE_URL)
    assert result.code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == {"slug": "midilibre", "chosen_by": "url domain"}
    assert record["provenance"]["body"] == "selector:div.article-full__body-content"
    assert record["lead"].startswith("Chaque jour, Midi Libre fait le point")


def test_source_overrides_the_domain_and_no_match_means_generic_rules() -> None:
    forced = run_sitrep(
        "extract", saved_page(), "--url", "https://example.org/a.html", "--source", "midilibre"
    )
    assert json.loads(forced.stdout)["source"] == {"slug": "midilibre", "chosen_by": "--source"}
    generic = run_sitrep("extract", saved_page(), "--url", "https://example.org/a.html")
    record = json.loads(generic.stdout)
    assert record["source"] is None and record["provenance"]["body"] == "density"


def test_batch_lines_each_use_the_source_of_their_url(tmp_path: Path) -> None:
    lines = "\n".join(
        json.dumps({"id": n, "html_path": saved_page(), "url": url})
        for n, url in enumerate((PAGE_URL, "https://example.org/a.html"))
    )
    result = run_sitrep("extract", "--batch", stdin=lines, cwd=tmp_path)
    assert result.code == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["source"]["slug"] == "midilibre" and second["source"] is None
