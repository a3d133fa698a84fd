"""Save fetched (or hand-saved) pages into a recorded site tree that the replay server serves.

A page lands at ``tests/sites/<host>/<path>`` (``index.html`` for paths ending in
``/``); its status and the headers worth replaying go to a ``<file>.http`` sidecar (a
page saved by hand gets validators of its own: see :func:`file_headers`), and
``tests/sites/FIXTURES.json`` marks its host ``recorded`` (see :mod:`.fixtures`).
"""

from __future__ import annotations

import email.utils
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawler.replay import content_etag

from .fetch import Fetched
from .fixtures import mark_recorded
from .project import Project, ProjectError

# Headers that change how a page is read or replayed; the rest (cookies, dates, caches) are noise.
KEPT_HEADERS = ("content-type", "content-language", "last-modified", "etag", "location", "link")


@dataclass(frozen=True)
class Saved:
    """One recorded URL and where it went."""

    url: str
    path: Path
    status: int


def sidecar_for(path: Path) -> Path:
    return path.with_name(path.name + ".http")


def _writable(project: Project, path: Path) -> Path:
    """``path``, its folders made: a page saved where a folder is now needed (``/x``, then
    ``/x/y``) moves to ``x/index.html``, which the replay server serves for ``/x``."""
    sites = project.sites_dir.resolve()
    for parent in reversed(path.relative_to(sites).parents):
        if parent.parts and (sites / parent).is_file():
            _into_folder(sites / parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _into_folder(page: Path) -> None:
    """Turn the saved page ``x`` (and its sidecar) into ``x/index.html``."""
    moving = page.with_name(page.name + ".moving")
    page.rename(moving)
    page.mkdir()
    moving.rename(page / "index.html")
    sidecar = sidecar_for(page)
    if sidecar.is_file():
        sidecar.rename(sidecar_for(page / "index.html"))


def save_answer(project: Project, answer: Fetched) -> Saved:
    """Write one HTTP answer (body and sidecar) where the replay server will find it."""
    path = _writable(project, project.fixture_file(answer.url))
    path.write_bytes(answer.body)
    headers = {k: v for k, v in answer.headers.items() if k.lower() in KEPT_HEADERS}
    meta = {"status": answer.status, "headers": headers}
    sidecar_for(path).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", "utf-8")
    _mark(project, answer.url)
    return Saved(answer.url, path, answer.status)


def _mark(project: Project, url: str) -> None:
    host = urlsplit(url).hostname
    if host:
        mark_recorded(project.sites_dir, [host])


def save_fetched(project: Project, answer: Fetched) -> tuple[list[Saved], list[str]]:
    """Save the final answer and every redirect hop that has a file of its own.

    Returns what was saved and notes on hops that could not be kept (a redirect
    from ``/x`` to ``/x/`` maps both URLs to one file).
    """
    final = save_answer(project, answer)
    saved, notes = [], []
    for hop in answer.redirects:
        try:
            if project.fixture_file(hop.url) == final.path:
                raise ProjectError("same file as the page it redirects to")
            saved.append(save_answer(project, hop))
        except ProjectError as error:
            notes.append(f"redirect {hop.status} {hop.url} not recorded: {error}")
    return [*saved, final], notes


def _content_type(path: Path) -> str:
    if path.suffix.lower() in (".xml", ".rss", ".atom"):
        return "application/xml"
    return "text/html"


def file_headers(file: Path) -> dict[str, str]:
    """The headers a page saved by hand is replayed with, as if its server had sent them:
    its type, a strong ETag from its content and a Last-Modified from the file's mtime (so
    conditional requests for it can be answered 304, as for a page fetched with validators)."""
    return {
        "Content-Type": _content_type(file),
        "ETag": content_etag(file.read_bytes()),
        "Last-Modified": email.utils.formatdate(int(file.stat().st_mtime), usegmt=True),
    }


def save_file(project: Project, url: str, file: Path) -> Saved:
    """Put a page saved by hand (browser "Save as", curl) where ``url`` is replayed from."""
    if not file.is_file():
        raise ProjectError(f"no such file: {file}")
    path = _writable(project, project.fixture_file(url))
    if path.resolve() != file.resolve():
        meta = {"status": 200, "headers": file_headers(file)}
        shutil.copyfile(file, path)
        sidecar_for(path).write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
        _mark(project, url)
    return Saved(url, path, 200)
