"""What the extraction workers share, loaded once before they are forked (by the crawl
itself, or by a fork server): the extractor, text repair and the source registry (each
worker loaded the registry again on its first page, about 30 ms of CPU per worker)."""

import contextlib

import ftfy  # noqa: F401

from crawler import report  # noqa: F401
from crawler.extract import article  # noqa: F401
from crawler.sources import registry

# A broken source module is left to each worker's first page, which says which one.
with contextlib.suppress(Exception):
    registry()
