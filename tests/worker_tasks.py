"""Functions the worker-pool tests send to worker processes (importable by reference)."""

from __future__ import annotations

import os


def square(value: int) -> int:
    return value * value


def die() -> None:
    """End the worker process at once, as a crash in native code would."""
    os._exit(3)
