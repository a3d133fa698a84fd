"""Writing a command's output to a file or stdout without tracebacks or half-written files.

A file is written beside its target under a temporary name and renamed over it only once
complete: a failure (missing folder, full disk, no permission) leaves the target as it was and
ends the command with one line and exit code 2. Targets that are not regular files (``/dev/stdout``,
a named pipe) are written directly.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .options import CannotRun


@contextlib.contextmanager
def open_output(path: Path | None, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A stream on ``path`` (stdout when ``None``), complete at the target on a clean exit."""
    if path is None:
        with _stdout_errors():
            stream = sys.stdout.buffer if binary else sys.stdout
            yield stream
            stream.flush()
        return
    _check_target(path)
    mode, text = ("wb", {}) if binary else ("w", {"encoding": "utf-8", "newline": ""})
    if path.exists() and not path.is_file():  # a device or a pipe: nothing to rename over
        with _write_errors(path), open(path, mode, **text) as stream:
            yield stream
        return
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent
    )
    try:
        with _write_errors(path):
            with os.fdopen(descriptor, mode, **text) as stream:
                yield stream
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, _file_mode(path))
            os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise CannotRun(f"{path} is a folder: give a file name to write")
    if not path.parent.is_dir():
        raise CannotRun(
            f"cannot write {path}: the folder {path.parent} does not exist (create it first)"
        )


@contextlib.contextmanager
def _write_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise CannotRun(f"cannot write {path}: {error.strerror or error}") from None


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:  # the reader went away (``| head``): nothing more to say
        _silence_stdout()
        sys.exit(0)
    except OSError as error:
        _silence_stdout()
        raise CannotRun(f"cannot write to standard output: {error.strerror or error}") from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _file_mode(path: Path) -> int:
    """The target's mode if it exists, else what ``open`` would give a new file (temporary
    files are private)."""
    if path.is_file():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
