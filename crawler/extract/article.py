"""HTML -> article fields, each with the rule that produced it.

This is the one extraction code path: spiders and ``sitrep extract`` both call
:func:`extract_article`. Each field runs a cascade — source selectors,
structured data, meta tags, visible text, URL, generic fallback — and records
which step answered in ``provenance``.

Where each field is decided: :mod:`.structured` (JSON-LD, meta tags, microdata),
:mod:`.title`, :mod:`.date_fields` (with :mod:`.header`, the text around the headline),
:mod:`.byline`, :mod:`.container` and :mod:`.blocks` (where the body is, and its reading
order), :mod:`.body` (sections, captions, paywalls), :mod:`.lead` (the standfirst) and
:mod:`.live` (live-blog entries). Where those rules are unsure, :mod:`.second_opinion` asks
htmldate (a date when the page declares and prints none near the headline) or trafilatura (the
body, when the container holds little of the page's text). Bad input never raises: see
:func:`extract_article`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from crawler.items import Caption, Section
from crawler.urls import absolute_url

from .body import Body, extract_body
from .byline import find_authors
from .date_fields import extract_dates
from .decoding import decode_html as _decode
from .decoding import looks_binary
from .header import HeaderZone, header_zone
from .lead import standfirst
from .live import LiveEntry, live_entries
from .noise import strip_noise
from .second_opinion import doubtful_container, htmldate_published, trafilatura_body
from .structured import Structured, node_types, read_structured, resolve
from .text import clean_text, fold
from .title import choose_title, declared_site_names, site_names

MAX_HTML_CHARS = 5_000_000
MIN_BODY_CHARS = 200
MAX_FALLBACK_CHARS = 1_500_000
# Inline scripts (JSON-LD excepted), styles and SVG drawings.
_BULKY = re.compile(
    r"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|<svg[^>]*>.*?</svg\s*>",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Hints:
    """What a source registry entry tells the extractor about its pages."""

    timezone: str | None = None
    language: str | None = None
    site_names: tuple[str, ...] = ()
    title_selector: str | None = None
    body_selectors: tuple[str, ...] = ()
    lead_selector: str | None = None
    author_selector: str | None = None
    date_selector: str | None = None


@dataclass
class Article:
    """The fields extracted from one page."""

    url: str
    title: str | None = None
    published_at: dt.datetime | None = None
    modified_at: dt.datetime | None = None
    authors: list[str] = field(default_factory=list)
    lead: str | None = None
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    is_paywalled: bool = False
    provenance: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    entries: list[LiveEntry] = field(default_factory=list)  # live blogs only
    # Why the page could not be read (binary, empty, an error while extracting): the
    # fields are then partial at best, and the page must not be judged by them.
    error: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def body(self) -> str:
        """The paragraphs, separated by blank lines (no standfirst, no subheadings)."""
        return "\n\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        """What a reader reads: standfirst, then each subheading and its paragraphs."""
        parts = [self.lead] if self.lead else []
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n\n".join(parts)


# lxml.html's own lookup is Python code run for every element object lxml makes (every
# element of every pass over the tree); this one runs in C. Only <form>, <input>, <select>,
# <textarea> and <label> lose their form helpers, which extraction does not use.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Bytes to text (see :func:`.decoding.decode_html`)."""
    return _decode(data, content_type)


def parse_tree(text: str) -> lxml_html.HtmlElement | None:
    """Parse HTML leniently; ``None`` when there is nothing to parse."""
    return _parse(text)[0]


def _parse(text: str) -> tuple[lxml_html.HtmlElement | None, list[str]]:
    """The parsed page and what the parser had to give up on."""
    if not text or not text.strip():
        return None, []
    text = text.replace("\x00", "")
    parser = lxml_html.HTMLParser(recover=True, remove_comments=False, huge_tree=False)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None, []
    warnings = []
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        warnings.append("markup nested too deeply: the text below the parser's depth limit is lost")
    return tree, warnings


def extract_article(
    html: str | bytes,
    url: str,
    *,
    hints: Hints | None = None,
    fetched_at: dt.datetime | None = None,
    content_type: str | None = None,
) -> Article:
    """Extract title, dates, authors, body, sections and captions from one page.

    Never raises on bad input: what cannot be read is reported in ``warnings``.
    """
    hints = hints or Hints()
    article = Article(url=url)
    if isinstance(html, bytes):
        if looks_binary(html):
            return _failed(article, "binary content, not HTML")
        html = decode_html(html, content_type)
    if len(html) > MAX_HTML_CHARS:
        # Big pages are mostly inline scripts, styles and data: drop those before cutting.
        html = _BULKY.sub("", html)
    if len(html) > MAX_HTML_CHARS:
        article.warnings.append(f"page truncated to {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    tree, problems = _parse(html)
    article.warnings.extend(problems)
    if tree is None:
        return _failed(article, "empty or unparseable page")
    try:
        _extract_into(article, tree, hints, fetched_at, html)
    except RecursionError:
        _failed(article, "document too deeply nested")
    except Exception as error:  # a page must never stop a crawl
        _failed(article, f"extraction stopped early: {type(error).__name__}: {error}"[:300])
    return article


def _failed(article: Article, reason: str) -> Article:
    """Mark ``article`` as not read (and say why among its warnings)."""
    article.error = article.error or reason
    article.warnings.append(reason)
    return article


def _extract_into(
    article: Article,
    tree: lxml_html.HtmlElement,
    hints: Hints,
    fetched_at: dt.datetime | None,
    html: str = "",
) -> None:
    html_chars = len(html)
    data = read_structured(tree)
    article.warnings.extend(data.warnings)
    node = data.article or {}
    meta = data.meta
    article.site_name = clean_text(meta.get("og:site_name")) or _publisher_name(node, data) or None
    names = site_names(
        article.url, article.site_name, *hints.site_names, *declared_site_names(meta, data.nodes)
    )
    article.canonical_url = _canonical(meta, node, article.url, article.warnings)
    article.language = _language(tree, meta, node, hints)
    h1 = _first_text(tree, hints.title_selector) if hints.title_selector else None
    headings = tree.xpath("//h1")
    title_candidates: list[tuple[str, str | None]] = []
    if h1:
        title_candidates.append(("selector", h1))
    title_candidates += [
        ("json-ld", _as_text(node.get("headline"))),
        ("og:title", meta.get("og:title")),
        ("twitter:title", meta.get("twitter:title")),
        ("microdata", data.microdata.get("headline")),
    ]
    title_candidates += [("h1", clean_text(h.text_content())) for h in headings[:3]]
    title_candidates.append(("html-title", _first_text(tree, "title")))
    article.title, origin = choose_title(title_candidates, names)
    if origin:
        article.provenance["title"] = origin

    headline = _headline_element(tree, article.title)
    if headline is None and origin == "json-ld":
        # The declared headline won over a differently worded <h1>: that h1 is still
        # where the page prints its headline.
        headline = _headline_element(tree, _first_h1(title_candidates))
    printed = clean_text(headline.text_content()) if headline is not None else None
    header = header_zone(tree, headline)
    _extract_dates(article, tree, data, hints, fetched_at, header)
    _extract_authors(article, tree, data, hints, names, header, headline)
    if hints.lead_selector:
        lead = _first_text(tree, hints.lead_selector)
        if lead:
            article.lead = lead
            article.provenance["lead"] = "selector"

    strip_noise(tree)
    if hints.lead_selector:
        for element in _select(tree, hints.lead_selector):
            element.drop_tree()
    body = extract_body(tree, title=article.title, headline=printed, selectors=hints.body_selectors)
    if body.text_length < MIN_BODY_CHARS:
        body = _fallback_body(body, node, tree, html_chars)
    elif doubtful_container(body) and html_chars <= MAX_FALLBACK_CHARS:
        body = trafilatura_body(html, body)
    article.sections = body.sections
    article.captions = body.captions
    article.is_paywalled = body.is_paywalled or _declared_paywall(node)
    if article.is_paywalled:
        article.warnings.append("paywalled page: the body may be truncated")
    if body.container:
        article.provenance["body"] = body.container
    live_node = next((n for n in data.nodes if "liveblogposting" in node_types(n)), None)
    article.entries, origin = live_entries(
        live_node, tree, hints.timezone, url=article.url, title=article.title
    )
    if origin:
        article.provenance["entries"] = origin
    if article.lead is None:
        lead = standfirst(header, data, article.paragraphs)
        if lead:
            article.lead, article.provenance["lead"] = lead, "description+header"
    if not article.paragraphs:
        article.warnings.append("no body text found")


def _extract_dates(
    article: Article,
    tree: lxml_html.HtmlElement,
    data: Structured,
    hints: Hints,
    fetched_at: dt.datetime | None,
    header: HeaderZone,
) -> None:
    selected = _first_attr_or_text(tree, hints.date_selector) if hints.date_selector else None
    found = extract_dates(
        tree,
        data,
        url=article.url,
        timezone=hints.timezone,
        header=header,
        selector_value=selected,
        reference=fetched_at or dt.datetime.now(dt.UTC),
    )
    now = fetched_at or dt.datetime.now(dt.UTC)
    if "published" not in found:
        # Nothing declared, nothing printed near the headline: htmldate's reading of the
        # whole page (markup it knows, then the text) is the better guess than none.
        guess = htmldate_published(tree, url=article.url, reference=now, timezone=hints.timezone)
        if guess is not None:
            found["published"] = guess
    for kind, parsed in found.items():
        value = parsed.value
        if value > now + dt.timedelta(minutes=5):
            article.warnings.append(
                f"{kind} date {value.isoformat()} is after the fetch time; ignored"
            )
            continue
        setattr(article, f"{kind}_at", value)
        article.provenance[f"{kind}_at"] = parsed.provenance
    if article.modified_at and article.modified_at == article.published_at:
        article.modified_at = None  # "modified" at the publication instant: never modified
        article.provenance.pop("modified_at", None)
    if article.modified_at and article.published_at and article.modified_at < article.published_at:
        article.warnings.append("modified date before published date; ignored")
        article.modified_at = None
        article.provenance.pop("modified_at", None)


def _extract_authors(
    article: Article,
    tree: lxml_html.HtmlElement,
    data: Structured,
    hints: Hints,
    outlet_names: set[str],
    header: HeaderZone,
    headline: lxml_html.HtmlElement | None,
) -> None:
    selected = [e.text_content() for e in _select(tree, hints.author_selector)]
    names, origin = find_authors(
        tree,
        data,
        header=header,
        headline=headline,
        selected=selected,
        outlet_names=outlet_names,
    )
    if names and origin:
        article.authors, article.provenance["authors"] = names, origin


def _headline_element(
    tree: lxml_html.HtmlElement, title: str | None
) -> lxml_html.HtmlElement | None:
    """The element that prints the chosen title: an ``<h1>``, else a heading or an element
    whose class names it a title."""
    if not title:
        return None
    key = fold(title)
    for heading in tree.iter("h1"):
        text = fold(heading.text_content())
        if text and (text == key or key in text or text in key):
            return heading
    candidates = tree.xpath(
        "//h2|//h3|//*[contains(@class,'title') or contains(@class,'headline')"
        " or contains(@id,'title') or contains(@id,'headline')][not(self::title)]"
    )
    for element in candidates[:300]:
        if element.tag in ("head", "title", "meta", "html", "body"):
            continue
        text = fold(element.text_content())
        if text and (text == key or (key in text and len(key) > 0.8 * len(text))):
            return element
        if text and text in key and len(text) > 0.6 * len(key):
            return element
    return None


def _first_h1(candidates: list[tuple[str, str | None]]) -> str | None:
    return next((text for origin, text in candidates if origin == "h1" and text), None)


def _fallback_body(
    body: Body, node: dict, tree: lxml_html.HtmlElement, html_chars: int = 0
) -> Body:
    text = _as_text(node.get("articleBody"))
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
    )
    if extracted and len(extracted) > body.text_length:
        paragraphs = [clean_text(p) for p in extracted.split("\n") if clean_text(p)]
        return Body(
            sections=[Section(None, paragraphs)],
            captions=body.captions,
            container="trafilatura",
            is_paywalled=body.is_paywalled,
        )
    return body


def _declared_paywall(node: dict) -> bool:
    """JSON-LD says the article, or a part of it, is not free to read."""
    parts = node.get("hasPart")
    parts = parts if isinstance(parts, list) else [parts]
    flags = [node.get("isAccessibleForFree")]
    flags += [p.get("isAccessibleForFree") for p in parts if isinstance(p, dict)]
    return any(flag in (False, "False", "false", "FALSE") for flag in flags)


def _canonical(meta: dict[str, str], node: dict, url: str, warnings: list[str]) -> str | None:
    """The page's declared URL (``rel=canonical``, og:url, JSON-LD), the first valid one."""
    for value in (meta.get("link:canonical"), meta.get("og:url"), _as_text(node.get("url"))):
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
        _as_text(node.get("inLanguage")),
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


def _as_text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return str(value) if value not in (None, "") else None


def _select(tree: lxml_html.HtmlElement, selector: str | None) -> list[lxml_html.HtmlElement]:
    if not selector:
        return []
    try:
        return tree.cssselect(selector)
    except Exception:
        return []


def _first_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    for element in _select(tree, selector):
        text = clean_text(element.text_content())
        if text:
            return text
    return None


def _first_attr_or_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    for element in _select(tree, selector):
        value = (
            element.get("content") or element.get("datetime") or clean_text(element.text_content())
        )
        if value:
            return value
    return None
