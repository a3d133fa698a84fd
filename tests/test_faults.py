"""Reliability: fixture servers that misbehave on purpose. The night goes on; nothing stored is lost."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import html as lxml_html

from crawler.replay import replay_url_for

from .conftest import (
    SITES,
    crawl,
    crawl_served,
    fixture_path,
    manifest_reports,
    query,
    run_sitrep,
)

SOURCES = ("midilibre", "lindependant")
BASELINE_REPORTS = sum(len(manifest_reports(s)) for s in SOURCES)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one clean crawl of the two sources."""
    path = tmp_path_factory.mktemp("baseline") / "sitrep.db"
    result = crawl(f"sqlite:///{path}", SITES, sources=SOURCES)
    assert result.code == 0, result.stderr[-3000:]
    return path


def sidecar(page: Path, **meta: object) -> None:
    page.with_name(page.name + ".http").write_text(json.dumps(meta), "utf-8")


def report_page(sites: Path, index: int = 3) -> Path:
    return fixture_path(sites, manifest_reports("midilibre")[index]["url"])


def discovery_pages(sites: Path) -> list[Path]:
    root = sites / "www.midilibre.fr"
    return [root / "rss.xml", root / "sitemap-news.xml", root / "monde" / "index.html"]


def break_with(**meta: object) -> Callable[[Path], None]:
    return lambda sites: sidecar(report_page(sites), **meta)


def pad_page(sites: Path) -> None:
    page = report_page(sites)
    page.write_bytes(page.read_bytes() + b"<!--" + b"x" * (9 * 1024 * 1024) + b"-->")


def serve_image(sites: Path) -> None:
    page = report_page(sites)
    page.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40)
    sidecar(page, headers={"Content-Type": "image/jpeg"})


def redirect_loop(sites: Path) -> None:
    url = manifest_reports("midilibre")[3]["url"]
    sidecar(report_page(sites), status=302, headers={"Location": url})


def refuse_discovery(sites: Path) -> None:
    for page in discovery_pages(sites):
        sidecar(page, status=429, headers={"Content-Type": "text/html"})


def disallow_reports(sites: Path) -> None:
    (sites / "www.midilibre.fr" / "robots.txt").write_text(
        "User-agent: *\nDisallow: /2024/04/04/\n", "utf-8"
    )


def undeclared_cp1252(sites: Path) -> None:
    page = report_page(sites)
    html = (
        page.read_text("utf-8").replace('<meta charset="utf-8">', "").replace('charset="UTF-8"', "")
    )
    page.write_bytes(html.encode("cp1252", errors="xmlcharrefreplace"))
    sidecar(page, headers={"Content-Type": "text/html"})


FAULTS = {
    "http-500": (break_with(status=500), "error", "HTTP 500"),
    "http-503-retry-after-then-ok": (
        break_with(status=503, headers={"Retry-After": "1"}, times=1),
        "no_new_report",
        None,
    ),
    "http-503-retry-after-too-long": (
        break_with(status=503, headers={"Retry-After": "3600"}),
        "error",
        "Retry-After 3600",
    ),
    "http-429-on-discovery": (refuse_discovery, "blocked", "HTTP 429"),
    "connection-reset": (break_with(reset=True), "error", "report:"),
    "timeout": (break_with(delay=6), "error", "TimeoutError"),
    "truncated-body": (break_with(truncate=True), "error", "report:"),
    "redirect-loop": (redirect_loop, "error", "redirect"),
    "http-410-for-a-known-report": (break_with(status=410), "error", "HTTP 410"),
    # An HTML page labelled as an image is sniffed and read; a real image is an error.
    "wrong-content-type": (
        # A new ETag: the page is sent (200) rather than revalidated (304) by the --refresh.
        break_with(headers={"Content-Type": "image/jpeg", "ETag": '"fault"'}),
        "no_new_report",
        None,
    ),
    "binary-body": (serve_image, "error", "not text"),
    "oversize-page": (pad_page, "error", "report:"),
    "robots-disallow": (disallow_reports, "blocked", "robots.txt"),
    "undeclared-encoding": (undeclared_cp1252, "no_new_report", None),
}


def report_answers(answers: list[tuple[str, int]]) -> list[int]:
    """The statuses the replay server answered for the broken report page, in order."""
    path = replay_url_for("", manifest_reports("midilibre")[3]["url"])
    return [status for answered, status in answers if answered == path]


# Faults whose end state alone could hide that the fault never reached the crawler: what the
# server must have answered for the broken report page.
SERVED: dict[str, Callable[[list[int]], bool]] = {
    "http-503-retry-after-then-ok": lambda statuses: statuses[:1] == [503] and len(statuses) >= 2,
    "wrong-content-type": lambda statuses: 200 in statuses,
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault(fault: str, baseline: Path, tmp_path: Path) -> None:
    apply, expected_status, reason = FAULTS[fault]
    sites = tmp_path / "sites"
    shutil.copytree(SITES, sites)
    apply(sites)
    database = tmp_path / "sitrep.db"
    shutil.copy(baseline, database)
    db_url = f"sqlite:///{database}"
    before = query(db_url, "select id, content_hash from reports order by id")
    # --refresh: the known report pages are asked for again, so each fault is met.
    result, answers = crawl_served(
        sites,
        db_url,
        "--refresh",
        "--set",
        "DOWNLOAD_TIMEOUT=3",
        "--set",
        "RETRY_TIMES=1",
        sources=SOURCES,
    )
    if fault in SERVED:
        statuses = report_answers(answers)
        assert SERVED[fault](statuses), f"the fault was not served: {statuses}"
    assert result.code == (0 if expected_status in ("ok", "no_new_report") else 1), result.stderr[
        -3000:
    ]
    rows = {row["source"]: row for row in json.loads(result.stdout)["sources"]}
    assert rows["midilibre"]["status"] == expected_status, rows["midilibre"]
    assert rows["lindependant"]["status"] == "no_new_report"  # the other source is unaffected
    if reason:
        assert any(reason in failure["reason"] for failure in rows["midilibre"]["failures"]), rows[
            "midilibre"
        ]
    after = query(db_url, "select id, content_hash from reports order by id")
    assert after == before  # nothing stored was lost or changed
    status = json.loads(run_sitrep("status", "--json", db_url=db_url).stdout)
    assert {s["slug"]: s["status"] for s in status}["midilibre"] == expected_status


def empty_body(html: str) -> str:
    """A redesign that moves the text out of the page (rendered client-side)."""
    tree = lxml_html.fromstring(html)
    for body in tree.cssselect("div.article-full__body-content"):
        body.getparent().replace(
            body, lxml_html.fromstring("<div id='app-root'><p>Chargement…</p></div>")
        )
    return lxml_html.tostring(tree, encoding="unicode").replace('"articleBody"', '"x-body"')


def no_headings(html: str) -> str:
    """A redesign whose subheadings are images: the text is the same, the structure is gone."""
    tree = lxml_html.fromstring(html)
    for heading in tree.cssselect("div.article-full__body-content h2"):
        heading.getparent().replace(heading, lxml_html.fromstring("<img src='/titre.png' alt=''>"))
    return lxml_html.tostring(tree, encoding="unicode").replace('"articleBody"', '"x-body"')


@pytest.mark.parametrize("redesign", [empty_body, no_headings], ids=lambda f: f.__name__)
def test_layout_change_is_parser_drift_with_the_page_saved(
    redesign, baseline: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sites = tmp_path / "sites"
    shutil.copytree(SITES, sites)
    for entry in manifest_reports("midilibre"):
        page = fixture_path(sites, entry["url"])
        page.write_text(redesign(page.read_text("utf-8")), "utf-8")
    database = tmp_path / "sitrep.db"
    shutil.copy(baseline, database)
    db_url = f"sqlite:///{database}"
    # --refresh: the redesigned pages are known ones, asked for again.
    drift_dir = ("--set", f"SITREP_DRIFT_DIR={tmp_path / 'drift'}")
    result = crawl(db_url, sites, "--json", "--refresh", *drift_dir, sources=SOURCES)
    rows = {row["source"]: row for row in json.loads(result.stdout)["sources"]}
    assert result.code == 1
    assert rows["midilibre"]["status"] == "parser_drift", rows["midilibre"]
    assert rows["lindependant"]["status"] == "no_new_report"
    saved = list((tmp_path / "drift" / "midilibre").rglob("*.php"))
    assert saved, "the drifting pages were not saved"
    assert "parser_drift" in run_sitrep("status", db_url=db_url).stdout
    as_json = json.loads(run_sitrep("status", "--json", db_url=db_url).stdout)
    midilibre = next(s for s in as_json if s["slug"] == "midilibre")
    assert midilibre["history"][:2] == ["parser_drift", "no_new_report"] or midilibre["history"][
        :2
    ] == [
        "parser_drift",
        "ok",
    ]
    assert any("page saved" in reason for reason in midilibre["reasons"])
    assert query(db_url, "select count(*) from reports") == [(BASELINE_REPORTS,)]


def test_second_crawl_waits_for_no_one_and_says_so(baseline: Path, tmp_path: Path) -> None:
    from store.database import Database
    from store.lock import crawl_lock

    database = tmp_path / "sitrep.db"
    shutil.copy(baseline, database)
    db_url = f"sqlite:///{database}"
    with crawl_lock(Database(db_url)):
        result = crawl(db_url, SITES, sources=SOURCES)
    assert result.code == 2
    assert "another crawl is running" in result.stderr
    assert crawl(db_url, SITES, sources=SOURCES).code == 0
