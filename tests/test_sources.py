"""The source registry, series recognition, and Scrapy's own view of the spiders."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crawler.sources import UnknownSourceError, all_sources, get_source

from .conftest import MANIFEST, TESTS
from .golden_check import golden_files, load


def test_registry_has_the_three_first_sources() -> None:
    assert {"midilibre", "lindependant", "hardwoodparoxysm"} <= {s.slug for s in all_sources()}
    with pytest.raises(UnknownSourceError, match="known: "):
        get_source("nope")


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_golden_report_belongs_to_its_series(path) -> None:  # type: ignore[no-untyped-def]
    golden = load(path)
    source = get_source(golden["source"])
    series = source.series_for(golden["url"], golden["expected"]["title"])
    assert series is not None and series.key == golden["expected"]["series"]
    assert series.matches_title(golden["expected"]["title"])


def test_no_listed_non_report_is_taken_for_a_report() -> None:
    for url in MANIFEST["non_reports"]:
        assert all(s.series_for(url, None) is None for s in all_sources()), url


def test_report_title_is_required_on_the_page() -> None:
    series = get_source("midilibre").series[0]
    assert not series.matches_title(
        "Guerre en Ukraine : Vladimir Poutine prépare-t-il une offensive ?"
    )
    assert not series.matches_title("Guerre Israël-Hamas : le point sur la situation")
    assert series.matches_title("GUERRE EN UKRAINE : Kiev… LE POINT SUR LA SITUATION")


def test_scrapy_list_shows_one_spider_per_source() -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        capture_output=True,
        text=True,
        cwd=TESTS.parent,
        check=True,
    ).stdout.split()
    assert sorted(listed) == sorted(s.slug for s in all_sources())
