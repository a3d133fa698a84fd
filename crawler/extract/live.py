"""Live blogs: the timestamped updates of a page, each kept with its own time.

Two sources, in order: JSON-LD ``LiveBlogPosting.liveBlogUpdate`` and, failing that,
repeated blocks of the page that each carry a ``<time datetime>`` (three or more
siblings). The second is read on pages JSON-LD declares live blogs, and on pages that
call themselves live in their address, headline or markup ("/live/", "Liveticker",
"en direct", ``class="liveblog-entry"``), never inside comment threads. Entries come out
newest first, as live blogs print them.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from lxml import html as lxml_html

from .css import CLASS_VALUES
from .dates import parse_date
from .furniture import is_furniture
from .model import LiveEntry
from .structured import node_types
from .text import clean_text

MIN_HTML_ENTRIES = 3
MAX_ENTRIES = 500


def live_entries(
    node: dict[str, Any] | None,
    tree: lxml_html.HtmlElement | None,
    timezone: str | None = None,
    *,
    url: str = "",
    title: str | None = None,
) -> tuple[list[LiveEntry], str | None]:
    """The entries of a live blog and where they came from (``json-ld`` or ``html``)."""
    entries = _from_json_ld(node, timezone)
    if entries:
        return entries, "json-ld"
    if tree is not None and (_is_live(node) or looks_live(tree, url, title)):
        entries = _from_html(tree, timezone)
        if entries:
            return entries, "html"
    return [], None


# "live", "liveblog", "live-ticker", "en direct", "en vivo", "ao vivo", "in diretta".
_LIVE_WORDS = re.compile(
    r"(?:^|[^a-z])(?:live-?blog|live-?ticker|live|ticker|en[ -]direct|en[ -]vivo|ao[ -]vivo|"
    r"in[ -]diretta|direct)(?:$|[^a-z])",
    re.IGNORECASE,
)
_LIVE_MARKUP = re.compile(r"live-?(?:blog|ticker|entry|entries|post|update|feed)", re.IGNORECASE)


def looks_live(tree: lxml_html.HtmlElement, url: str, title: str | None) -> bool:
    """Whether an undeclared page presents itself as a live blog: its path, its headline,
    or the class names of its markup say so."""
    path = url.split("?", 1)[0].split("//", 1)[-1].partition("/")[2]
    if _LIVE_WORDS.search(path) or (title and _LIVE_WORDS.search(title)):
        return True
    classes = CLASS_VALUES(tree)
    if "live" not in "\x00".join(classes).lower():
        return False  # most pages: no class name says "live" at all
    # The first 50 class names that say "live" (any letter case), in document order.
    said = (value for value in classes if "live" in value.translate(_LIVE_UPPER))
    return any(_LIVE_MARKUP.search(value) for value in itertools.islice(said, 50))


_LIVE_UPPER = str.maketrans("LIVE", "live")


def _is_live(node: dict[str, Any] | None) -> bool:
    return bool(node) and "liveblogposting" in node_types(node or {})


def _from_json_ld(node: dict[str, Any] | None, timezone: str | None) -> list[LiveEntry]:
    if not node:
        return []
    updates = node.get("liveBlogUpdate")
    if isinstance(updates, dict):
        updates = [updates]
    if not isinstance(updates, list):
        return []
    entries = []
    for update in updates[:MAX_ENTRIES]:
        if not isinstance(update, dict):
            continue
        text = clean_text(_string(update.get("articleBody") or update.get("text")))
        headline = clean_text(_string(update.get("headline") or update.get("name"))) or None
        if not text and not headline:
            continue
        parsed = parse_date(_string(update.get("datePublished") or update.get("dateCreated")))
        entries.append(LiveEntry(parsed.value if parsed else None, text, headline))
    return entries


def _from_html(tree: lxml_html.HtmlElement, timezone: str | None) -> list[LiveEntry]:
    parents: dict[lxml_html.HtmlElement, None] = {}
    for stamp in tree.xpath("//time[@datetime]")[:MAX_ENTRIES]:
        for depth, ancestor in enumerate(stamp.iterancestors()):
            if depth > 6 or ancestor.tag in ("body", "html"):
                break
            parents[ancestor] = None
    best: list[LiveEntry] = []
    for parent in parents:
        if is_furniture(parent) or any(is_furniture(a) for a in parent.iterancestors()):
            continue  # a comment thread or a "latest news" list, not the blog
        entries = []
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            times = child.xpath(".//time[@datetime]")
            text = clean_text(child.text_content())
            if not times or len(text) < 20:
                continue
            parsed = parse_date(times[0].get("datetime"), timezone)
            stamp_text = clean_text(times[0].text_content())
            if stamp_text and text.startswith(stamp_text):
                text = text[len(stamp_text) :].strip()
            entries.append(LiveEntry(parsed.value if parsed else None, text))
        if len(entries) >= MIN_HTML_ENTRIES and len(entries) > len(best):
            best = entries[:MAX_ENTRIES]
    return best


def _string(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or ""
    return str(value) if value is not None else ""
