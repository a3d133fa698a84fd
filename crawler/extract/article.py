"""HTML -> article fields, each with the rule that produced it.

This is the one extraction code path: spiders and ``sitrep extract`` both call
:func:`extract_article`. Each field runs a cascade — source selectors,
structured data, meta tags, visible text, URL, generic fallback — and records
which step answered in ``provenance``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html
from w3lib.encoding import html_to_unicode

from crawler.items import Caption, Section

from . import dates as dates_mod
from .authors import clean_authors, is_organisation
from .body import Body, extract_body, strip_noise
from .structured import Structured, read_structured, resolve
from .text import clean_text
from .title import choose_title, site_names

MAX_HTML_CHARS = 5_000_000
MIN_BODY_CHARS = 200


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

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Bytes to text using the HTTP header, the page's own declaration, then detection."""
    _, text = html_to_unicode(content_type, data)
    return text


def parse_tree(text: str) -> lxml_html.HtmlElement | None:
    """Parse HTML leniently; ``None`` when there is nothing to parse."""
    if not text or not text.strip():
        return None
    text = text.replace("\x00", "")
    parser = lxml_html.HTMLParser(recover=True, remove_comments=False, huge_tree=False)
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return tree


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
        if b"\x00" in html[:2000] and not html.lstrip().startswith(b"<"):
            article.warnings.append("binary content, not HTML")
            return article
        html = decode_html(html, content_type)
    if len(html) > MAX_HTML_CHARS:
        article.warnings.append(f"page truncated to {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    tree = parse_tree(html)
    if tree is None:
        article.warnings.append("empty or unparseable page")
        return article
    try:
        _extract_into(article, tree, hints, fetched_at)
    except RecursionError:
        article.warnings.append("document too deeply nested")
    return article


def _extract_into(
    article: Article, tree: lxml_html.HtmlElement, hints: Hints, fetched_at: dt.datetime | None
) -> None:
    data = read_structured(tree)
    article.warnings.extend(data.warnings)
    node = data.article or {}
    meta = data.meta
    article.site_name = clean_text(meta.get("og:site_name")) or _publisher_name(node, data) or None
    names = site_names(article.url, article.site_name, *hints.site_names)
    article.canonical_url = _canonical(meta, node, article.url)
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

    _extract_dates(article, tree, node, meta, data, hints, fetched_at)
    _extract_authors(article, tree, node, meta, data, hints, names)
    if hints.lead_selector:
        lead = _first_text(tree, hints.lead_selector)
        if lead:
            article.lead = lead
            article.provenance["lead"] = "selector"

    strip_noise(tree)
    if hints.lead_selector:
        for element in _select(tree, hints.lead_selector):
            element.drop_tree()
    body = extract_body(tree, title=article.title, selectors=hints.body_selectors)
    if body.text_length < MIN_BODY_CHARS:
        body = _fallback_body(body, node, tree)
    article.sections = body.sections
    article.captions = body.captions
    article.is_paywalled = body.is_paywalled or node.get("isAccessibleForFree") in (
        False,
        "False",
        "false",
    )
    if body.container:
        article.provenance["body"] = body.container
    if not article.paragraphs:
        article.warnings.append("no body text found")


def _extract_dates(
    article: Article,
    tree: lxml_html.HtmlElement,
    node: dict,
    meta: dict[str, str],
    data: Structured,
    hints: Hints,
    fetched_at: dt.datetime | None,
) -> None:
    tz = hints.timezone
    cascade = {
        "published": [
            (
                "selector",
                _first_attr_or_text(tree, hints.date_selector) if hints.date_selector else None,
            ),
            ("json-ld", _as_text(node.get("datePublished") or node.get("dateCreated"))),
            ("meta:article:published_time", meta.get("article:published_time")),
            ("microdata", data.microdata.get("datePublished")),
            (
                "meta:date",
                _first_meta(
                    meta,
                    "date",
                    "dc.date",
                    "dc.date.issued",
                    "dcterms.created",
                    "pubdate",
                    "publishdate",
                    "parsely-pub-date",
                    "sailthru.date",
                    "og:published_time",
                    "datepublished",
                ),
            ),
        ],
        "modified": [
            ("json-ld", _as_text(node.get("dateModified"))),
            (
                "meta:article:modified_time",
                meta.get("article:modified_time") or meta.get("og:updated_time"),
            ),
            ("microdata", data.microdata.get("dateModified")),
        ],
    }
    found: dict[str, dates_mod.ParsedDate] = {}
    for kind, steps in cascade.items():
        for origin, raw in steps:
            parsed = dates_mod.parse_date(raw, tz)
            if parsed is not None:
                found[kind] = dates_mod.ParsedDate(parsed.value, parsed.has_time, origin)
                break
    visible = dates_mod.dates_in_text(_header_text(tree), tz)
    for kind, parsed in visible.items():
        current = found.get(kind)
        # Visible text fills gaps, and adds a time where metadata has only a day.
        if current is None or (
            not current.has_time and parsed.has_time and parsed.value.date() == current.value.date()
        ):
            found[kind] = parsed
    if "published" not in found:
        for time_element in tree.xpath("//time[@datetime]")[:3]:
            parsed = dates_mod.parse_date(time_element.get("datetime"), tz)
            if parsed:
                found["published"] = dates_mod.ParsedDate(
                    parsed.value, parsed.has_time, "time-element"
                )
                break
    if "published" not in found:
        day = dates_mod.date_from_url(article.url)
        if day:
            value = dt.datetime(day.year, day.month, day.day, tzinfo=dates_mod.zone(tz))
            found["published"] = dates_mod.ParsedDate(value, False, "url")
    now = fetched_at or dt.datetime.now(dt.UTC)
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


def _header_text(tree: lxml_html.HtmlElement) -> str:
    """Visible text likely to hold the date line: the article header, else the page start."""
    for xpath in (
        "//*[contains(@class,'date') or contains(@class,'time') or contains(@class,'meta')"
        " or contains(@class,'infos') or contains(@class,'byline')]",
        "//time",
    ):
        parts = [" ".join(e.text_content().split()) for e in tree.xpath(xpath)[:12]]
        text = " ; ".join(p for p in parts if p)
        if re.search(r"\d", text):
            return text
    body = tree.find("body")
    return " ".join((body.text_content() if body is not None else "").split())[:5000]


def _extract_authors(
    article: Article,
    tree: lxml_html.HtmlElement,
    node: dict,
    meta: dict[str, str],
    data: Structured,
    hints: Hints,
    outlet_names: set[str],
) -> None:
    steps: list[tuple[str, list[str]]] = []
    if hints.author_selector:
        steps.append(("selector", [e.text_content() for e in _select(tree, hints.author_selector)]))
    steps.append(("json-ld", _ld_people(node.get("author") or node.get("creator"), data)))
    steps.append(
        (
            "meta",
            [
                v
                for k, v in meta.items()
                if k
                in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
                and not v.startswith("http")
            ],
        )
    )
    steps.append(("microdata", [data.microdata["author"]] if "author" in data.microdata else []))
    steps.append(
        (
            "byline",
            [
                e.text_content()
                for e in tree.xpath(
                    "//*[@rel='author' or contains(@class,'author') or contains(@class,'byline')]"
                    "[not(ancestor-or-self::form) and not(ancestor::*[contains(@class,'comment')])]"
                    "[not(self::meta) and not(self::link)][string-length(normalize-space()) < 120]"
                )[:4]
            ],
        )
    )
    fallback: tuple[str, list[str]] | None = None
    for origin, raw in steps:
        names = clean_authors([r for r in raw if r], outlet_names)
        if not names:
            continue
        if not all(is_organisation(n, outlet_names) for n in names):
            article.authors, article.provenance["authors"] = names, origin
            return
        fallback = fallback or (origin, names)
    if fallback:
        article.authors, article.provenance["authors"] = fallback[1], fallback[0]


def _ld_people(value: object, data: Structured) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        item = resolve(item, data.nodes)
        if isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                names.extend(str(n) for n in name)
            elif name:
                names.append(str(name))
        elif isinstance(item, str) and not item.startswith("http"):
            names.append(item)
    return names


def _fallback_body(body: Body, node: dict, tree: lxml_html.HtmlElement) -> Body:
    text = _as_text(node.get("articleBody"))
    if text and len(text) > body.text_length:
        paragraphs = [clean_text(p) for p in re.split(r"\n\s*\n|\n", text) if clean_text(p)]
        return Body(
            sections=[Section(None, paragraphs)],
            captions=body.captions,
            container="json-ld:articleBody",
            is_paywalled=body.is_paywalled,
        )
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


def _canonical(meta: dict[str, str], node: dict, url: str) -> str | None:
    from urllib.parse import urljoin

    for value in (meta.get("link:canonical"), meta.get("og:url"), _as_text(node.get("url"))):
        if value and value.strip() and not value.startswith(("javascript:", "#")):
            return urljoin(url, value.strip())
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


def _first_meta(meta: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


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
