"""Files named after URLs or user input, kept inside the folder they belong to.

Every file sitrep writes under a name it did not choose itself (a page saved under
its URL's path, a recorded fixture, a scaffolded source module) goes through
:func:`confined`, which refuses ``..``, absolute paths, NUL bytes, names longer than
the filesystem allows and symbolic links that lead out of the folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

MAX_NAME_BYTES = 255  # NAME_MAX on Linux and macOS filesystems
MAX_PATH_BYTES = 4000  # below PATH_MAX (4096), with room for the folder itself


class UnsafePath(ValueError):
    """A name that would leave its folder or that no filesystem can hold."""


def confined(root: Path | str, relative: str | PurePosixPath) -> Path:
    """``root / relative``, or :class:`UnsafePath` if that would not be a file inside ``root``.

    ``relative`` is a POSIX path already decoded (no percent escapes are read here).
    """
    text = str(relative)
    if "\x00" in text:
        raise UnsafePath("the name contains a NUL byte")
    if text.startswith("/"):
        raise UnsafePath(f"absolute path {text[:80]!r} where a relative one was expected")
    parts = [part for part in text.split("/") if part]
    if not parts:
        raise UnsafePath("empty name")
    for part in parts:
        if part in (".", ".."):
            raise UnsafePath(f"the path {text[:80]!r} climbs out of its folder")
        if len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
            raise UnsafePath(f"a name in {text[:80]!r}… is longer than {MAX_NAME_BYTES} bytes")
    if len(text.encode("utf-8", "surrogateescape")) > MAX_PATH_BYTES:
        raise UnsafePath(f"the path {text[:80]!r}… is longer than {MAX_PATH_BYTES} bytes")
    base = Path(root).resolve()
    target = base.joinpath(*parts)
    # A symbolic link inside the folder may still point out of it.
    if not target.resolve().is_relative_to(base):
        raise UnsafePath(f"{text[:80]!r} leads out of {base} through a symbolic link")
    return target


def url_file(root: Path | str, url: str, *, index: str = "index.html") -> Path:
    """Where a copy of ``url`` lives under ``root``: ``<host>/<decoded path>``.

    A path ending in ``/`` (or naming a folder that exists) maps to ``index``; the
    query string and fragment are not part of the name.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as error:
        raise UnsafePath(f"not a valid URL: {url[:120]!r} ({error})") from None
    if parts.scheme not in ("http", "https") or not host:
        raise UnsafePath(f"not an http(s) URL: {url[:120]!r}")
    path = unquote(parts.path or "/")
    target = confined(root, f"{host}/{path.lstrip('/')}")
    if path.endswith("/") or target.is_dir():
        target = confined(root, f"{host}/{path.strip('/')}/{index}".replace("//", "/"))
    return target
