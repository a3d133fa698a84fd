"""Functions the worker-pool tests send to worker processes (importable by reference)."""

from __future__ import annotations

import os


def square(value: int) -> int:
    return value * value


def die() -> None:
    """End the worker process at once, as a crash in native code would."""
    os._exit(3)


def registry_state() -> tuple[bool, int]:
    """Whether the source registry was loaded before this call, and the sources in it."""
    from crawler.sources import registry

    loaded = registry.cache_info().currsize == 1
    return loaded, len(registry())


def parent() -> int:
    """The worker's parent process: the crawler that forked it, or a fork server."""
    return os.getppid()
