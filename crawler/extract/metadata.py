"""The page's own description of itself: site name, the names the outlet goes by, canonical
URL and language, from meta tags, JSON-LD, the ``<html lang>`` attribute and the source's
hints."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from crawler.urls import absolute_url

from .model import Article, Hints
from .structured import Structured, json_ld_text, resolve
from .text import clean_text
from .title import declared_site_names, site_names


def read_metadata(
    article: Article, tree: lxml_html.HtmlElement, data: Structured, hints: Hints
) -> set[str]:
    """Set the article's site name, canonical URL and language; return the folded names
    the outlet goes by (to tell them from titles and authors)."""
    node = data.article or {}
    meta = data.meta
    article.site_name = clean_text(meta.get("og:site_name")) or _publisher_name(node, data) or None
    names = site_names(
        article.url, article.site_name, *hints.site_names, *declared_site_names(meta, data.nodes)
    )
    article.canonical_url = _canonical(meta, node, article.url, article.warnings)
    article.language = _language(tree, meta, node, hints)
    return names


def _canonical(meta: dict[str, str], node: dict, url: str, warnings: list[str]) -> str | None:
    """The page's declared URL (``rel=canonical``, og:url, JSON-LD), the first valid one."""
    for value in (meta.get("link:canonical"), meta.get("og:url"), json_ld_text(node.get("url"))):
        if not value or not value.strip() or value.startswith(("javascript:", "#")):
            continue
        canonical = absolute_url(url, value)
        if canonical is not None:
            return canonical
        warnings.append(f"invalid canonical URL ignored: {value.strip()[:200]!r}")
    return None


def _language(
    tree: lxml_html.HtmlElement, meta: dict[str, str], node: dict, hints: Hints
) -> str | None:
    for value in (
        tree.get("lang"),
        meta.get("og:locale"),
        json_ld_text(node.get("inLanguage")),
        meta.get("content-language"),
        hints.language,
    ):
        if value and re.match(r"^[a-zA-Z]{2,3}\b", value.strip()):
            return value.strip()[:2].lower()
    return None


def _publisher_name(node: dict, data: Structured) -> str | None:
    publisher = resolve(node.get("publisher"), data.nodes)
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        return clean_text(publisher["name"])
    return None
