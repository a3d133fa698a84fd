"""The headline as published: no site-name prefix or suffix, never twice."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .text import clean_text, fold

_SEPARATORS = re.compile(r"\s+(?:[-–—|:·•»/]|::)\s+")


def site_names(url: str, *names: str | None) -> set[str]:
    """Folded spellings of the site's name: declared names plus the host's parts."""
    known = {fold(n) for n in names if n}
    host = urlsplit(url).hostname or ""
    parts = [
        p for p in host.split(".") if p not in ("www", "m", "amp", "com", "fr", "de", "net", "org")
    ]
    for part in parts:
        known.add(fold(part))
        known.add(fold(part.replace("-", " ")))
    if host:
        known.add(fold(host.removeprefix("www.")))
    return {k for k in known if k}


def _is_site_name(segment: str, names: set[str]) -> bool:
    folded = fold(segment)
    if not folded:
        return True
    compact = folded.replace(" ", "")
    for name in names:
        name_compact = name.replace(" ", "")
        if folded == name or compact == name_compact:
            return True
        if (
            len(name_compact) >= 4
            and (name_compact in compact)
            and len(compact) <= len(name_compact) + 12
        ):
            return True
    return False


def strip_site_name(title: str, names: set[str]) -> str:
    """Remove site-name segments at either end ("Guerre … - midilibre.fr")."""
    title = clean_text(title)
    for _ in range(3):
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            break
        if _is_site_name(parts[-1], names):
            title = title[: title.rfind(parts[-1])].rstrip(" -–—|:·•»/")
        elif _is_site_name(parts[0], names):
            title = title[len(parts[0]) :].lstrip(" -–—|:·•»/")
        else:
            break
    return title.strip()


def undouble(title: str) -> str:
    """ "Title Title" (a headline printed twice) becomes "Title"."""
    words = title.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return title


def choose_title(
    candidates: list[tuple[str, str | None]], names: set[str]
) -> tuple[str | None, str | None]:
    """Pick the headline among ``(provenance, raw)`` candidates in cascade order.

    A visible ``<h1>`` wins when metadata confirms it (same words, or a metadata
    title that is the h1 plus a site name): it is the headline as printed.
    """
    cleaned = [
        (origin, undouble(strip_site_name(raw, names)))
        for origin, raw in candidates
        if raw and clean_text(raw)
    ]
    cleaned = [(o, t) for o, t in cleaned if t and len(t) <= 400]
    if not cleaned:
        return None, None
    meta_titles = [fold(t) for o, t in cleaned if o != "h1"]
    for origin, title in cleaned:
        if (
            origin == "h1"
            and fold(title)
            and any(
                fold(title) == m or (fold(title) in m and len(fold(title)) > 0.6 * len(m))
                for m in meta_titles
            )
        ):
            return title, origin
    for origin, title in cleaned:
        if origin != "h1" and origin != "html-title":
            return title, origin
    return cleaned[0][1], cleaned[0][0]
