"""One spider class per registry entry, so ``scrapy list`` and ``scrapy crawl <slug>`` work.

A source that needs code of its own defines a ``ReportSpider`` subclass with
``name = "<slug>"`` in a module of this package; it then replaces the generated one.
"""

from __future__ import annotations

import importlib
import pkgutil

import crawler.spiders as package
from crawler.sources import Source, all_sources

from .base import ReportSpider


def _custom_spider_names() -> set[str]:
    names = set()
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("base", "registry") or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, ReportSpider)
                and getattr(value, "name", None)
            ):
                names.add(value.name)
    return names


def spider_class_name(slug: str) -> str:
    """``"la_provence"`` -> ``"LaProvenceSpider"``."""
    return "".join(part.capitalize() for part in slug.replace("-", "_").split("_")) + "Spider"


def spider_class_for(source: Source) -> type[ReportSpider]:
    """A ``ReportSpider`` subclass bound to ``source``."""
    return type(
        spider_class_name(source.slug),
        (ReportSpider,),
        {"name": source.slug, "source": source, "__module__": __name__},
    )


def _generated_spiders() -> dict[str, type[ReportSpider]]:
    custom = _custom_spider_names()
    classes = (spider_class_for(s) for s in all_sources() if s.slug not in custom)
    return {cls.__name__: cls for cls in classes}


globals().update(_generated_spiders())
