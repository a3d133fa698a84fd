"""CSS selectors (a source's registry entry, known paywall markers) matched against the page.

A bad selector in a registry entry never stops extraction: it matches nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from .text import clean_text

_SIMPLE = re.compile(r"^(\w+)?(?:\.([\w-]+)|#([\w-]+)|\[([\w-]+)=['\"]([^'\"]*)['\"]\])$")


@lru_cache(maxsize=256)
def _compiled(selector: str) -> CSSSelector | None:
    try:
        return CSSSelector(selector, translator="html")
    except Exception:  # a bad selector in a registry entry must not stop extraction
        return None


def css_matches(tree: lxml_html.HtmlElement, selector: str) -> list[lxml_html.HtmlElement]:
    """The elements ``selector`` matches (compiled once per selector)."""
    compiled = _compiled(selector)
    return compiled(tree) if compiled is not None else []


@lru_cache(maxsize=64)
def _simple_tests(selectors: tuple[str, ...]) -> list[tuple] | None:
    """Simple CSS selectors (``tag.class``, ``#id``, ``[attr='value']``) as attribute tests,
    or ``None`` when one of them is not that simple."""
    tests = []
    for selector in selectors:
        match = _SIMPLE.match(selector.strip())
        if not match:
            return None
        tests.append(match.groups())
    return tests


def any_matches(tree: lxml_html.HtmlElement, selectors: tuple[str, ...]) -> bool:
    """Whether any of the selectors matches an element of ``tree``.

    Attribute values are read in one go and tested as sets; the elements are walked only
    on a page that holds one of the class names (an XPath per selector costs several
    times more on big pages)."""
    tests = _simple_tests(selectors)
    if tests is None:
        return any(css_matches(tree, selector) for selector in selectors)
    for _, _, _, attr, value in tests:
        if attr and value in _attribute_values(attr)(tree):
            return True
    idents = {ident for _, _, ident, _, _ in tests if ident}
    if idents and not idents.isdisjoint(_ID_VALUES(tree)):
        return True
    classes = {cls for _, cls, _, _, _ in tests if cls}
    if not classes:
        return False
    values = CLASS_VALUES(tree)
    written = " ".join(values)
    if not any(cls in written for cls in classes):
        return False  # no class name appears anywhere, not even inside a longer one
    if any(not classes.isdisjoint(value.split()) for value in values):
        return _class_matches(tree, tests, classes)
    return False


@lru_cache(maxsize=64)
def _attribute_values(attr: str) -> etree.XPath:
    """Every value of ``attr`` in a tree, its root included, in document order (compiled
    once per attribute name): libxml2 reads them in one go, at a seventh of the cost of
    testing each element in a predicate."""
    return etree.XPath(f"descendant-or-self::*/@{attr}", smart_strings=False)


CLASS_VALUES = _attribute_values("class")
_ID_VALUES = _attribute_values("id")


def _class_matches(tree: lxml_html.HtmlElement, tests: list[tuple], classes: set[str]) -> bool:
    """Whether an element has one of the tested classes, on the tag the selector names."""
    for element in tree.iter():
        cls = element.get("class")
        if cls and not classes.isdisjoint(cls.split()):
            for tag, name, _, _, _ in tests:
                if name and name in cls.split() and (not tag or element.tag == tag):
                    return True
    return False


def select(tree: lxml_html.HtmlElement, selector: str | None) -> list[lxml_html.HtmlElement]:
    """The elements ``selector`` matches; none when it is missing, bad, or fails to match."""
    if not selector:
        return []
    try:
        return css_matches(tree, selector)
    except Exception:
        return []


def first_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    """The cleaned text of the first matching element that has any."""
    for element in select(tree, selector):
        text = clean_text(element.text_content())
        if text:
            return text
    return None


def first_attr_or_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    """The ``content`` or ``datetime`` attribute, else the text, of the first matching
    element that has one."""
    for element in select(tree, selector):
        value = (
            element.get("content") or element.get("datetime") or clean_text(element.text_content())
        )
        if value:
            return value
    return None
