"""Elements whose content is never article text, dropped before the body is looked for."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "textarea",
    "input",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
)
# Dropped only when small: some pages wrap everything in a <form> (ASP.NET) or an <aside>.
_DROP_IF_SMALL = ("nav", "footer", "aside", "form")
MAX_DROPPED_CHARS = 3000


def strip_noise(root: lxml_html.HtmlElement) -> None:
    """Drop elements whose content is never article text (in place)."""
    etree.strip_elements(root, etree.Comment, *_DROP_TAGS, with_tail=False)
    for element in list(root.iter(*_DROP_IF_SMALL)):  # in document order, as dropped
        if (
            element.getparent() is None
            or element.getroottree().getroot() is not root.getroottree().getroot()
        ):
            continue  # inside an element dropped already
        if len(element.text_content()) < MAX_DROPPED_CHARS:
            element.drop_tree()
