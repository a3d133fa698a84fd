"""Structured metadata embedded in pages: JSON-LD, microdata and meta tags."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

ARTICLE_TYPES = (
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "liveblogposting",
    "article",
    "blogposting",
    "backgroundnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "report",
    "scholarlyarticle",
    "techarticle",
    "socialmediaposting",
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Structured:
    """What a page declares about itself."""

    article: dict[str, Any] | None = None  # the JSON-LD node describing the article
    nodes: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # lowercased name/property -> content
    microdata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_structured(tree: lxml_html.HtmlElement) -> Structured:
    """Collect JSON-LD nodes, the article node among them, meta tags and microdata."""
    found = Structured()
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = script.text or ""
        data = _loads_lenient(raw)
        if data is None:
            if raw.strip():
                found.warnings.append("malformed JSON-LD ignored")
            continue
        found.nodes.extend(_flatten(data))
    found.article = _pick_article(found.nodes)
    found.meta = _meta_tags(tree)
    found.microdata = _microdata(tree)
    return found


def _loads_lenient(raw: str) -> Any:
    raw = raw.strip()
    if not raw:
        return None
    if raw.startswith("<!--"):
        raw = raw.removeprefix("<!--").removesuffix("-->")
    for attempt in (raw, _CONTROL.sub(" ", _TRAILING_COMMA.sub(r"\1", raw))):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _flatten(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 6:
        return []
    if isinstance(data, list):
        return [node for item in data for node in _flatten(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    nodes = [data]
    if "@graph" in data:
        nodes.extend(_flatten(data["@graph"], depth + 1))
    main = data.get("mainEntity")
    if isinstance(main, dict | list):
        nodes.extend(_flatten(main, depth + 1))
    return nodes


def node_types(node: dict[str, Any]) -> list[str]:
    """The node's ``@type`` values, lowercased."""
    value = node.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return [str(v).lower().rsplit("/", 1)[-1] for v in values]


def _pick_article(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: tuple[int, int] | None = None
    chosen = None
    for node in nodes:
        types = node_types(node)
        rank = min((ARTICLE_TYPES.index(t) for t in types if t in ARTICLE_TYPES), default=None)
        if rank is None:
            continue
        # Prefer the node that carries the most article facts.
        richness = sum(
            1 for key in ("headline", "datePublished", "author", "articleBody") if node.get(key)
        )
        key = (-richness, rank)
        if best is None or key < best:
            best, chosen = key, node
    return chosen


def resolve(node: Any, nodes: list[dict[str, Any]]) -> Any:
    """Follow an ``{"@id": …}`` reference to the node it names, if the page has it."""
    if isinstance(node, dict) and set(node) <= {"@id", "@type"} and "@id" in node:
        for candidate in nodes:
            if candidate.get("@id") == node["@id"] and len(candidate) > len(node):
                return candidate
    return node


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and key.lower() not in meta:
            meta[key.strip().lower()] = content.strip()
    for link in tree.xpath("//link[@rel and @href]"):
        rel = link.get("rel", "").lower()
        if rel in ("canonical", "amphtml") and f"link:{rel}" not in meta:
            meta[f"link:{rel}"] = link.get("href").strip()
    return meta


_MICRODATA_PROPS = ("headline", "name", "datePublished", "dateModified", "dateCreated", "author")


def _microdata(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.xpath("//*[@itemprop]"):
        for prop in element.get("itemprop", "").split():
            if prop not in _MICRODATA_PROPS or prop in found or element.tag == "meta":
                continue
            value = element.get("content") or element.get("datetime")
            if not value:
                value = " ".join(element.text_content().split())
            if value:
                found[prop] = value[:500]
    return found
