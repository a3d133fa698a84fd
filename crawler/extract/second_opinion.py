"""Second opinions from well-kept libraries, asked only where the page's own rules are unsure.

* The publication day from :mod:`htmldate` when neither structured data nor the page's
  visible header gives a date: its quick search first, the extensive text search only
  when the quick one finds nothing.
* The body from :mod:`trafilatura` when the container sitrep chose is doubtful (see
  :func:`.article._second_body`).

Each answer is labelled with the library that gave it in the article's provenance.
"""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from .dates import ParsedDate, zone


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
