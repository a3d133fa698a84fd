"""Pure functions from HTML to report fields, each remembering where it came from."""

from .article import extract_article
from .model import Article, Hints

__all__ = ["Article", "Hints", "extract_article"]
