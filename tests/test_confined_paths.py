"""Files named after URLs or user input stay inside their folder; report URLs are anchored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crawler.devtools.project import Project, ProjectError
from crawler.items import SituationReport
from crawler.ledger import save_fixture_candidates
from crawler.paths import UnsafePath, confined, url_file
from crawler.replay import resolve_file
from crawler.sources import all_sources, get_source
from crawler.urls import absolute_url, remove_dot_segments
from tests.conftest import MANIFEST, crawl_served

HOSTILE_SUFFIXES = (
    "/../../../../../../../pwned/evil.html",
    "/%2e%2e/%2e%2e/%2e%2e/pwned/evil.html",
    "/%2E%2E/pwned.html",
    "/.%2e/pwned.html",
    "/anything-else.html",
)


@pytest.mark.parametrize(
    "relative",
    [
        "../evil.html",
        "a/../../evil.html",
        "/etc/passwd",
        "a/./b",
        "a\x00b",
        "x" * 256,
        "a/" + "y" * 300 + "/b.html",
        "/".join(["d" * 200] * 25),
    ],
)
def test_confined_refuses_names_that_leave_the_folder_or_cannot_exist(
    tmp_path: Path, relative: str
) -> None:
    with pytest.raises(UnsafePath):
        confined(tmp_path, relative)


def test_confined_refuses_a_symbolic_link_out_of_the_folder(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    os.symlink(outside, root / "link")
    with pytest.raises(UnsafePath, match="symbolic link"):
        confined(root, "link/evil.html")
    assert confined(root, "a/b.html") == root.resolve() / "a" / "b.html"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.midilibre.fr/a.php/../../../../pwned/evil.html",
        "https://www.midilibre.fr/a.php/%2e%2e/%2e%2e/%2e%2e/pwned/evil.html",
        "https://www.midilibre.fr/a%00b.html",
        "https://www.midilibre.fr/" + "z" * 300 + ".html",
        "https://[www.sudinfo.be/x",
        "ftp://www.midilibre.fr/x",
        "https://../x",
    ],
)
def test_url_files_never_leave_their_folder(tmp_path: Path, url: str) -> None:
    with pytest.raises(UnsafePath):
        url_file(tmp_path, url)
    assert resolve_file(tmp_path, "www.midilibre.fr", url.split("midilibre.fr", 1)[-1]) is None


def test_url_file_maps_folders_to_their_index(tmp_path: Path) -> None:
    assert url_file(tmp_path, "https://a.fr/") == tmp_path.resolve() / "a.fr" / "index.html"
    assert url_file(tmp_path, "https://a.fr/x/?q=1") == tmp_path.resolve() / "a.fr/x/index.html"
    assert url_file(tmp_path, "https://a.fr/x%20y.php") == tmp_path.resolve() / "a.fr/x y.php"


def test_drift_pages_with_hostile_urls_are_not_written_outside_the_drift_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "drift"
    victim = tmp_path / "pwned" / "evil.html"
    items = [
        SituationReport(
            source="midilibre",
            series="ukraine-daily",
            url=f"https://www.midilibre.fr/2024/04/08/x-1.php{suffix}",
            html=b"<html>chosen by the page's author</html>",
        )
        for suffix in HOSTILE_SUFFIXES[:4]
    ]
    items.append(
        SituationReport(
            source="midilibre", series="s", url="https://www.midilibre.fr/ok.php", html=b"<p>"
        )
    )
    saved = save_fixture_candidates(items, str(folder), "midilibre")
    assert not victim.exists()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(p.is_relative_to(folder) for p in written), written
    assert saved == [str(folder.resolve() / "midilibre" / "www.midilibre.fr" / "ok.php")]


def test_recording_refuses_urls_that_leave_the_sites_folder() -> None:
    project = Project.at()
    for url in (
        "https://www.midilibre.fr/%2e%2e/%2e%2e/crawler/sources/evil.py",
        "https://www.midilibre.fr/a\x00.html",
        "https://www.midilibre.fr/" + "n" * 400,
    ):
        with pytest.raises(ProjectError):
            project.fixture_file(url)


def test_no_series_url_pattern_accepts_a_report_url_with_anything_appended() -> None:
    for report in MANIFEST["reports"]:
        source = get_source(report["source"])
        url = report["url"]
        assert any(s.matches_url(url) for s in source.series), url
        assert any(s.matches_url(url + "?utm_source=rss#top") for s in source.series), url
        for suffix in HOSTILE_SUFFIXES:
            assert not any(s.matches_url(url + suffix) for s in source.series), url + suffix
    assert {s.slug for s in all_sources()} == {r["source"] for r in MANIFEST["reports"]}


def test_links_resolve_dot_segments_as_a_browser_does() -> None:
    base = "https://www.midilibre.fr/ukraine/"
    assert absolute_url(base, "/2024/x-1.php/../../../pwned/evil.html") == (
        "https://www.midilibre.fr/pwned/evil.html"
    )
    assert (
        absolute_url(base, "a/%2E%2E/b.php?x=../y")
        == "https://www.midilibre.fr/ukraine/b.php?x=../y"
    )
    assert absolute_url(base, "https://[www.sudinfo.be/x") is None
    assert absolute_url(base, "http://host:99999/") is None
    assert absolute_url(base, "mailto:x@y.fr") is None
    assert remove_dot_segments("/a/b/c/./../../g") == "/a/g"
    assert remove_dot_segments("/a/b/..") == "/a/"


def test_a_feed_link_climbing_out_of_a_report_url_is_resolved_and_never_saved_outside(
    sites_copy: Path, sqlite_url: str, tmp_path: Path
) -> None:
    feed = sites_copy / "www.midilibre.fr" / "rss.xml"
    hostile = (
        "https://www.midilibre.fr/2024/04/08/guerre-en-ukraine-x-le-point-sur-la-situation-1.php"
        "/../../../../../../../../pwned/evil.html"
    )
    entry = (
        "<item><title>Guerre en Ukraine : x, le point sur la situation</title>"
        f"<link>{hostile}</link><pubDate>Mon, 08 Apr 2024 06:00:00 +0200</pubDate></item>"
    )
    text = feed.read_text("utf-8")
    feed.write_text(text.replace("<item>", entry + "<item>", 1), "utf-8")
    drift = tmp_path / "drift"
    result, answers = crawl_served(
        sites_copy,
        sqlite_url,
        "--set",
        f"SITREP_DRIFT_DIR={drift}",
        sources=("midilibre",),
    )
    assert result.code in (0, 1), result.stderr[-2000:]
    # Titled like the series, the link is followed, as a browser would resolve it: to
    # /pwned/evil.html on the outlet's site, never through a path that climbs.
    assert not any(".." in path or "%2e" in path.lower() for path, _ in answers), answers
    assert not [p for p in tmp_path.rglob("evil.html")]
