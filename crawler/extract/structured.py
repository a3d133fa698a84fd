"""Structured metadata embedded in pages: JSON-LD, microdata and meta tags."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
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
# A CDATA section or comment around a JSON-LD block ("//" before each marker hides it from
# JavaScript): the opening one is matched where the block starts, the closing one read off
# its end (a regular expression tried at every position costs 60 µs on a large block).
_OPENING_WRAPPER = re.compile(r"(?://\s*)?(?:<!\[CDATA\[|<!--)")
_CLOSING_WRAPPERS = ("]]>", "-->")


@dataclass
class Structured:
    """What a page declares about itself."""

    article: dict[str, Any] | None = None  # the JSON-LD node describing the article
    nodes: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # lowercased name/property -> content
    meta_all: dict[str, list[str]] = field(default_factory=dict)  # every value of each key
    microdata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_structured(tree: lxml_html.HtmlElement) -> Structured:
    """Collect JSON-LD nodes, the article node among them, meta tags and microdata."""
    found = Structured()
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        data = _loads_lenient(raw)
        if data is None:
            if raw.strip():
                data = salvage(raw)
                found.warnings.append(
                    "malformed JSON-LD: fields salvaged" if data else "malformed JSON-LD ignored"
                )
            if data is None:
                continue
        found.nodes.extend(_flatten(data))
    found.article = _pick_article(found.nodes)
    found.meta, found.meta_all = _meta_tags(tree)
    found.microdata = _microdata(tree)
    return found


def _loads_lenient(raw: str) -> Any:
    """Parse a JSON-LD block; tolerate CDATA/comment wrappers, comments, trailing commas
    and several objects written one after another."""
    raw = _unwrapped(raw)
    if not raw:
        return None
    for repair in (str, _repair_json):  # repaired only when needed
        attempt = repair(raw)
        try:
            return json.loads(attempt, strict=False)
        except RecursionError:
            return None
        except ValueError:
            pass
        values = _decode_sequence(attempt)
        if values:
            return values
    return None


def _unwrapped(raw: str) -> str:
    """``raw`` without the CDATA or comment wrapper at either end, spaces stripped."""
    text = raw.strip()
    if opening := _OPENING_WRAPPER.match(text):
        text = text[opening.end() :]
    if text.endswith(_CLOSING_WRAPPERS):
        text = text[:-3]
        if (before := text.rstrip()).endswith("//"):
            text = before[:-2]
    return text.strip()


def _decode_sequence(text: str) -> list[Any] | None:
    """Objects written back to back (``{…}{…}`` or ``{…};``): each one that parses."""
    decoder = json.JSONDecoder(strict=False)
    values, index = [], 0
    try:
        while index < len(text):
            while index < len(text) and text[index] in " \t\r\n;,":
                index += 1
            if index >= len(text):
                break
            value, index = decoder.raw_decode(text, index)
            values.append(value)
    except (ValueError, RecursionError):
        pass
    return values or None


def _repair_json(raw: str) -> str:
    """Drop ``//`` and ``/* */`` comments outside strings, control characters, trailing commas."""
    out: list[str] = []
    i, n = 0, len(raw)
    while i < n:
        special = _STRING_OR_SLASH.search(raw, i)
        if special is None:
            out.append(raw[i:])
            break
        j = special.start()
        out.append(raw[i:j])
        if raw[j] == '"':  # a string, escapes and all (to the end when unclosed)
            i = _STRING.match(raw, j).end()
            out.append(raw[j:i])
        elif raw.startswith("//", j) and (j == 0 or raw[j - 1] != ":"):
            end = raw.find("\n", j)
            i = n if end == -1 else end
        elif raw.startswith("/*", j):
            end = raw.find("*/", j + 2)
            i = n if end == -1 else end + 2
        else:
            out.append("/")
            i = j + 1
    return _CONTROL.sub(" ", _TRAILING_COMMA.sub(r"\1", "".join(out)))


_STRING_OR_SLASH = re.compile(r'["/]')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)


_SALVAGE_KEYS = ("headline", "datePublished", "dateModified", "dateCreated", "inLanguage")
_SALVAGE_TYPE = re.compile(r'"@type"\s*:\s*"([A-Za-z]+)"')
_SALVAGE_AUTHOR = re.compile(
    r'"(?:author|creator)"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.){1,200})"'
)


def salvage(raw: str) -> dict[str, Any] | None:
    """Article facts read field by field from a JSON-LD block that does not parse."""
    types = [t for t in _SALVAGE_TYPE.findall(raw) if t.lower() in ARTICLE_TYPES]
    if not types:
        return None
    node: dict[str, Any] = {"@type": types[0]}
    for key in _SALVAGE_KEYS:
        match = re.search(rf'"{key}"\s*:\s*"((?:[^"\\]|\\.){{1,600}})"', raw)
        if match:
            node[key] = _unescape(match.group(1))
    authors = [_unescape(m) for m in _SALVAGE_AUTHOR.findall(raw)]
    if authors:
        node["author"] = [{"@type": "Person", "name": a} for a in authors]
    return node if len(node) > 1 else None


def _unescape(value: str) -> str:
    try:
        return json.loads(f'"{value}"', strict=False)
    except ValueError:
        return value


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


def json_ld_text(value: object) -> str | None:
    """A JSON-LD property as text: the first of a list, an object's ``@value`` or ``name``;
    ``None`` when empty."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return str(value) if value not in (None, "") else None


def _meta_tags(tree: lxml_html.HtmlElement) -> tuple[dict[str, str], dict[str, list[str]]]:
    meta: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if content is None:
            content = element.get("value")  # some pages write value= instead of content=
        if not key or not content or not content.strip():
            continue
        key = key.strip().lower()
        every.setdefault(key, []).append(content.strip())
        if key not in meta:
            meta[key] = content.strip()
    for link in tree.iter("link"):
        if link.get("href") is None:
            continue
        rel = (link.get("rel") or "").lower()
        if rel in ("canonical", "amphtml") and f"link:{rel}" not in meta:
            meta[f"link:{rel}"] = link.get("href").strip()
    return meta, every


_MICRODATA_PROPS = ("headline", "name", "datePublished", "dateModified", "dateCreated", "author")


# The elements holding an itemprop, in document order: read from the attributes, twice as
# fast as testing every element for one.
_WITH_ITEMPROP = etree.XPath("//@itemprop/..")


def _microdata(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in _WITH_ITEMPROP(tree):
        for prop in element.get("itemprop", "").split():
            if prop not in _MICRODATA_PROPS or prop in found or element.tag == "meta":
                continue
            value = element.get("content") or element.get("datetime") or element.get("value")
            if not value and element.tag == "abbr":
                value = element.get("title")  # microformats: <abbr title="2018-06-05T08:00">
            if not value:
                value = " ".join(element.text_content().split())
            if value:
                found[prop] = value[:500]
    return found
