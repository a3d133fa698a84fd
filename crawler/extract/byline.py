"""Who wrote the article: a cascade over declared and printed bylines.

Order: the source's selector, JSON-LD ``author``, author meta tags (the article's own
before the site-wide ``author``), microdata, byline elements next to the headline, a
"By …"/"Par …"/"Von …" line printed under the headline, then byline elements anywhere
outside comments. The first step that names a person wins; outlets, agencies and
teams are kept only when no step names anybody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from .authors import clean_authors, is_organisation, looks_like_person
from .header import HeaderZone
from .structured import Structured, node_types, resolve

AUTHOR_META = (
    "article:author",
    "parsely-author",
    "sailthru.author",
    "cxenseparse:author",
    "dc.creator",
    "dcterms.creator",
    "author",
    "byl",
    "citation_author",
)
# Elements named as a byline ("author", "byline", "autor", "auteur", "writer"), or marked
# rel="author" / itemprop="author", holding a short text.
_BYLINE_NAMES = re.compile(r"author|Author|byline|Byline|autor|auteur|writer")
_NOT_BYLINES = frozenset(("meta", "link", "img", "figure"))
MAX_BYLINE_CHARS = 160


def _byline_elements(elements: Iterable[lxml_html.HtmlElement]) -> list[lxml_html.HtmlElement]:
    """The byline elements among ``elements``, in order (one pass in Python is several
    times faster than the equivalent XPath on large pages)."""
    found = []
    for element in elements:
        names = element.get("class")
        if (
            not (
                (names and _BYLINE_NAMES.search(names))
                or element.get("rel") == "author"
                or "author" in (element.get("itemprop") or "")
            )
            or element.tag in _NOT_BYLINES
        ):
            continue
        if 1 < len(" ".join(element.text_content().split())) < MAX_BYLINE_CHARS:
            found.append(element)
    return found


_COMMENTS = re.compile(
    r"comment|respon(?!siv)|reply|discussion|teaser|related|sidebar", re.IGNORECASE
)
_PARTICLE = r"(?:de|la|le|du|van|von|der|den|da|di|del|dos|los|las|bin|al|el)"
# A particle counts when a capitalised name follows, maybe after more particles ("de la Cruz").
_NAME = rf"(?:[A-ZÀ-ÝŁŚŽ][\w'’.-]*|{_PARTICLE}(?=(?:\s+{_PARTICLE})*\s+[A-ZÀ-Ý]))"
_NAMES = rf"{_NAME}(?:[ \t]+{_NAME}){{1,4}}"
_LABEL = (
    r"By|BY|Par|PAR|Von|VON|Por|POR|Door|Av|Auteur|Auteurs|Author|Authors|Autor|Autorin|Texte|Text"
    r"|Written by|Words by|Reportage"
)
# "By Jane Doe and John Roe": a capitalised label anywhere in the header, a lowercase one
# ("par", "by") only at the start of a line, so "occupied by Russian forces" is not a byline.
_HEADER_BYLINE = re.compile(
    rf"(?:(?:^|[\s|,;(])(?:{_LABEL})|(?:^|\n)[ \t|•·-]*(?:by|par|von|por|door))[ \t]*:?[ \t\n]+"
    rf"(?:(?:by|By)[ \t]+)?(?P<names>{_NAMES}(?:[ \t]*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)[ \t]*{_NAMES})*)"
)
_CJK_BYLINE = re.compile(
    r"(?:著者|作者|记者|文|責任編輯|责任编辑)\s*[:：/／]\s*([\u3400-\u9fff\u3040-\u30ff]{2,8})"
)
HEADER_CHARS = 700
MAX_ELEMENTS = 6


def find_authors(
    tree: lxml_html.HtmlElement,
    data: Structured,
    *,
    header: HeaderZone,
    headline: lxml_html.HtmlElement | None,
    selected: list[str],
    outlet_names: set[str],
) -> tuple[list[str], str | None]:
    """The authors and the step that found them."""
    people, organisations = _json_ld(data)
    # Later steps are costlier: each runs only when the earlier ones named nobody.
    steps: list[tuple[str, Callable[[], list[str]]]] = [
        ("selector", lambda: selected),
        ("json-ld", lambda: people),
        ("meta", lambda: _meta(data)),
        ("microdata", lambda: [data.microdata.get("author", "")]),
        ("byline", lambda: _near_headline(headline)),
        ("header-text", lambda: _header_text(header)),
        ("byline-page", lambda: _page_bylines(tree)),
        ("json-ld:organization", lambda: organisations),
    ]
    fallback: tuple[str, list[str]] | None = None
    for origin, step in steps:
        names = clean_authors([r for r in step() if r and r.strip()], outlet_names)
        if not names:
            continue
        if origin == "selector":
            return names, origin  # the source's own byline, as printed
        persons = [n for n in names if looks_like_person(n, outlet_names)]
        if persons and origin == "json-ld":
            # Declared authors as listed, minus the outlet itself.
            return [n for n in names if not is_organisation(n, outlet_names)], origin
        if persons:
            return persons, origin
        fallback = fallback or (origin, names)
    return (fallback[1], fallback[0]) if fallback else ([], None)


def _json_ld(data: Structured) -> tuple[list[str], list[str]]:
    node = data.article or {}
    value = node.get("author") or node.get("creator")
    items = value if isinstance(value, list) else [value]
    people: list[str] = []
    organisations: list[str] = []
    for item in items[:20]:
        item = resolve(item, data.nodes)
        if isinstance(item, dict):
            names = _names(item.get("name"))
            if "organization" in node_types(item) or "newsmediaorganization" in node_types(item):
                organisations.extend(names)
            else:
                people.extend(names)
        elif isinstance(item, str) and not item.startswith("http"):
            people.append(item)
    return people, organisations


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int)]
    return [str(value)] if isinstance(value, str) and value else []


def _meta(data: Structured) -> list[str]:
    values: list[str] = []
    for key in AUTHOR_META:
        for value in data.meta_all.get(key, []):
            if not value.startswith(("http", "@", "{", "[")) and value not in values:
                values.append(value)
        if values and any(looks_like_person(v) for v in values):
            break
    return values


def _usable(element: lxml_html.HtmlElement) -> bool:
    """Not in comments, navigation or asides; not in a page footer (an ``<article>``'s
    own ``<footer>``, where blogs print the byline, is fine)."""
    # The classes of <body> and <html> describe the page template ("has-sidebar"), not
    # the part of the page the element is in.
    chain = [n for n in (element, *element.iterancestors()) if n.tag not in ("body", "html")]
    in_article = any(node.tag == "article" for node in chain)
    for node in chain:
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag in ("aside", "nav", "form") or _COMMENTS.search(names):
            return False
        if node.tag == "footer" and not in_article:
            return False
    return True


def _near_headline(headline: lxml_html.HtmlElement | None) -> list[str]:
    """Byline elements in the smallest block around the headline that has any."""
    if headline is None:
        return []
    ancestors = []
    for depth, ancestor in enumerate(headline.iterancestors()):
        if depth > 5 or ancestor.tag in ("body", "html"):
            break
        ancestors.append(ancestor)
    if not ancestors:
        return []
    found = [
        e for e in _byline_elements(ancestors[-1].iterdescendants(etree.Element)) if _usable(e)
    ]
    for ancestor in ancestors:
        inside = [e for e in found if ancestor in e.iterancestors()]
        if inside:
            return _outermost(inside)[:MAX_ELEMENTS]
    return []


def _outermost(elements: list[lxml_html.HtmlElement]) -> list[str]:
    """The texts of elements not nested in another found element (no double counting)."""
    chosen = set(elements)
    texts = []
    for element in elements:
        if any(a in chosen for a in element.iterancestors()):
            continue
        # Text nodes joined by spaces: "<span>By</span><span>Jane Doe</span>" is two words.
        text = " ".join(" ".join(element.xpath(".//text()")).split())
        if text:
            texts.append(text)
    return texts


def _header_text(header: HeaderZone) -> list[str]:
    text = header.after_headline()[:HEADER_CHARS]
    match = _HEADER_BYLINE.search(text)
    if match:
        return [match.group("names")]
    cjk = _CJK_BYLINE.search(header.text)
    return [cjk.group(1)] if cjk else []


def _page_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    found = [e for e in _byline_elements(tree.iter(etree.Element))[:40] if _usable(e)]
    return _outermost(found)[:MAX_ELEMENTS]
