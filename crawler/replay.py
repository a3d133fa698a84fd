"""Offline replay of recorded sites.

A recorded site tree looks like ``<root>/<host>/<url path>``; a path ending in
``/`` is stored as ``index.html``. A sidecar ``<file>.http`` (JSON:
``{"status": 200, "headers": {...}}``) overrides the status and headers (a recorded
``ETag`` and ``Last-Modified`` are the page's validators: conditional requests are
answered against them), and can
make the server misbehave on purpose for fault tests: ``"delay": seconds``
before answering, ``"reset": true`` (drop the connection without an answer),
``"truncate": true`` (announce the full length, send half, hang up); with
``"times": N`` the sidecar applies to the first N requests only.

Each host may also behave like a real server of its own kind, set in
``<root>/<host>/.replay.json`` (see :class:`SiteBehaviour`): no validators at all,
validators that conditional requests never match, weak ETags, gzip-encoded bodies,
or a fixed delay before every answer. Without that file a host answers as it always
did: a strong ETag and a Last-Modified on every file, 304 to a matching conditional
request.

:class:`ReplayServer` serves such a tree over real HTTP on 127.0.0.1, taking the
outlet's host as the first path segment (``/www.midilibre.fr/rss.xml``).
:func:`replay_url_for` says where it serves an outlet's URL; Scrapy's side is
:class:`crawler.replay_handler.ReplayDownloadHandler`.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import json
import mimetypes
import socket
import struct
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit

from crawler.paths import UnsafePath, url_file

MAX_DELAY = 60.0
_VALIDATORS = ("etag", "last-modified")
# ``--replay`` without a folder: the snapshot shipped with sitrep.
BUNDLED = "bundled"
_TYPES = {
    ".php": "text/html; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


BEHAVIOUR_FILE = ".replay.json"


@dataclass(frozen=True)
class SiteBehaviour:
    """How one host's server answers (``<root>/<host>/.replay.json``; every key optional).

    ``{"no_validators": true}`` sends neither ETag nor Last-Modified; ``"validators_ignored"``
    sends both but answers 200 to every conditional request; ``"weak_etags"`` sends
    ``W/"..."``; ``"gzip"`` encodes bodies for clients that accept it (the encoded
    representation has its own ETag, as a server must); ``"slow": seconds`` waits that long
    before every answer.
    """

    no_validators: bool = False
    validators_ignored: bool = False
    weak_etags: bool = False
    gzip: bool = False
    slow: float = 0.0

    @classmethod
    def load(cls, root: Path, host: str) -> SiteBehaviour:
        """The behaviour configured for ``host``; the default when there is no file.

        A malformed file is a :class:`ValueError` naming the file and the problem.
        """
        path = root / host / BEHAVIOUR_FILE
        if not host or not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"{path}: not a JSON object ({error})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path}: not a JSON object")
        unknown = sorted(set(data) - set(cls.__dataclass_fields__))
        if unknown:
            known = ", ".join(cls.__dataclass_fields__)
            raise ValueError(f"{path}: unknown key(s) {', '.join(unknown)} (known: {known})")
        slow = data.get("slow", 0.0)
        if isinstance(slow, bool) or not isinstance(slow, int | float) or slow < 0:
            raise ValueError(f"{path}: 'slow' must be a number of seconds >= 0")
        flags = {k: v for k, v in data.items() if k != "slow"}
        if any(not isinstance(v, bool) for v in flags.values()):
            raise ValueError(f"{path}: modes other than 'slow' are true or false")
        return cls(**flags, slow=min(float(slow), MAX_DELAY))


def content_etag(body: bytes) -> str:
    """The strong ETag the server gives a body that has none recorded (its content hash)."""
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


# Recorded header names are kept as the outlet spelled them; these are looked up by name.
_CANONICAL = {"content-type": "Content-Type", "etag": "ETag", "last-modified": "Last-Modified"}


def _with_recorded(headers: dict[str, str], recorded: dict[str, str]) -> dict[str, str]:
    """``headers`` overridden by a sidecar's, whatever their case (one header per name)."""
    merged = dict(headers)
    for name, value in recorded.items():
        for old in [k for k in merged if k.lower() == name.lower()]:
            del merged[old]
        merged[_CANONICAL.get(name.lower(), name)] = value
    return merged


def _timestamp(http_date: str) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError):
        return None
    return when.timestamp() if when.tzinfo is not None else None


def _etag_matches(header: str, etag: str) -> bool:
    """RFC 9110 weak comparison of an ``If-None-Match`` list against ``etag``."""
    if header.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == opaque for tag in header.split(","))


def _accepts_gzip(header: str) -> bool:
    for coding in header.split(","):
        name, _, params = coding.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            return params.replace(" ", "").lower() not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def resolve_file(root: Path, host: str, path: str) -> Path | None:
    """The recorded file for ``host`` + ``path``, or ``None``; never outside ``root``."""
    try:
        target = url_file(root, f"http://{host}{path}")
    except UnsafePath:
        return None
    return target if target.is_file() else None


class _Handler(BaseHTTPRequestHandler):
    server: _ReplayHTTPServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # header and body go out as separate writes

    def log_message(self, format: str, *args: object) -> None:
        return  # keep test and crawl output quiet

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def _serve(self, *, with_body: bool) -> None:
        parts = urlsplit(self.path)
        host, _, rest = parts.path.lstrip("/").partition("/")
        self.server.record(self.path)
        try:
            behaviour = SiteBehaviour.load(self.server.root, host)
        except ValueError as error:
            self._send(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                {"Content-Type": "text/plain; charset=utf-8"},
                str(error).encode("utf-8"),
                with_body,
            )
            return
        if behaviour.slow:
            time.sleep(behaviour.slow)
        found = resolve_file(self.server.root, host, "/" + rest) if host else None
        if found is not None and found.parent.name == host and found.name == BEHAVIOUR_FILE:
            found = None  # the server's own configuration is not part of the site
        if found is None:
            self._send(
                HTTPStatus.NOT_FOUND,
                {"Content-Type": "text/html; charset=utf-8"},
                b"<html><body><h1>404 Not Found</h1></body></html>",
                with_body,
            )
            return
        body = found.read_bytes()
        status, headers = (
            200,
            {
                "Content-Type": _TYPES.get(found.suffix)
                or (mimetypes.guess_type(found.name)[0] or "text/html")
            },
        )
        sidecar = found.with_name(found.name + ".http")
        meta = json.loads(sidecar.read_text("utf-8")) if sidecar.is_file() else {}
        if "times" in meta and self.server.count(str(found)) > int(meta["times"]):
            meta = {}  # the fault has been served its number of times: behave again
        status = int(meta.get("status", 200))
        headers = _with_recorded(headers, meta.get("headers", {}))
        if meta.get("delay"):
            time.sleep(min(float(meta["delay"]), MAX_DELAY))
        if meta.get("reset"):
            self._reset()
            return
        if meta.get("truncate"):
            self._send_truncated(status, headers, body)
            return
        if (
            status == 200
            and behaviour.gzip
            and _accepts_gzip(self.headers.get("Accept-Encoding", ""))
        ):
            body = gzip.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
            self.server.record_encoded(self.path)
        if behaviour.no_validators:
            headers = {k: v for k, v in headers.items() if k.lower() not in _VALIDATORS}
            self._send(status, headers, body, with_body)
            return
        etag = content_etag(body)
        headers.setdefault("ETag", "W/" + etag if behaviour.weak_etags else etag)
        mtime = int(found.stat().st_mtime)
        headers.setdefault("Last-Modified", email.utils.formatdate(mtime, usegmt=True))
        # A recorded Last-Modified is the page's date: the file's own changes with every checkout.
        modified = _timestamp(headers["Last-Modified"])
        if (
            status == 200
            and not behaviour.validators_ignored
            and self._not_modified(headers["ETag"], mtime if modified is None else modified)
        ):
            self._send(HTTPStatus.NOT_MODIFIED, {"ETag": headers["ETag"]}, b"", False)
            return
        self._send(status, headers, body, with_body)

    def _not_modified(self, etag: str, modified: float) -> bool:
        """Whether the request's validators still hold (If-None-Match wins, RFC 9110 13.2.2)."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return _etag_matches(if_none_match, etag)
        since = self.headers.get("If-Modified-Since")
        when = _timestamp(since) if since is not None else None
        return when is not None and modified <= when

    def _reset(self) -> None:
        """Close the socket with RST instead of answering."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _send_truncated(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, status: int, headers: dict[str, str], body: bytes, with_body: bool) -> None:
        self.server.record_answer(self.path, int(status))
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body and body:
            self.wfile.write(body)


class _ReplayHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog is 5: a crawl opening dozens of connections at once
    # (four per outlet) overflowed it, and each dropped connection waited a second for its
    # SYN to be sent again. The kernel caps the value at net.core.somaxconn.
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], root: Path):
        super().__init__(address, _Handler)
        self.root = root
        self.requests: list[str] = []
        self.answers: list[tuple[str, int]] = []
        self.encoded: list[str] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)

    def record_answer(self, path: str, status: int) -> None:
        with self._lock:
            self.answers.append((path, status))

    def record_encoded(self, path: str) -> None:
        with self._lock:
            self.encoded.append(path)

    def count(self, key: str) -> int:
        """How many times ``key`` was asked for, this time included."""
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]


def bundled_sites() -> Path:
    """The recorded sites shipped with sitrep: package data (``crawler/replay_sites``) in an
    installed wheel, ``tests/sites`` in a checkout."""
    here = Path(__file__).resolve().parent
    for folder in (here / "replay_sites", here.parent / "tests" / "sites"):
        if (folder / "FIXTURES.json").is_file():
            return folder
    raise FileNotFoundError(
        "this installation has no bundled replay snapshot: give a folder of recorded sites "
        "(--replay DIR)"
    )


def replay_root(folder: Path | str | None) -> Path:
    """The folder a replay serves: ``folder``, or the bundled snapshot for ``None`` or
    :data:`BUNDLED`."""
    return bundled_sites() if folder in (None, BUNDLED) else Path(folder)


def existing_replay_root(folder: Path | str | None) -> Path:
    """:func:`replay_root`, resolved; :class:`FileNotFoundError` when it is no folder."""
    root = replay_root(folder).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"replay directory not found: {root}")
    return root


class ReplayServer:
    """Serve a recorded site tree on 127.0.0.1 in a background thread."""

    def __init__(self, root: Path | str | None = None, port: int = 0):
        self.root = existing_replay_root(root)
        self._server = _ReplayHTTPServer(("127.0.0.1", port), self.root)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="sitrep-replay", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[str]:
        """Paths requested so far (``/<host>/<path>?<query>``)."""
        return list(self._server.requests)

    @property
    def answers(self) -> list[tuple[str, int]]:
        """``(path, status)`` of every complete answer sent so far (faults excluded)."""
        return list(self._server.answers)

    @property
    def encoded(self) -> list[str]:
        """Paths answered with a gzip-encoded body so far."""
        return list(self._server.encoded)

    def start(self) -> ReplayServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def replay_url_for(base: str, url: str) -> str:
    """Where the replay server at ``base`` serves ``url``."""
    parts = urlsplit(url)
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = f"?{parts.query}" if parts.query else ""
    return f"{base.rstrip('/')}/{parts.hostname}{path}{query}"
