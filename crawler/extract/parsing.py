"""Page text to an lxml tree: big pages cut down to size, then parsed leniently."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

MAX_HTML_CHARS = 5_000_000
# Inline scripts (JSON-LD excepted), styles and SVG drawings.
_BULKY = re.compile(
    r"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|<svg[^>]*>.*?</svg\s*>",
    re.IGNORECASE | re.DOTALL,
)
# lxml.html's own lookup is Python code run for every element object lxml makes (every
# element of every pass over the tree); this one runs in C. Only <form>, <input>, <select>,
# <textarea> and <label> lose their form helpers, which extraction does not use.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)


def limit_size(html: str, warnings: list[str]) -> str:
    """At most :data:`MAX_HTML_CHARS` of the page; a cut is noted in ``warnings``."""
    if len(html) > MAX_HTML_CHARS:
        # Big pages are mostly inline scripts, styles and data: drop those before cutting.
        html = _BULKY.sub("", html)
    if len(html) > MAX_HTML_CHARS:
        warnings.append(f"page truncated to {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    return html


def parse_page(
    text: str, *, utf8: bytes | None = None
) -> tuple[lxml_html.HtmlElement | None, list[str]]:
    """The parsed page (``None`` when there is nothing to parse) and what the parser had to
    give up on.

    libxml2 is always given UTF-8: ``utf8`` (the bytes ``text`` was read from as UTF-8)
    when the caller has them, else ``text`` encoded. Bytes parse a fifth faster than text,
    and a page opening with an XML declaration (``<?xml … encoding="utf-8"?>``, XHTML) can
    only be parsed as bytes: lxml refuses text that declares an encoding.
    """
    if not text or not text.strip():
        return None, []
    if "\x00" in text:
        text, utf8 = text.replace("\x00", ""), None
    data = utf8 if utf8 is not None else text.encode("utf-8", "replace")
    # The encoding is given, so the page's own <meta charset> or XML declaration is not read.
    parser = lxml_html.HTMLParser(
        recover=True, remove_comments=False, huge_tree=False, encoding="utf-8"
    )
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        tree = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None, []
    warnings = []
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        warnings.append("markup nested too deeply: the text below the parser's depth limit is lost")
    return tree, warnings
