"""Per-site behaviour of the replay server (``<host>/.replay.json``), over real HTTP."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.replay import ReplayServer, SiteBehaviour, replay_url_for
from crawler.sources import get_source
from tests.conftest import http_fetch

from .conftest import (
    FAST,
    MANIFEST,
    assert_each_report_stored_once,
    query,
    run_sitrep,
    source_args,
)

PAGE = "https://www.example.fr/a-1.php"
BODY = b"<html><body><p>article</p></body></html>"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "sites"
    (root / "www.example.fr").mkdir(parents=True)
    (root / "www.example.fr" / "a-1.php").write_bytes(BODY)
    return root


def configure(root: Path, **modes: object) -> None:
    (root / "www.example.fr" / ".replay.json").write_text(json.dumps(modes), "utf-8")


def test_default_is_strong_validators_and_304(site: Path) -> None:
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, PAGE)
        status, headers, body = http_fetch(url)
        assert (status, body) == (200, BODY)
        assert headers["ETag"].startswith('"') and "Last-Modified" in headers
        assert "Content-Encoding" not in headers
        assert http_fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
        assert http_fetch(url, {"If-None-Match": '"other"'})[0] == 200
        assert http_fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        # If-None-Match decides when both are sent.
        both = {"If-None-Match": '"other"', "If-Modified-Since": headers["Last-Modified"]}
        assert http_fetch(url, both)[0] == 200


def test_no_validators(site: Path) -> None:
    configure(site, no_validators=True)
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, PAGE)
        status, headers, _ = http_fetch(url)
        assert status == 200
        assert "ETag" not in headers and "Last-Modified" not in headers
        assert http_fetch(url, {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"})[0] == 200


def test_validators_ignored(site: Path) -> None:
    configure(site, validators_ignored=True)
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, PAGE)
        _, headers, _ = http_fetch(url)
        conditional = {
            "If-None-Match": headers["ETag"],
            "If-Modified-Since": headers["Last-Modified"],
        }
        assert http_fetch(url, conditional)[:3:2] == (200, BODY)


def test_weak_etags(site: Path) -> None:
    configure(site, weak_etags=True)
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, PAGE)
        etag = http_fetch(url)[1]["ETag"]
        assert etag.startswith('W/"')
        assert http_fetch(url, {"If-None-Match": etag})[0] == 304
        assert http_fetch(url, {"If-None-Match": f'"x", {etag}'})[0] == 304


def test_gzip_only_for_clients_that_accept_it(site: Path) -> None:
    configure(site, gzip=True)
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, PAGE)
        status, headers, body = http_fetch(url, {"Accept-Encoding": "gzip, deflate"})
        assert status == 200 and headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == BODY
        assert int(headers["Content-Length"]) == len(body)
        assert (
            http_fetch(url, {"Accept-Encoding": "gzip", "If-None-Match": headers["ETag"]})[0] == 304
        )
        plain_status, plain_headers, plain = http_fetch(url)
        assert (plain_status, plain) == (200, BODY) and "Content-Encoding" not in plain_headers
        # Each representation has its own tag.
        assert plain_headers["ETag"] != headers["ETag"]
        refused = http_fetch(url, {"Accept-Encoding": "gzip;q=0, identity"})
        assert refused[2] == BODY


def test_slow_delays_every_answer(site: Path) -> None:
    configure(site, slow=0.2)
    with ReplayServer(site) as server:
        assert http_fetch(replay_url_for(server.url, PAGE))[0] == 200
        assert http_fetch(replay_url_for(server.url, "https://www.example.fr/none"))[0] == 404
    assert SiteBehaviour.load(site, "www.example.fr").slow == 0.2


def test_the_configuration_is_not_served(site: Path) -> None:
    configure(site, weak_etags=True)
    with ReplayServer(site) as server:
        assert (
            http_fetch(replay_url_for(server.url, "https://www.example.fr/.replay.json"))[0] == 404
        )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"gzipped": true}', "unknown key"),
        ('{"slow": "fast"}', "'slow' must be"),
        ('{"gzip": "yes"}', "true or false"),
        ("[1]", "not a JSON object"),
        ("{", "not a JSON object"),
    ],
)
def test_a_malformed_configuration_names_its_file(site: Path, text: str, message: str) -> None:
    (site / "www.example.fr" / ".replay.json").write_text(text, "utf-8")
    with pytest.raises(ValueError, match=message) as raised:
        SiteBehaviour.load(site, "www.example.fr")
    assert ".replay.json" in str(raised.value)
    with ReplayServer(site) as server:
        status, _, body = http_fetch(replay_url_for(server.url, PAGE))
        assert status == 500 and message.encode() in body


# -- two nights per mode ------------------------------------------------------------------------

# Two platforms: the configured hosts get the mode, the other two answer as before.
NIGHT_SOURCES = ("midilibre", "ladepeche", "leprogres", "dna")
CONFIGURED = ("www.midilibre.fr", "www.leprogres.fr")
MODES = {
    "no_validators": {"no_validators": True},
    "validators_ignored": {"validators_ignored": True},
    "weak_etags": {"weak_etags": True},
    "gzip": {"gzip": True, "weak_etags": True},
    "slow": {"slow": 0.05},
}


def replay_path(url: str) -> str:
    parts = urlsplit(url)
    return f"/{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def night(sites: Path, db_url: str) -> tuple[dict, list[tuple[str, int]], list[str]]:
    """One crawl of the four sources: its JSON summary, the server's answers, gzip answers."""
    with ReplayServer(sites) as server:
        result = run_sitrep(
            "crawl",
            "--json",
            *FAST,
            "--set",
            f"SITREP_REPLAY_URL={server.url}",
            *source_args(NIGHT_SOURCES),
            db_url=db_url,
        )
        answers, encoded = server.answers, server.encoded
    assert result.code == 0, result.stderr[-3000:]
    return json.loads(result.stdout), answers, encoded


def totals(summary: dict, *fields: str) -> int:
    return sum(row[field] for row in summary["sources"] for field in fields)


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_incremental_nights_stay_correct_in_every_mode(
    mode: str, sites_copy: Path, sqlite_url: str
) -> None:
    for host in CONFIGURED:
        (sites_copy / host / ".replay.json").write_text(json.dumps(MODES[mode]), "utf-8")
    reports = [r for r in MANIFEST["reports"] if r["source"] in NIGHT_SOURCES]
    report_paths = {replay_path(u) for r in reports for u in [r["url"], *r["variants"]]}
    discovery = {replay_path(url) for slug in NIGHT_SOURCES for url in get_source(slug).start_urls}

    first, answers1, encoded1 = night(sites_copy, sqlite_url)
    assert totals(first, "new") == len(reports)
    revisions = query(sqlite_url, "select count(*) from revisions")
    second, answers2, encoded2 = night(sites_copy, sqlite_url)

    # Nothing new, nothing lost, no second revision of an unchanged page.
    assert totals(second, "new", "revised", "duplicate", "quarantined", "errors") == 0
    assert_each_report_stored_once(sqlite_url, len(reports))
    assert query(sqlite_url, "select count(*) from revisions") == revisions == [(len(reports),)]
    stored = {row[0] for row in query(sqlite_url, "select url from report_urls")}
    assert {r["url"] for r in reports} <= stored

    # Report pages: fetched once when new, not asked for again on the second night.
    asked = [p for p, _ in answers1 + answers2 if p in report_paths]
    assert len(asked) <= 1.1 * len(reports), sorted(asked)
    assert [p for p, _ in answers2 if p in report_paths] == []

    # The mode was in force: discovery pages of the configured hosts revalidate only when
    # they carry validators the server honours; the other hosts keep answering 304.
    for path, status in answers2:
        if path not in discovery:
            continue
        configured = path.split("/")[1] in CONFIGURED
        without = mode in ("no_validators", "validators_ignored")
        assert status == (200 if configured and without else 304), (path, status)
    if mode == "gzip":
        hosts = {p.split("/")[1] for p in encoded1 + encoded2}
        assert hosts == set(CONFIGURED)
    else:
        assert encoded1 + encoded2 == []
