"""HTML -> article fields, each with the rule that produced it.

This is the one extraction code path: spiders and ``sitrep extract`` both call
:func:`extract_article`. Each field runs a cascade — source selectors,
structured data, meta tags, visible text, URL, generic fallback — and records
which step answered in ``provenance``.

Where each field is decided: :mod:`.parsing` (bytes to a tree), :mod:`.structured` (JSON-LD,
meta tags, microdata), :mod:`.metadata` (site name, canonical URL, language),
:mod:`.headline` and :mod:`.title`, :mod:`.date_fields` (with :mod:`.header`, the text
around the headline), :mod:`.byline`, :mod:`.container` and :mod:`.blocks` (where the body
is, and its reading order), :mod:`.body` (sections, captions, paywalls), :mod:`.lead` (the
standfirst) and :mod:`.live` (live-blog entries). Where those rules are unsure,
:mod:`.second_opinion` asks htmldate (a date when the page declares and prints none near the
headline) or trafilatura (the body, when the container holds little of the page's text: see
:mod:`.body_fallback`). Bad input never raises: see :func:`extract_article`.
"""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from crawler.items import SELECTOR_DRIFT

from .body import extract_body
from .body_fallback import settle_body
from .byline import find_authors
from .css import first_attr_or_text, first_text, select
from .date_fields import extract_dates
from .decoding import decode_page, looks_binary
from .header import HeaderZone, header_zone
from .headline import printed_headline, title_candidates
from .lead import lead_text, standfirst
from .live import live_entries
from .metadata import read_metadata
from .model import Article, Hints
from .noise import strip_noise
from .paragraph_rules import drop_author_lines
from .parsing import limit_size, parse_page
from .paywall import declared_paywall
from .second_opinion import htmldate_published
from .structured import Structured, node_types, read_structured
from .text import clean_text
from .title import choose_title


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
    utf8 = None  # the page's bytes, when the text is exactly their UTF-8 reading
    if isinstance(html, bytes):
        if looks_binary(html):
            return _failed(article, "binary content, not HTML")
        data = html
        html, exact = decode_page(data, content_type)
        utf8 = data if exact else None
    whole = html
    html = limit_size(html, article.warnings)
    tree, problems = parse_page(html, utf8=utf8 if html is whole else None)
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
    html: str,
) -> None:
    data = read_structured(tree)
    article.warnings.extend(data.warnings)
    node = data.article or {}
    names = read_metadata(article, tree, data, hints)
    candidates = title_candidates(tree, data, hints.title_selector)
    article.title, origin = choose_title(candidates, names)
    if origin:
        article.provenance["title"] = origin
    headline = printed_headline(tree, article.title, origin, candidates)
    printed = clean_text(headline.text_content()) if headline is not None else None
    header = header_zone(tree, headline)
    _extract_dates(article, tree, data, hints, fetched_at, header)
    _extract_authors(article, tree, data, hints, names, header, headline)
    article.warnings.extend(unmatched_selectors(tree, hints))
    if hints.lead_selector:
        lead = next(filter(None, map(lead_text, select(tree, hints.lead_selector))), None)
        if lead:
            article.lead = lead
            article.provenance["lead"] = "selector"

    strip_noise(tree)
    if hints.lead_selector:
        for element in select(tree, hints.lead_selector):
            element.drop_tree()
    body = extract_body(tree, title=article.title, headline=printed, selectors=hints.body_selectors)
    if body.selector_drift:
        article.warnings.append(f"{SELECTOR_DRIFT}{body.selector_drift}; generic body used")
    body = settle_body(body, node, tree, html, article.title)
    article.sections = drop_author_lines(body.sections, article.authors)
    article.captions = body.captions
    article.is_paywalled = body.is_paywalled or declared_paywall(node)
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
        lead, first_paragraph = standfirst(header, data, article.paragraphs, article.title)
        if lead:
            article.lead, article.provenance["lead"] = lead, "description+header"
        if first_paragraph:
            _drop_first_paragraph(article)
    if not article.paragraphs:
        article.warnings.append("no body text found")


def _drop_first_paragraph(article: Article) -> None:
    """The body's first paragraph is the standfirst, now the lead."""
    for section in article.sections:
        if section.paragraphs:
            del section.paragraphs[0]
            break
    article.sections = [s for s in article.sections if s.paragraphs or s.heading]


def unmatched_selectors(tree: lxml_html.HtmlElement, hints: Hints) -> list[str]:
    """A note for each field selector of the source that finds no text on the page (the
    field then comes from generic extraction)."""
    chosen = {
        "title": (hints.title_selector, first_text),
        "lead": (hints.lead_selector, first_text),
        "authors": (hints.author_selector, first_text),
        "published": (hints.date_selector, first_attr_or_text),
    }
    return [
        f"{SELECTOR_DRIFT}{name} selector {selector!r} found nothing; generic extraction used"
        for name, (selector, read) in chosen.items()
        if selector and not read(tree, selector)
    ]


def _extract_dates(
    article: Article,
    tree: lxml_html.HtmlElement,
    data: Structured,
    hints: Hints,
    fetched_at: dt.datetime | None,
    header: HeaderZone,
) -> None:
    selected = first_attr_or_text(tree, hints.date_selector) if hints.date_selector else None
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
    selected = [e.text_content() for e in select(tree, hints.author_selector)]
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
