"""Scrapy modules whose import costs less the earlier and the shallower it happens.

Scrapy's TLS modules (``scrapy.core.downloader.tls`` and ``.contextfactory``) build three
deprecated aliases on import, and each calls ``inspect.stack()`` to name its module. That
reads every frame of the stack, and for each frame with no source file of its own (the
import machinery's frames, five per level of nested import) scans every loaded module.
Scrapy imports them from its HTTP download handler, built under the reactor three imports
deep with about 980 modules loaded: about 0.09 s of CPU on a generated night of 500
reports. Imported one by one from a plain call, before the crawl's own modules load,
about 0.035 s.
"""

from __future__ import annotations

import importlib

TLS_MODULES = ("scrapy.core.downloader.tls", "scrapy.core.downloader.contextfactory")


def import_tls_modules() -> None:
    """Import Scrapy's TLS modules now, each from this frame (a no-op once imported)."""
    for name in TLS_MODULES:
        importlib.import_module(name)
