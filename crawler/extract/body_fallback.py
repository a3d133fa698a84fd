"""When the body container yields too little text, or is doubtful: the JSON-LD
``articleBody``, else trafilatura's reading of the page (see :mod:`.second_opinion`)."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from crawler.items import Section

from .body import Body
from .paragraph_rules import TEXT, is_teaser_heading, paragraph_kind
from .second_opinion import doubtful_container, trafilatura_body
from .structured import json_ld_text
from .text import clean_text, fold

MIN_BODY_CHARS = 200
MAX_FALLBACK_CHARS = 1_500_000


def settle_body(
    body: Body, node: dict, tree: lxml_html.HtmlElement, html: str, title: str | None = None
) -> Body:
    """``body``, or a fuller one when it is short (under :data:`MIN_BODY_CHARS`) or its
    container doubtful; pages over :data:`MAX_FALLBACK_CHARS` are not given to trafilatura."""
    html_chars = len(html)
    if body.text_length < MIN_BODY_CHARS:
        return _fallback_body(body, node, tree, html_chars, title)
    if doubtful_container(body) and html_chars <= MAX_FALLBACK_CHARS:
        return trafilatura_body(html, body)
    return body


def _fallback_body(
    body: Body, node: dict, tree: lxml_html.HtmlElement, html_chars: int, title: str | None
) -> Body:
    """The JSON-LD ``articleBody``, else trafilatura favouring recall, when either holds
    more text than ``body``."""
    text = json_ld_text(node.get("articleBody"))
    if text and len(text) > body.text_length:
        paragraphs = [clean_text(p) for p in re.split(r"\n\s*\n|\n", text) if clean_text(p)]
        return Body(
            sections=[Section(None, paragraphs)],
            captions=body.captions,
            container="json-ld:articleBody",
            is_paywalled=body.is_paywalled,
        )
    if html_chars > MAX_FALLBACK_CHARS:
        return body  # the second extractor would take seconds on a page this big
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        return body
    extracted = trafilatura.extract(
        etree.tostring(tree, encoding="unicode"),
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        fast=True,
    )
    paragraphs = article_lines(extracted or "", title)
    if sum(len(p) for p in paragraphs) > body.text_length:
        return Body(
            sections=[Section(None, paragraphs)],
            captions=body.captions,
            container="trafilatura",
            is_paywalled=body.is_paywalled,
        )
    return body


def article_lines(text: str, title: str | None) -> list[str]:
    """The lines of a second extractor's text that sitrep's own paragraph rules keep: no
    headline, no "read also" box (its heading and the list under it), no meta lines,
    prompts or paywall notices."""
    title_key = fold(title) if title else None
    kept: list[str] = []
    in_teasers = False
    for line in (clean_text(line) for line in text.split("\n")):
        if not line:
            continue
        if is_teaser_heading(line):
            in_teasers = True
            continue
        if in_teasers and line.startswith(("- ", "• ")):
            continue  # an item of the box's list
        in_teasers = False
        if fold(line) == title_key or paragraph_kind(line, 0.0) != TEXT:
            continue
        kept.append(line)
    return kept
