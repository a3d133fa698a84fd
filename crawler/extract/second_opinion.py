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
from collections.abc import Iterator
from contextlib import contextmanager

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
            with _without_dateparser():
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


class _NoDates:
    """A stand-in for dateparser's parser that reads no date."""

    def get_date_data(self, _text: str) -> dict[str, None]:
        return {"date_obj": None}


@contextmanager
def _without_dateparser() -> Iterator[None]:
    """Run htmldate's extensive search without its last resort, dateparser: the first call
    in a process loads every locale dateparser knows (7-13 s), for one more corpus date in
    a thousand pages. htmldate's own text patterns still run."""
    from htmldate import extractors

    original = getattr(extractors, "get_external_parser", None)
    if original is None:  # another htmldate version: leave it as it is
        yield
        return
    extractors.get_external_parser = _NoDates
    try:
        yield
    finally:
        extractors.get_external_parser = original


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
