"""Pure functions from HTML to report fields, each remembering where it came from.

``extract_article`` is imported on first use: the crawl process imports light helpers of
this package (dates, text) and leaves the extractor to its workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Article, Hints

if TYPE_CHECKING:
    from .article import extract_article

__all__ = ["Article", "Hints", "extract_article"]


def __getattr__(name: str) -> Any:
    if name == "extract_article":
        from .article import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
