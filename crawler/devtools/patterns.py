"""Guess a report series' title and URL patterns from one or more example report URLs.

Report URLs usually carry the title as a slug (``guerre-en-ukraine-…-le-point-sur-la-situation-123.php``).
Words shared by every example (or, with a single example, the first and last few
words) are taken as the fixed part of the title; dates, ids and the varying middle
become wildcards. The result is a starting point that a human checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from crawler.extract.text import fold

HEAD_WORDS = 3  # with one example: the first words kept as fixed…
TAIL_WORDS = 4  # …and the last ones
_EXTENSION = re.compile(r"\.[a-z0-9]{2,5}$")
_TRAILING_ID = re.compile(r"-\d+$")
_END = r"(?:[?#]|$)"


@dataclass(frozen=True)
class SeriesGuess:
    """A guessed series: every field needs a human look (``certain`` says how much)."""

    key: str
    name: str
    title_pattern: str
    url_pattern: str
    certain: bool  # words confirmed by two or more examples


@dataclass(frozen=True)
class _Slug:
    words: list[str]
    numbered: bool  # ends with "-<digits>"
    extension: str
    numeric: bool  # nothing but an id


def _split_slug(segment: str) -> _Slug:
    extension_match = _EXTENSION.search(segment)
    extension = extension_match.group(0) if extension_match else ""
    stem = segment[: len(segment) - len(extension)]
    numbered = bool(_TRAILING_ID.search(stem)) and not stem.isdigit()
    if numbered:
        stem = _TRAILING_ID.sub("", stem)
    words = [w for w in re.split(r"[-_]+", stem) if w]
    return _Slug(words, numbered, extension, numeric=stem.isdigit())


def _segments(url: str) -> list[str]:
    """Path segments as links spell them (still percent-encoded)."""
    return [s for s in urlsplit(url).path.split("/") if s]


def _host_pattern(host: str) -> str:
    bare = host.removeprefix("www.")
    return r"(?:www\.)?" + bare.replace(".", r"\.")


def _fixed(word: str) -> bool:
    return not any(ch.isdigit() for ch in unquote(word))


def _common_prefix(lists: list[list[str]]) -> list[str]:
    prefix: list[str] = []
    for column in zip(*lists, strict=False):
        if len(set(column)) != 1 or not _fixed(column[0]):
            break
        prefix.append(column[0])
    return prefix


def _common_suffix(lists: list[list[str]]) -> list[str]:
    return list(reversed(_common_prefix([list(reversed(w)) for w in lists])))


def _head_and_tail(slugs: list[_Slug]) -> tuple[list[str], list[str], bool]:
    words = [s.words for s in slugs]
    if len(words) > 1:
        head, tail = _common_prefix(words), _common_suffix(words)
        shortest = min(len(w) for w in words)
        if len(head) + len(tail) > shortest:  # identical slugs: keep the head only
            tail = []
        if head or tail:
            return head, tail, True
    only = words[0]
    if len(only) <= HEAD_WORDS + TAIL_WORDS:
        return _common_prefix([only]), [], False
    head = _common_prefix([only[:HEAD_WORDS]])
    tail = _common_suffix([only[-TAIL_WORDS:]])
    return head, tail, False


def _digits_shape(digits: str) -> str:
    """Years and months or days keep their width; ids grow a digit now and then."""
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return r"\d{4}"
    return r"\d{1,2}" if len(digits) <= 2 else r"\d+"


def _shape(value: str) -> str:
    """A segment's pattern: its letters as written, each run of digits by its shape."""
    parts = re.split(r"(\d+)", value)
    return "".join(_digits_shape(p) if p.isdigit() else re.escape(p) for p in parts if p)


def _segment_pattern(values: list[str]) -> str:
    shapes = {_shape(v) for v in values}
    if len(shapes) == 1:
        return shapes.pop()  # "monde", "\d{4}", "id\d+", "\d{4}\-\d{1,2}\-\d{1,2}"
    return "[^/]+"


def _slug_pattern(slugs: list[_Slug], head: list[str], tail: list[str]) -> str:
    middle = "[^/?#]*"
    parts = ["-".join(head)] if head else []
    parts.append(middle)
    if tail:
        parts.append("-".join(tail))
    pattern = "".join(parts)
    if not head and not tail:
        pattern = r"\d+" if all(s.numeric for s in slugs) else "[^/?#]+"
    if all(s.numbered for s in slugs):
        pattern += r"-\d+"
    extensions = {s.extension for s in slugs}
    if len(extensions) == 1 and (extension := extensions.pop()):
        pattern += re.escape(extension)
    return pattern


def _plain(words: list[str]) -> list[str]:
    """Slug words as they read in a folded title (decoded, lowercase, no accents)."""
    return [fold(unquote(w)) for w in words]


def _title_pattern(head: list[str], tail: list[str]) -> str:
    """Matched against folded titles, where slug words reappear separated by spaces."""
    phrases = [" ".join(re.escape(w) for w in _plain(part)) for part in (head, tail) if part]
    return r"\b" + r"\b.*\b".join(phrases) + r"\b" if phrases else ".+"


def guess_series(urls: list[str]) -> SeriesGuess:
    """A series guessed from example report URLs of one site (one is enough, two are better)."""
    paths = [_segments(u) for u in urls]
    if not paths or not all(paths):
        raise ValueError("give the URL of a report (not of a homepage)")
    hosts = {urlsplit(u).hostname for u in urls}
    if len(hosts) != 1 or len({len(p) for p in paths}) != 1:
        urls, paths = urls[:1], paths[:1]  # not alike enough: guess from the first only
    host = urlsplit(urls[0]).hostname or ""
    slugs = [_split_slug(p[-1]) for p in paths]
    head, tail, certain = _head_and_tail(slugs)
    segments = [_segment_pattern([p[i] for p in paths]) for i in range(len(paths[0]) - 1)]
    segments.append(_slug_pattern(slugs, head, tail))
    trailing = "/?" if all(urlsplit(u).path.endswith("/") for u in urls) else ""
    url_pattern = rf"^https?://{_host_pattern(host)}/" + "/".join(segments) + trailing + _END
    words = [" ".join(_plain(head)), " ".join(_plain(tail))]
    title_pattern = _title_pattern(head, tail)
    name = " … ".join(w for w in words if w).capitalize() or "Daily report"
    key = "-".join(_plain(head[:HEAD_WORDS]) or _plain(tail[-TAIL_WORDS:])) or "daily"
    return SeriesGuess(
        key=key,
        name=name,
        title_pattern=title_pattern,
        url_pattern=url_pattern,
        certain=certain,
    )
