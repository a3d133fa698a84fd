"""The headline as published: no site-name prefix or suffix, never twice."""

from __future__ import annotations

import re

from crawler.urls import host_of

from .text import clean_text, fold

_SEPARATORS = re.compile(r"\s+(?:[-–—|:·•»/]|::)\s+")
# Scripts written without spaces between words (Chinese, Japanese, Thai): there a site name
# is glued to the headline ("标题_网站名", "タイトル｜サイト名", "标题-新华网").
_UNSPACED_SCRIPT = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f\uac00-\ud7af]"
)
_GLUED_SEPARATOR = re.compile(r"\s*(?:[_｜|¦]|(?<![A-Za-z0-9])[-–—－―](?![A-Za-z0-9]))\s*")
MAX_GLUED_NAME = 12


def site_names(url: str, *names: str | None) -> set[str]:
    """Folded spellings of the site's name: declared names plus the host's parts."""
    known = {fold(n) for n in names if n}
    host = host_of(url)
    parts = [
        p for p in host.split(".") if p not in ("www", "m", "amp", "com", "fr", "de", "net", "org")
    ]
    for part in parts:
        known.add(fold(part))
        known.add(fold(part.replace("-", " ")))
    if host:
        known.add(fold(host.removeprefix("www.")))
    return {k for k in known if k}


_NAME_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "al:ios:app_name")
_NAME_NODE_TYPES = ("website", "organization", "newsmediaorganization")


def declared_site_names(meta: dict[str, str], nodes: list[dict]) -> list[str]:
    """Names a page gives itself: site-name and app-name meta tags, JSON-LD ``WebSite`` and
    ``Organization`` nodes (short ones only: a long "name" is a description)."""
    found = [meta.get(key) for key in _NAME_META]
    for node in nodes:
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(str(t).lower() in _NAME_NODE_TYPES for t in types):
            found.append(node.get("name") if isinstance(node.get("name"), str) else None)
    return [clean_text(n) for n in found if n and 0 < len(clean_text(n)) <= 40]


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
            and len(compact) <= len(name_compact) + _allowance(compact)
        ):
            return True
        # "Investment Watch" on investmentwatchblog.com: the segment is most of a host label.
        if (
            len(compact) >= 5
            and "." not in name
            and compact in name_compact
            and len(compact) >= 0.6 * len(name_compact)
        ):
            return True
    return False


def _allowance(segment: str) -> int:
    """How many characters a site-name segment may add to the name ("Midi Libre
    Actualités"): fewer in scripts without spaces, where one character is a word."""
    return 4 if _UNSPACED_SCRIPT.search(segment) else 12


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
    return strip_glued_suffix(title.strip(), names)


def strip_glued_suffix(title: str, names: set[str]) -> str:
    """Remove site and section names glued to a CJK or Thai headline without spaces.

    "标题内容_科技_网站名" loses its trailing segments: each is a known site name, or a
    short one (at most :data:`MAX_GLUED_NAME` characters) after a longer headline (twice
    as long after a dash, which headlines also use). A leading segment goes only when it
    is a known site name.
    """
    if not _UNSPACED_SCRIPT.search(title):
        return title
    for _ in range(3):
        separators = list(_GLUED_SEPARATOR.finditer(title))
        if not separators:
            break
        last, first = separators[-1], separators[0]
        head, tail = title[: last.start()].strip(), title[last.end() :].strip()
        lead, rest = title[: first.start()].strip(), title[first.end() :].strip()
        if tail and _glued_name(tail, head, last.group().strip(), names):
            title = head
        elif lead and _is_site_name(lead, names) and len(rest) >= 6:
            title = rest
        else:
            break
    return title


def _glued_name(segment: str, head: str, separator: str, names: set[str]) -> bool:
    """Whether a glued trailing segment names the site or a section, not the headline's end."""
    if len(head) < 6 or not _UNSPACED_SCRIPT.search(head):
        return False
    if _is_site_name(segment, names):
        return True
    factor = 1 if separator in "_｜|¦" else 2
    return (
        len(segment) <= MAX_GLUED_NAME
        and len(head) > factor * len(segment)
        and not re.search(r"[。！？!?.,，、:：]$", segment)
    )


def undouble(title: str) -> str:
    """ "Title Title" (a headline printed twice) becomes "Title"."""
    words = title.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return title


def _punctuation(text: str) -> int:
    return sum(1 for ch in text if not ch.isalnum() and not ch.isspace())


def _confirms(h1: str, meta: str) -> bool:
    """Whether a metadata title confirms a visible headline.

    Same words; or the headline plus a site name or kicker joined by a separator
    ("Headline » Site - Slogan"); or the headline making up most of the metadata title.
    """
    h, m = fold(h1), fold(meta)
    if not h or not m:
        return False
    if h == m:
        return True
    if h in m and len(h) > 0.6 * len(m):
        return True
    meta = clean_text(meta)
    for part in _SEPARATORS.split(meta)[:1] + _SEPARATORS.split(meta)[-1:]:
        if fold(part) == h and len(h.split()) >= 3:
            return True
    return False


def choose_title(
    candidates: list[tuple[str, str | None]], names: set[str]
) -> tuple[str | None, str | None]:
    """Pick the headline among ``(provenance, raw)`` candidates in cascade order.

    A visible ``<h1>`` wins when metadata confirms it (same words, or a metadata
    title that is the h1 plus a site name): it is the headline as printed. When
    both have the same words but the metadata is better punctuated (an h1 made
    of a kicker and a headline in separate elements loses the colon between
    them), the metadata spelling is kept.
    """
    cleaned = [
        (origin, undouble(strip_site_name(raw, names)))
        for origin, raw in candidates
        if raw and clean_text(raw)
    ]
    cleaned = [(o, t) for o, t in cleaned if t and len(t) <= 400]
    if not cleaned:
        return None, None
    metas = [(o, t) for o, t in cleaned if o != "h1"]
    raw_metas = [clean_text(raw) for o, raw in candidates if o != "h1" and raw]
    declared = _declared_headline(cleaned, candidates)
    if declared:
        return declared, "json-ld"
    for origin, title in cleaned:
        if origin != "h1" or _is_site_name(title, names):
            continue
        if not any(_confirms(title, m) for m in [t for _, t in metas] + raw_metas):
            continue
        for meta_origin, meta in metas:
            if fold(title) == fold(meta) and _punctuation(meta) > _punctuation(title):
                return meta, meta_origin
        kicked = _with_kicker(title, dict(metas))
        if kicked:
            return kicked, "json-ld"
        return title, origin
    meta_titles = [t for _, t in metas]
    visible = {
        fold(t): t
        for o, t in cleaned
        if o == "h1" and not _is_site_name(t, names) and len(t.split()) >= 4
    }
    if len(visible) == 1 and meta_titles:
        # One real headline on the page that metadata words differently (a social-media
        # variant): the headline as printed wins, unless it is a kicker plus a metadata title.
        (title,) = visible.values()
        inner = [m for m in meta_titles if len(fold(m)) > 10 and fold(m) in fold(title)]
        if inner:
            return inner[0], next(o for o, t in metas if t == inner[0])
        if max(_word_overlap(title, m) for m in meta_titles) >= 0.3:
            return title, "h1"
    for origin, title in cleaned:
        if origin != "h1" and origin != "html-title":
            return title, origin
    # Only the <title> and unconfirmed short h1s ("About This Site", a section name) are left.
    for origin, title in cleaned:
        if (
            origin == "html-title"
            and not visible
            and not _is_site_name(title, names)
            and len(title) >= 10
        ):
            return title, origin
    return cleaned[0][1], cleaned[0][0]


_KICKER = re.compile(r"^(?P<kicker>[^:]{2,40}):\s+(?P<rest>.+)$")


def _with_kicker(h1: str, metas: dict[str, str]) -> str | None:
    """ "Kicker: Headline" when the JSON-LD headline and ``og:title`` both declare it so and
    the ``<h1>`` prints only the headline (the kicker in an element of its own)."""
    declared, social = metas.get("json-ld"), metas.get("og:title")
    if not declared or not social or fold(declared) != fold(social):
        return None
    match = _KICKER.match(declared)
    if match and fold(match.group("rest")) == fold(h1):
        return declared
    return None


def _declared_headline(
    cleaned: list[tuple[str, str]], candidates: list[tuple[str, str | None]]
) -> str | None:
    """The JSON-LD headline when the page's ``<title>`` states it too and no ``<h1>``
    matches it: the article's declared headline beats a display variant of it."""
    declared = next((t for o, t in cleaned if o == "json-ld"), None)
    page_title = next((clean_text(raw) for o, raw in candidates if o == "html-title" and raw), "")
    if not declared or len(declared.split()) < 3 or not _confirms(declared, page_title):
        return None
    h1s = [t for o, t in cleaned if o == "h1"]
    if not h1s or any(_confirms(h, declared) or _confirms(declared, h) for h in h1s):
        return None
    return declared


def _word_overlap(a: str, b: str) -> float:
    """Bag-of-words F1 between two titles (folded)."""
    first, second = fold(a).split(), fold(b).split()
    if not first or not second:
        return 0.0
    common = sum(min(first.count(w), second.count(w)) for w in set(first))
    return 2 * common / (len(first) + len(second))
