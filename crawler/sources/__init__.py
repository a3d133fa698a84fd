"""The source registry: one module per outlet, each defining ``SOURCE``.

Adding an outlet is adding a module here (plus fixtures under ``tests/sites``);
nothing else needs to change. Sources kept outside this package (private outlets,
generated benchmark sites) are importable modules named in ``SITREP_SOURCE_MODULES``
(comma-separated), each defining ``SOURCE`` or ``SOURCES``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from functools import cache

from .base import Selectors, Series, Source

__all__ = ["Selectors", "Series", "Source", "all_sources", "get_source", "source_for_url"]


class UnknownSourceError(KeyError):
    """A source slug that is not in the registry."""

    def __str__(self) -> str:
        known = ", ".join(sorted(registry()))
        return f"unknown source {self.args[0]!r} (known: {known})"


@cache
def registry() -> dict[str, Source]:
    """All registered sources by slug."""
    found: dict[str, Source] = {}
    for module_name in _source_modules():
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            raise ImportError(f"cannot load source module {module_name!r}: {error}") from error
        entries = [getattr(module, "SOURCE", None), *getattr(module, "SOURCES", ())]
        for source in entries:
            if not isinstance(source, Source):
                continue
            if source.slug in found:
                raise ValueError(f"duplicate source slug {source.slug!r} in {module.__name__}")
            found[source.slug] = source
    return dict(sorted(found.items()))


def _source_modules() -> Iterator[str]:
    for module_info in pkgutil.iter_modules(__path__):
        if not module_info.name.startswith("_") and module_info.name != "base":
            yield f"{__name__}.{module_info.name}"
    extra = os.environ.get("SITREP_SOURCE_MODULES", "")
    yield from (name.strip() for name in extra.split(",") if name.strip())


def all_sources() -> list[Source]:
    return list(registry().values())


def get_source(slug: str) -> Source:
    try:
        return registry()[slug]
    except KeyError:
        raise UnknownSourceError(slug) from None


def source_for_url(url: str) -> Source | None:
    """The registered source whose site ``url`` is on (its homepage's host or one of its
    allowed domains, subdomains included); ``None`` for any other site."""
    from crawler.urls import host_of

    host = host_of(url)
    if not host:
        return None
    for source in registry().values():
        domains = {*source.allowed_domains, host_of(source.homepage).removeprefix("www.")}
        if any(host == d or host.endswith(f".{d}") for d in domains if d):
            return source
    return None
