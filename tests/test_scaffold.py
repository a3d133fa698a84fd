"""``sitrep new-source`` and ``sitrep record``, run in-process against a scratch project (``--root``)."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli
from crawler.devtools.patterns import guess_series
from crawler.devtools.project import Project, ProjectError, fixture_file
from crawler.extract.text import fold
from crawler.replay import ReplayServer, replay_url_for, resolve_file
from tests.conftest import http_fetch

from . import sample_outlet as outlet
from .conftest import MANIFEST, TESTS, manifest_reports
from .golden_check import golden_files, load

ROOT = TESTS.parent
FIRST, SECOND = outlet.REPORTS


def sitrep(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty project: the folders the tools write into, nothing else."""
    project = tmp_path / "project"
    for folder in ("crawler/sources", "crawler/spiders", "tests/sites", "tests/golden"):
        (project / folder).mkdir(parents=True)
    return project


@pytest.fixture
def live(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The sample outlet "online": a local server, with a redirect and a missing page."""
    site = outlet.write_live_site(tmp_path / "live")
    old = site / outlet.HOST / "ancienne-adresse.php"
    old.write_text("", "utf-8")
    old.with_name(old.name + ".http").write_text(
        json.dumps({"status": 301, "headers": {"Location": FIRST.url}}), "utf-8"
    )
    with ReplayServer(site) as server:
        yield server


def new_source(root: Path, *extra: str) -> Result:
    return sitrep(
        "new-source",
        outlet.NAME,
        "--slug",
        outlet.SLUG,
        "--url",
        FIRST.url,
        "--root",
        str(root),
        *extra,
    )


# -- pattern guesses -------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["midilibre", "lindependant", "hardwoodparoxysm"])
def test_guess_from_two_reports_recognises_the_source_reports_only(slug: str) -> None:
    reports = manifest_reports(slug)
    guess = guess_series([r["url"] for r in reports[:2]])
    assert guess.certain
    for report in reports:
        assert re.search(guess.url_pattern, report["url"]), report["url"]
        assert re.search(guess.url_pattern, report["url"] + "?utm_source=rss")
    for path in golden_files(slug):
        assert re.search(guess.title_pattern, fold(load(path)["expected"]["title"]))
    assert not any(re.search(guess.url_pattern, url) for url in MANIFEST["non_reports"])


def test_guess_from_one_url_keeps_its_first_and_last_words() -> None:
    guess = guess_series([FIRST.url])
    assert not guess.certain
    assert guess.key == "guerre-en-ukraine"
    assert guess.title_pattern == r"\bguerre en ukraine\b.*\bpoint sur la situation\b"
    assert re.search(guess.url_pattern, SECOND.url)
    assert not re.search(guess.url_pattern, outlet.NON_REPORT_URL)
    assert re.search(guess.title_pattern, fold(SECOND.title))


def test_guess_for_id_only_urls_says_nothing_about_titles() -> None:
    guess = guess_series(["https://example.org/news/123456.html"])
    assert guess.title_pattern == ".+"
    assert re.search(guess.url_pattern, "https://www.example.org/news/98765.html")
    assert not re.search(guess.url_pattern, "https://example.org/news/sport.html")


def test_guess_reads_percent_encoded_slugs_as_titles() -> None:
    url = "https://example.org/a/caf%C3%A9-du-matin-x-y-le-point-sur-la-situation-12.html"
    guess = guess_series([url])
    assert guess.key == "cafe-du-matin"
    assert re.search(guess.title_pattern, fold("Café du matin : … le point sur la situation"))
    assert re.search(guess.url_pattern, url.replace("-x-y-", "-z-").replace("12", "13"))


# -- URL to file -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.fr/",
        "https://www.example.fr/monde/",
        "https://www.example.fr/2024/04/04/un-article-123.php?utm_source=rss",
        "https://www.example.fr/feed",
        "https://www.example.fr/caf%C3%A9/une%20page.html",
    ],
)
def test_fixture_file_is_where_the_replay_server_looks(tmp_path: Path, url: str) -> None:
    from urllib.parse import urlsplit

    path = fixture_file(tmp_path, url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", "utf-8")
    parts = urlsplit(url)
    assert resolve_file(tmp_path, parts.hostname, parts.path or "/") == path


def test_fixture_file_of_an_existing_directory_is_its_index(tmp_path: Path) -> None:
    (tmp_path / "www.example.fr" / "feed").mkdir(parents=True)
    assert fixture_file(tmp_path, "https://www.example.fr/feed") == (
        tmp_path / "www.example.fr" / "feed" / "index.html"
    )


def test_fixture_file_never_leaves_the_site(tmp_path: Path) -> None:
    with pytest.raises(ProjectError):
        fixture_file(tmp_path, "https://www.example.fr/%2e%2e/%2e%2e/etc/passwd")
    with pytest.raises(ProjectError):
        fixture_file(tmp_path, "ftp://www.example.fr/x")


# -- new-source ------------------------------------------------------------------------------


def test_new_source_writes_module_fixture_folder_and_skeleton(root: Path) -> None:
    result = new_source(root)
    assert result.exit_code == 0, result.output
    module = root / "crawler" / "sources" / f"{outlet.SLUG}.py"
    assert f"created  crawler/sources/{outlet.SLUG}.py" in result.output
    assert "TODO" in module.read_text("utf-8")
    source = Project.at(root).load_source(outlet.SLUG)
    assert (source.slug, source.name, source.language, source.timezone) == (
        outlet.SLUG,
        outlet.NAME,
        "fr",
        "Europe/Paris",
    )
    assert source.homepage == outlet.HOME and source.feeds == (outlet.FEED,)
    assert source.allowed_domains == ("gazette-du-sud.example",)
    assert source.series_for(SECOND.url, SECOND.title) is source.series[0]
    assert source.series[0].matches_title(SECOND.title)
    site = root / "tests" / "sites" / outlet.HOST
    assert [p.name for p in site.iterdir()] == [".gitkeep"]
    (skeleton,) = (root / "tests" / "golden" / outlet.SLUG).iterdir()
    golden = json.loads(skeleton.read_text("utf-8"))
    assert skeleton.name == "undated.json"  # the outlet's URLs carry no date
    assert golden["expected"]["report_date"] is None
    assert golden["reviewed"] is False and golden["url"] == FIRST.url
    assert golden["page"] == f"sites/{outlet.HOST}/{FIRST.path}"
    assert golden["expected"]["series"] == "ukraine-daily"  # the neighbours' convention
    assert golden["expected"]["title"] is None  # the page is not saved yet


def test_generated_module_is_lint_clean(root: Path) -> None:
    assert new_source(root, "--spider").exit_code == 0
    files = [
        str(root / "crawler" / "sources" / f"{outlet.SLUG}.py"),
        str(root / "crawler" / "spiders" / f"{outlet.SLUG}.py"),
    ]
    config = str(ROOT / "pyproject.toml")
    for command in (["format", "--check"], ["check"]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--config", config, *files],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_new_source_prefills_the_skeleton_when_the_page_is_saved(root: Path) -> None:
    page = fixture_file(root / "tests" / "sites", FIRST.url)
    page.parent.mkdir(parents=True)
    page.write_text(outlet.report_html(FIRST), "utf-8")
    assert new_source(root, "--url", SECOND.url).exit_code == 0
    golden = json.loads(
        (root / "tests" / "golden" / outlet.SLUG / f"{FIRST.date}.json").read_text()
    )
    assert golden["reviewed"] is False
    assert golden["expected"]["title"] == FIRST.title
    assert golden["expected"]["report_date"] == FIRST.date
    assert golden["expected"]["published_at"] == f"{FIRST.date}T07:30:00+02:00"
    second = json.loads((root / "tests" / "golden" / outlet.SLUG / "undated.json").read_text())
    assert second["url"] == SECOND.url and second["expected"]["title"] is None  # no page yet


def test_a_skeleton_is_named_by_the_date_in_its_url(root: Path) -> None:
    dated = f"{outlet.HOME}2024/04/04/guerre-en-ukraine-x-le-point-sur-la-situation-1204.php"
    result = sitrep(
        "new-source", outlet.NAME, "--slug", outlet.SLUG, "--url", dated, "--root", str(root)
    )
    assert result.exit_code == 0, result.output
    assert f"golden   tests/golden/{outlet.SLUG}/2024-04-04.json (empty; not reviewed)" in (
        result.output
    )
    golden = json.loads((root / "tests" / "golden" / outlet.SLUG / "2024-04-04.json").read_text())
    assert golden["expected"]["report_date"] == "2024-04-04"


def test_new_source_refuses_to_overwrite_a_source(root: Path) -> None:
    assert new_source(root).exit_code == 0
    module = root / "crawler" / "sources" / f"{outlet.SLUG}.py"
    module.write_text("# edited by hand\n", "utf-8")
    again = new_source(root)
    assert again.exit_code == 1
    assert "already exists: not overwriting it" in again.output
    assert module.read_text("utf-8") == "# edited by hand\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--timezone", "Europe/Nowhere"], "unknown timezone"),
        (["--slug", "la-gazette"], "must be a Python module name"),
        (["--language", "French"], "should be a code"),
        (["--url", "https://other.example/x-1.php"], "same host"),
        (["--url", outlet.HOME], "not of a homepage"),
    ],
)
def test_new_source_rejects_bad_input(root: Path, args: list[str], message: str) -> None:
    result = sitrep("new-source", outlet.NAME, "--url", FIRST.url, "--root", str(root), *args)
    assert result.exit_code == 1 and message in result.output
    assert list((root / "crawler" / "sources").iterdir()) == []


def test_spider_stub_replaces_the_generated_spider(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for folder in ("crawler", "pipelines"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    (project / "tests").mkdir()
    result = new_source(project, "--spider", "--feed", outlet.FEED)
    assert result.exit_code == 0, result.output
    stub = project / "crawler" / "spiders" / f"{outlet.SLUG}.py"
    assert "class GazettedusudSpider(ReportSpider)" in stub.read_text("utf-8")
    ast.parse(stub.read_text("utf-8"))
    probe = (
        "from crawler.devtools.check import spider_class;"
        f"cls = spider_class({outlet.SLUG!r}); print(cls.__module__, cls.__name__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
    )
    assert done.stdout.split() == [f"crawler.spiders.{outlet.SLUG}", "GazettedusudSpider"], (
        done.stderr[-2000:]
    )
    assert new_source(project, "--slug", "other", "--spider").exit_code == 0  # another slug: fine


# -- record ----------------------------------------------------------------------------------


def record(root: Path, url: str, *extra: str) -> Result:
    return sitrep("record", url, "--source", outlet.SLUG, "--root", str(root), *extra)


def scaffolded(root: Path) -> Path:
    assert new_source(root).exit_code == 0
    return root


def test_record_saves_the_page_status_and_headers(root: Path, live: ReplayServer) -> None:
    scaffolded(root)
    result = record(root, outlet.FEED, "--via", live.url)
    assert result.exit_code == 0, result.output
    saved = root / "tests" / "sites" / outlet.HOST / "rss.xml"
    assert saved.read_text("utf-8") == outlet.feed_xml()
    meta = json.loads(saved.with_name("rss.xml.http").read_text("utf-8"))
    assert meta["status"] == 200
    assert meta["headers"]["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert "Set-Cookie" not in meta["headers"] and "Date" not in meta["headers"]
    assert not (root / "tests" / "golden" / outlet.SLUG / "rss.xml.json").exists()
    # What was recorded replays as it was served.
    with ReplayServer(root / "tests" / "sites") as replay:
        result = record(root, outlet.FEED, "--via", replay.url)
    assert result.exit_code == 0
    assert saved.read_text("utf-8") == outlet.feed_xml()


def test_record_keeps_redirects(root: Path, live: ReplayServer) -> None:
    scaffolded(root)
    old = f"{outlet.HOME}ancienne-adresse.php"
    result = record(root, old, "--via", live.url)
    assert result.exit_code == 0, result.output
    sites = root / "tests" / "sites"
    hop = fixture_file(sites, old)
    meta = json.loads(hop.with_name(hop.name + ".http").read_text("utf-8"))
    assert (meta["status"], meta["headers"]["Location"]) == (301, FIRST.url)
    assert fixture_file(sites, FIRST.url).read_text("utf-8") == outlet.report_html(FIRST)


def test_record_as_report_writes_a_prefilled_unreviewed_skeleton(
    root: Path, live: ReplayServer
) -> None:
    scaffolded(root)
    golden_dir = root / "tests" / "golden" / outlet.SLUG

    def again(*extra: str) -> Result:
        return record(root, SECOND.url, "--as-report", "--via", live.url, *extra)

    result = again()
    assert result.exit_code == 0, result.output
    assert "pre-filled from the extractor; not reviewed" in result.output
    path = golden_dir / f"{SECOND.date}.json"
    golden = json.loads(path.read_text("utf-8"))
    assert golden["reviewed"] is False
    assert golden["source"] == outlet.SLUG and golden["url"] == SECOND.url
    assert (root / "tests" / golden["page"]).read_text("utf-8") == outlet.report_html(SECOND)
    assert golden["expected"]["title"] == SECOND.title
    assert golden["expected"]["series"] == "ukraine-daily"
    assert SECOND.headings[1] in golden["expected"]["section_headings"]
    if golden["expected"]["lead"] is None:  # the standfirst was read as the first paragraph
        assert golden["expected"]["first_paragraph"] == SECOND.lead
        assert (
            "check: no lead, but the first paragraph repeats the page's description: "
            "set selectors.lead"
        ) in result.output
    else:
        assert golden["expected"]["lead"] == SECOND.lead
    # Recording again refreshes the unreviewed file in place…
    assert again("--date", SECOND.date).exit_code == 0
    assert sorted(p.name for p in golden_dir.iterdir()) == [path.name, "undated.json"]
    # …but never touches a reviewed one.
    golden["reviewed"] = True
    path.write_text(json.dumps(golden), "utf-8")
    refused = again()
    assert refused.exit_code == 1 and "already reviewed" in refused.output
    assert json.loads(path.read_text("utf-8"))["reviewed"] is True


def test_record_as_report_from_a_saved_file_fills_the_new_source_skeleton(
    root: Path, tmp_path: Path
) -> None:
    scaffolded(root)
    (saved, _) = outlet.write_saved_pages(tmp_path / "Downloads")
    result = record(root, FIRST.url, "--as-report", "--file", str(saved))
    assert result.exit_code == 0, result.output
    (path,) = (root / "tests" / "golden" / outlet.SLUG).iterdir()
    golden = json.loads(path.read_text("utf-8"))
    assert path.name == f"{FIRST.date}.json" and golden["expected"]["title"] == FIRST.title
    assert f"golden updated: tests/golden/{outlet.SLUG}/{path.name}" in result.output
    assert "it was undated.json" in result.output  # the skeleton, named by the page's date now
    page = fixture_file(root / "tests" / "sites", FIRST.url)
    assert page.read_bytes() == saved.read_bytes()
    assert json.loads(page.with_name(page.name + ".http").read_text())["status"] == 200


def test_a_page_recorded_from_a_file_replays_with_validators_and_answers_304(
    root: Path, tmp_path: Path
) -> None:
    scaffolded(root)
    (saved, _) = outlet.write_saved_pages(tmp_path / "Downloads")
    saved_at = 1712215800  # 2024-04-04 07:30 UTC, when the browser saved it
    os.utime(saved, (saved_at, saved_at))
    assert record(root, FIRST.url, "--file", str(saved)).exit_code == 0
    page = fixture_file(root / "tests" / "sites", FIRST.url)
    headers = json.loads(page.with_name(page.name + ".http").read_text("utf-8"))["headers"]
    digest = hashlib.sha1(saved.read_bytes()).hexdigest()[:16]
    assert headers == {
        "Content-Type": "text/html",
        "ETag": f'"{digest}"',  # strong: the content's own hash
        "Last-Modified": "Thu, 04 Apr 2024 07:30:00 GMT",
    }
    with ReplayServer(root / "tests" / "sites") as replay:
        url = replay_url_for(replay.url, FIRST.url)
        status, served, body = http_fetch(url)
        assert (status, body) == (200, saved.read_bytes())
        assert (served["ETag"], served["Last-Modified"]) == (
            headers["ETag"],
            headers["Last-Modified"],
        )
        assert http_fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
        assert http_fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        assert http_fetch(url, {"If-Modified-Since": "Wed, 03 Apr 2024 07:30:00 GMT"})[0] == 200


def undated_url(title: str, article_id: int) -> str:
    return (
        f"{outlet.HOME}monde/guerre-en-ukraine-{title}-le-point-sur-la-situation-{article_id}.php"
    )


def undated_page(folder: Path, name: str, report: outlet.SampleReport) -> Path:
    """A report page that says its date nowhere (no metadata, no dated link, image or year)."""
    dates = r'<meta property="article:[^>]*>|<link rel="canonical"[^>]*>|<time[^>]*>.*?</time>'
    html = re.sub(dates, "", outlet.report_html(report))
    html = html.replace(report.date, "photo").replace(" 2024.", ".")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(html, "utf-8")
    return folder / name


def test_undated_goldens_are_numbered_and_only_updated_for_their_own_url(
    root: Path, tmp_path: Path
) -> None:
    first, second, third = (
        undated_url(w, n) for w, n in (("a", 40512204), ("b", 40512211), ("c", 40512230))
    )
    created = sitrep(
        "new-source",
        outlet.NAME,
        "--slug",
        outlet.SLUG,
        "--url",
        first,
        "--url",
        second,
        "--root",
        str(root),
    )
    assert created.exit_code == 0, created.output
    golden_dir = root / "tests" / "golden" / outlet.SLUG
    assert f"golden   tests/golden/{outlet.SLUG}/undated.json" in created.output
    assert f"golden   tests/golden/{outlet.SLUG}/undated-2.json" in created.output

    def url_of(name: str) -> str:
        return json.loads((golden_dir / name).read_text("utf-8"))["url"]

    assert (url_of("undated.json"), url_of("undated-2.json")) == (first, second)
    downloads = tmp_path / "Downloads"
    # The same URL again: its own golden file, said so.
    again = record(
        root, first, "--as-report", "--file", str(undated_page(downloads, "a.html", FIRST))
    )
    assert again.exit_code == 0, again.output
    assert f"golden updated: tests/golden/{outlet.SLUG}/undated.json" in again.output
    assert (
        json.loads((golden_dir / "undated.json").read_text("utf-8"))["expected"]["title"]
        == FIRST.title
    )
    kept = (golden_dir / "undated-2.json").read_bytes()
    # Another undated report: the next free name, nothing else touched.
    other = record(
        root, third, "--as-report", "--file", str(undated_page(downloads, "c.html", SECOND))
    )
    assert other.exit_code == 0, other.output
    assert f"golden   tests/golden/{outlet.SLUG}/undated-3.json" in other.output
    assert "golden updated" not in other.output
    assert (url_of("undated.json"), url_of("undated-2.json"), url_of("undated-3.json")) == (
        first,
        second,
        third,
    )
    assert (golden_dir / "undated-2.json").read_bytes() == kept
    # A date given later renames the URL's own file, and says which one it was.
    dated = record(
        root, second, "--as-report", "--date", SECOND.date, "--file", str(downloads / "c.html")
    )
    assert dated.exit_code == 0, dated.output
    assert (
        f"golden updated: tests/golden/{outlet.SLUG}/{SECOND.date}.json (this URL's golden file, "
        "written again; it was undated-2.json)"
    ) in dated.output
    assert sorted(p.name for p in golden_dir.iterdir()) == [
        f"{SECOND.date}.json",
        "undated-3.json",
        "undated.json",
    ]


def test_a_golden_file_that_is_not_json_stops_record_with_its_name(
    root: Path, tmp_path: Path
) -> None:
    scaffolded(root)
    (root / "tests" / "golden" / outlet.SLUG / "broken.json").write_text("{", "utf-8")
    (saved, _) = outlet.write_saved_pages(tmp_path / "Downloads")
    result = record(root, SECOND.url, "--as-report", "--file", str(saved))
    assert result.exit_code == 1
    assert f"tests/golden/{outlet.SLUG}/broken.json is not valid JSON" in result.output


def test_record_with_a_date_names_the_file_and_flags_a_disagreement(
    root: Path, live: ReplayServer
) -> None:
    scaffolded(root)
    result = record(root, SECOND.url, "--as-report", "--date", "2024-04-06", "--via", live.url)
    assert result.exit_code == 0, result.output
    assert "report date 2024-04-05, not 2024-04-06" in result.output
    golden = json.loads((root / "tests" / "golden" / outlet.SLUG / "2024-04-06.json").read_text())
    assert golden["expected"]["report_date"] == "2024-04-06"


def test_record_failures_are_clear(root: Path, live: ReplayServer) -> None:
    scaffolded(root)
    missing = f"{outlet.HOME}2024/04/09/nulle-part-1.php"
    gone = record(root, missing, "--as-report", "--via", live.url)
    assert gone.exit_code == 1 and "HTTP 404: not writing a golden file" in gone.output
    unreachable = record(root, FIRST.url, "--via", "http://127.0.0.1:9")
    assert unreachable.exit_code == 1 and "Error:" in unreachable.output
    unknown = sitrep("record", FIRST.url, "--source", "nope", "--root", str(root))
    assert unknown.exit_code == 2 and "no source module" in unknown.output
    not_a_project = sitrep("record", FIRST.url, "--source", "x", "--root", str(root / "tests"))
    assert not_a_project.exit_code == 2 and "is not a sitrep project" in not_a_project.output


def test_record_says_when_a_page_is_outside_the_source_domains(root: Path, tmp_path: Path) -> None:
    scaffolded(root)
    (saved, _) = outlet.write_saved_pages(tmp_path / "Downloads")
    result = record(root, "https://amp.elsewhere.example/a.html", "--file", str(saved))
    assert result.exit_code == 0
    assert "amp.elsewhere.example is outside the allowed_domains" in result.output
    assert (root / "tests" / "sites" / "amp.elsewhere.example" / "a.html").is_file()


def test_guessed_ids_and_dates_keep_their_shape_not_their_width() -> None:
    from crawler.devtools.patterns import guess_series

    guess = guess_series(
        [
            "https://www.laprovence.com/monde/7654321/guerre-en-ukraine-kiev-sous-les-bombes-le-point-du-jour.html"
        ]
    )
    longer = "https://www.laprovence.com/monde/87654321/guerre-en-ukraine-x-le-point-du-jour.html"
    assert re.search(guess.url_pattern, longer)
    rossel = guess_series(
        [
            "https://www.sudinfo.be/id823105/article/2024-04-05/"
            "guerre-en-ukraine-quatre-morts-a-zaporijjia-le-point-sur-la-situation-ce-lundi"
        ]
    )
    assert re.search(
        rossel.url_pattern,
        "https://sudinfo.be/id10823105/article/2024-11-15/"
        "guerre-en-ukraine-x-le-point-sur-la-situation-ce-lundi",
    )
    assert not re.search(rossel.url_pattern, "https://www.sudinfo.be/sport/article/2024-04-05/x")


def test_a_new_source_follows_its_neighbours_series_key_and_name() -> None:
    from crawler.devtools.scaffold import draft_source, render_source

    draft = draft_source(
        "La Provence",
        [
            "https://www.laprovence.com/article/monde/7654321/guerre-en-ukraine-kiev-le-point-sur-la-situation.html"
        ],
    )
    assert draft.guess.key == "ukraine-daily"
    assert draft.guess.name == "Guerre en Ukraine : le point sur la situation"
    assert draft.series_from is not None
    assert f"follow {draft.series_from}'s series" in render_source(draft)
    other = draft_source("Gazette", ["https://www.gazette.fr/2024/04/04/la-meteo-du-jour-123.html"])
    assert other.series_from is None and other.guess.key != "ukraine-daily"
