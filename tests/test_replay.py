"""The replay server: recorded files over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from protego import Protego

from crawler.replay import ReplayServer, replay_url_for
from crawler.settings import USER_AGENT
from tests.conftest import http_fetch


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "sites"
    (root / "www.example.fr" / "monde").mkdir(parents=True)
    (root / "www.example.fr" / "monde" / "index.html").write_text("<html>listing</html>", "utf-8")
    (root / "www.example.fr" / "a-1.php").write_text("<html>article</html>", "utf-8")
    (root / "www.example.fr" / "feed").write_text("<rss/>", "utf-8")
    (root / "www.example.fr" / "feed.http").write_text(
        json.dumps({"status": 200, "headers": {"Content-Type": "application/rss+xml"}}), "utf-8"
    )
    (root / "www.example.fr" / "gone.php").write_text("gone", "utf-8")
    (root / "www.example.fr" / "gone.php.http").write_text(json.dumps({"status": 410}), "utf-8")
    (tmp_path / "secret.txt").write_text("outside", "utf-8")
    return root


def test_serves_files_directories_and_sidecars(site: Path) -> None:
    with ReplayServer(site) as server:
        status, headers, body = http_fetch(
            replay_url_for(server.url, "https://www.example.fr/monde/")
        )
        assert (status, body) == (200, b"<html>listing</html>")
        assert headers["Content-Type"].startswith("text/html")
        status, headers, body = http_fetch(
            replay_url_for(server.url, "https://www.example.fr/a-1.php?utm_source=x")
        )
        assert (status, body) == (200, b"<html>article</html>")
        assert (
            http_fetch(replay_url_for(server.url, "https://www.example.fr/feed"))[1]["Content-Type"]
            == "application/rss+xml"
        )
        assert http_fetch(replay_url_for(server.url, "https://www.example.fr/gone.php"))[0] == 410
        assert (
            http_fetch(replay_url_for(server.url, "https://www.example.fr/missing.php"))[0] == 404
        )
        assert "/www.example.fr/a-1.php?utm_source=x" in server.requests


def test_conditional_requests_get_304(site: Path) -> None:
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, "https://www.example.fr/a-1.php")
        etag = http_fetch(url)[1]["ETag"]
        assert http_fetch(url, {"If-None-Match": etag})[0] == 304


def test_never_serves_outside_its_root(site: Path) -> None:
    with ReplayServer(site) as server:
        assert http_fetch(f"{server.url}/www.example.fr/../../secret.txt")[0] == 404
        assert http_fetch(f"{server.url}/www.example.fr/%2e%2e/%2e%2e/secret.txt")[0] == 404


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="replay directory not found"):
        ReplayServer(tmp_path / "nope")


def test_recorded_validators_are_the_pages_whatever_their_case(site: Path) -> None:
    recorded = {"etag": '"v1"', "last-modified": "Thu, 04 Apr 2024 07:30:00 GMT"}
    (site / "www.example.fr" / "a-1.php.http").write_text(
        json.dumps({"status": 200, "headers": {"content-type": "text/html", **recorded}}), "utf-8"
    )
    with ReplayServer(site) as server:
        url = replay_url_for(server.url, "https://www.example.fr/a-1.php")
        status, headers, _ = http_fetch(url)
        assert status == 200
        named = [name.lower() for name in headers]
        assert (
            named.count("etag") == named.count("last-modified") == named.count("content-type") == 1
        )
        assert (headers["ETag"], headers["Last-Modified"]) == ('"v1"', recorded["last-modified"])
        assert http_fetch(url, {"If-None-Match": '"v1"'})[0] == 304
        # The recorded date counts, not the file's (which is today's, as after a checkout).
        assert http_fetch(url, {"If-Modified-Since": recorded["last-modified"]})[0] == 304
        assert http_fetch(url, {"If-Modified-Since": "Wed, 03 Apr 2024 07:30:00 GMT"})[0] == 200


def test_robots_txt_is_served_when_recorded_and_its_absence_allows_everything(site: Path) -> None:
    page = "https://www.example.fr/a-1.php"
    with ReplayServer(site) as server:
        robots = replay_url_for(server.url, "https://www.example.fr/robots.txt")
        status, _, body = http_fetch(robots)
        # No recorded robots.txt: a 404 whose body holds no rule, read as "allow everything".
        assert status == 404
        assert Protego.parse(body.decode("utf-8")).can_fetch(page, USER_AGENT)
        (site / "www.example.fr" / "robots.txt").write_text(
            "User-agent: *\nDisallow: /a-1.php\n", "utf-8"
        )
        status, headers, body = http_fetch(robots)
        assert status == 200 and headers["Content-Type"].startswith("text/plain")
        assert not Protego.parse(body.decode("utf-8")).can_fetch(page, USER_AGENT)


def test_connections_opened_at_once_are_all_taken(site: Path) -> None:
    """A night opens four connections per outlet at once: the listening socket queues them
    all, before the server gets round to accepting any (a queue of 5 dropped the rest, and
    each dropped one waited a second for its SYN to be sent again)."""
    import select
    import socket

    server = ReplayServer(site)  # listening, not yet accepting
    host, port = server._server.server_address[:2]
    clients = []
    try:
        for _ in range(64):
            client = socket.socket()
            client.setblocking(False)
            client.connect_ex((host, port))
            clients.append(client)
        _, writable, _ = select.select([], clients, [], 0.5)
        handshaken = [c for c in writable if c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0]
        assert len(handshaken) == len(clients)
        with server:
            path = urlsplit(replay_url_for(server.url, "https://www.example.fr/a-1.php")).path
            ask = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
            for client in clients:
                client.setblocking(True)
                client.sendall(ask.encode())
            for client in clients:
                assert client.makefile("rb").readline().startswith(b"HTTP/1.1 200")
    finally:
        for client in clients:
            client.close()
        server._server.server_close()
