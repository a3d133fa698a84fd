"""The source registry: one module per outlet, each defining ``SOURCE``.

Adding an outlet is adding a module here (plus fixtures under ``tests/sites``);
nothing else needs to change.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from .base import Selectors, Series, Source

__all__ = ["Selectors", "Series", "Source", "all_sources", "get_source"]


class UnknownSourceError(KeyError):
    """A source slug that is not in the registry."""

    def __str__(self) -> str:
        known = ", ".join(sorted(registry()))
        return f"unknown source {self.args[0]!r} (known: {known})"


@cache
def registry() -> dict[str, Source]:
    """All registered sources by slug."""
    found: dict[str, Source] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name.startswith("_") or module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        source = getattr(module, "SOURCE", None)
        if not isinstance(source, Source):
            continue
        if source.slug in found:
            raise ValueError(f"duplicate source slug {source.slug!r} in {module.__name__}")
        found[source.slug] = source
    return dict(sorted(found.items()))


def all_sources() -> list[Source]:
    return list(registry().values())


def get_source(slug: str) -> Source:
    try:
        return registry()[slug]
    except KeyError:
        raise UnknownSourceError(slug) from None
