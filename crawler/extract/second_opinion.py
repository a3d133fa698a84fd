"""Second opinions from well-kept libraries, asked only where the page's own rules are unsure.

* The publication day from :mod:`htmldate` when neither structured data nor the page's
  visible header gives a date: its quick search first, the extensive text search only
  when the quick one finds nothing.
* The body from :mod:`trafilatura` when the container sitrep chose is doubtful: it holds
  little of the page's running text (see :func:`doubtful_container`).

Each answer is labelled with the library that gave it in the article's provenance.
"""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from crawler.items import Section

from .body import Body
from .dates import ParsedDate, zone
from .text import clean_text

# A container holding less than this share of the page's running text leaves most of it
# out: an article split over blocks that do not share one parent, or a teaser box chosen.
MIN_COVERAGE = 0.6


def htmldate_published(
    tree: lxml_html.HtmlElement,
    *,
    url: str,
    reference: dt.datetime,
    timezone: str | None,
) -> ParsedDate | None:
    """The original publication day htmldate reads from the page (markup, then text), at
    midnight in ``timezone``; ``None`` when it finds none. ``tree`` is not changed."""
    from htmldate import find_date

    page_url = url if url.startswith(("http://", "https://")) else None
    latest = reference.date().isoformat()
    for extensive in (False, True):
        try:
            found = find_date(
                tree,
                extensive_search=extensive,
                original_date=True,
                url=page_url,
                max_date=latest,
            )
        except Exception:  # a library failure on one page is no date, not a crash
            found = None
        if found:
            try:
                day = dt.date.fromisoformat(found)
            except ValueError:
                return None
            value = dt.datetime(day.year, day.month, day.day, tzinfo=zone(timezone))
            return ParsedDate(value, False, "htmldate")
    return None


def doubtful_container(body: Body) -> bool:
    """Whether the container found by text density holds too little of the page's text to
    be trusted alone (a source's own selector is always trusted)."""
    return body.container == "density" and body.coverage < MIN_COVERAGE


def trafilatura_body(html: str, body: Body) -> Body:
    """trafilatura's body for the page (paragraphs, no subheadings), keeping ``body``'s
    captions and paywall flag; ``body`` itself when trafilatura finds nothing."""
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, with_metadata=False)
    except Exception:  # a library failure on one page keeps sitrep's own body
        return body
    paragraphs = [p for p in (clean_text(line) for line in (text or "").split("\n")) if p]
    if not paragraphs:
        return body
    return Body(
        sections=[Section(None, paragraphs)],
        captions=body.captions,
        container="trafilatura",
        is_paywalled=body.is_paywalled,
        coverage=body.coverage,
        link_density=body.link_density,
    )
