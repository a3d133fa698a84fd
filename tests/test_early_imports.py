"""Scrapy's TLS modules are imported early and at a shallow stack (crawler.early_imports)."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import TESTS

# Each inspect.stack() call made while the TLS modules are imported: how many of its frames
# belong to the import machinery (each such frame costs a scan of every loaded module).
RECORDED = """
import inspect, json, sys
frozen = []
whole = inspect.stack

def stack(*args, **kwargs):
    frames = whole(*args, **kwargs)
    frozen.append(sum(f.filename.startswith("<frozen") for f in frames))
    return frames

inspect.stack = stack
if sys.argv[1] == "early":
    from crawler.early_imports import import_tls_modules
    import_tls_modules()
else:  # as Scrapy's download handler imports them
    import scrapy.core.downloader.handlers.http11
print(json.dumps(frozen))
"""


def frozen_frames(how: str) -> list[int]:
    done = subprocess.run(
        [sys.executable, "-c", RECORDED, how],
        cwd=TESTS.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_tls_modules_walk_one_import_level_not_three() -> None:
    early, late = frozen_frames("early"), frozen_frames("handler")
    assert len(early) == len(late)  # the same deprecated aliases, whatever Scrapy has
    assert all(frames <= 6 for frames in early), early
    assert sum(early) < sum(late), (early, late)
