"""Pure functions from HTML to report fields, each remembering where it came from."""

from .article import Article, Hints, extract_article

__all__ = ["Article", "Hints", "extract_article"]
