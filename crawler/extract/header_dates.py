"""Dates printed around the headline, by kind: ``<time>`` elements, labelled lines
("Publié le …", "Updated …"), the first full date after the headline and relative dates
("vor 3 Stunden"). :mod:`.date_fields` weighs them against what the page declares.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping

from .dates import ParsedDate, dates_in_text, has_offset, parse_date, zone
from .header import HeaderZone
from .printed_dates import DATE_EXPRESSION, parse_printed_date
from .relative import relative_date

_MODIFIED_HINT = re.compile(r"modif|updat|edit|actualis|aktualis", re.IGNORECASE)


def visible_dates(
    header: HeaderZone, local_tz: dt.tzinfo | str | None, reference: dt.datetime | None = None
) -> VisibleDates:
    """Dates printed in the header, by kind (see :class:`VisibleDates`)."""
    return VisibleDates(header, local_tz, reference)


class VisibleDates(Mapping[str, ParsedDate]):
    """Dates printed in the header, by kind, each kind read from the page only when asked.

    ``time-published``/``time-modified`` come from ``<time datetime>`` elements,
    ``labelled-*`` from "Published …"/"Updated …" lines, ``first-date`` is the first date
    printed after the headline, and ``published-time`` the best printed publication time
    (used to add a time of day or an offset to declared dates); ``relative-*`` are
    "3 hours ago"-style dates resolved against ``reference``.

    A page that declares its dates asks for ``published-time`` alone, which the first
    date after the headline only settles when neither a label nor a ``<time>`` has.
    """

    _KINDS = ("time", "labelled", "first", "relative")

    def __init__(
        self,
        header: HeaderZone,
        local_tz: dt.tzinfo | str | None,
        reference: dt.datetime | None = None,
    ):
        self._header = header
        self._local_tz = local_tz
        self._tz_name = local_tz if isinstance(local_tz, str) or local_tz is None else None
        self._reference = reference
        self._read: dict[str, dict[str, ParsedDate]] = {}
        self._wall_clock: set[str] = set()  # keys whose value was printed without an offset

    def _kind(self, kind: str) -> dict[str, ParsedDate]:
        """The dates of one kind (``time``, ``labelled``, ``first``, ``relative``)."""
        if kind not in self._read:
            self._read[kind] = {} if not self._header.text else getattr(self, f"_read_{kind}")()
        return self._read[kind]

    def _read_time(self) -> dict[str, ParsedDate]:
        found: dict[str, ParsedDate] = {}
        for _, element in self._header.times:
            raw = element.get("datetime") or ""
            parsed = parse_date(raw, self._tz_name) if raw else None
            if parsed is None:
                continue
            value = _localise(parsed.value, raw, self._local_tz)
            hint = " ".join(
                filter(None, (element.get("class"), element.get("itemprop"), element.get("id")))
            )
            parent = element.getparent()
            context = " ".join((parent.text_content() if parent is not None else "").split())[:80]
            kind = (
                "modified"
                if _MODIFIED_HINT.search(hint) or _labelled_modified(context)
                else "published"
            )
            if f"time-{kind}" not in found:
                found[f"time-{kind}"] = ParsedDate(value, parsed.has_time, "time-element")
                if not has_offset(raw):
                    self._wall_clock.add(f"time-{kind}")
        return found

    def _read_labelled(self) -> dict[str, ParsedDate]:
        found: dict[str, ParsedDate] = {}
        for kind, parsed in dates_in_text(self._header.text, self._tz_name).items():
            value = _localise(parsed.value, "", self._local_tz)
            found[f"labelled-{kind}"] = ParsedDate(value, parsed.has_time, "visible-text")
            self._wall_clock.add(f"labelled-{kind}")
        return found

    def _read_first(self) -> dict[str, ParsedDate]:
        first = _first_printed(self._header, self._local_tz)
        if first is None:
            return {}
        self._wall_clock.add("first-date")
        return {"first-date": first}

    def _read_relative(self) -> dict[str, ParsedDate]:
        if self._reference is None:
            return {}
        return _relative(self._header, self._local_tz, self._reference)

    def _published_time(self) -> ParsedDate | None:
        """The first printed publication time without an offset, labels first."""
        for kind, key in (("labelled", "labelled-published"), ("time", "time-published")):
            found = self._kind(kind).get(key)
            if found is not None and found.has_time and key in self._wall_clock:
                return found
        first = self._kind("first").get("first-date")
        return first if first is not None and first.has_time else None

    def __getitem__(self, key: str) -> ParsedDate:
        if key == "published-time":
            found = self._published_time()
            if found is None:
                raise KeyError(key)
            return found
        kind = "first" if key == "first-date" else key.partition("-")[0]
        if kind not in self._KINDS:
            raise KeyError(key)
        return self._kind(kind)[key]

    def __iter__(self) -> Iterator[str]:
        for kind in self._KINDS:
            yield from self._kind(kind)
        if self._published_time() is not None:
            yield "published-time"

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _relative(
    header: HeaderZone, local_tz: dt.tzinfo | str | None, reference: dt.datetime
) -> dict[str, ParsedDate]:
    """A relative date printed just after the headline ("vor 3 Stunden", "hier à 10h")."""
    tz_info = local_tz if isinstance(local_tz, dt.tzinfo) else zone(local_tz)
    now = (reference if reference.tzinfo else reference.replace(tzinfo=dt.UTC)).astimezone(tz_info)
    text = header.after_headline()[:600]
    for line in text.split("\n"):
        if not line.strip() or len(line) > 160:
            continue
        found = relative_date(line, now, clock_only=True)
        if found is not None:
            kind = "modified" if _labelled_modified(line) else "published"
            return {f"relative-{kind}": ParsedDate(found[0], found[1], "relative-date")}
    return {}


def _labelled_modified(text: str) -> bool:
    return bool(
        re.search(
            r"mis\s+[àa]\s+jour|updated|aktualisiert|actualizad|atualizad|aggiornat|modifi",
            text,
            re.I,
        )
    )


def _localise(value: dt.datetime, raw: str, local_tz: dt.tzinfo | str | None) -> dt.datetime:
    """A value parsed without an offset gets the page's own offset when one is known."""
    if raw and has_offset(raw):
        return value
    if isinstance(local_tz, dt.tzinfo):
        return value.replace(tzinfo=local_tz)
    return value


def _first_printed(header: HeaderZone, local_tz: dt.tzinfo | str | None) -> ParsedDate | None:
    """The full date printed nearest to the headline (below it, or just above it)."""
    tz_name = local_tz if isinstance(local_tz, str) or local_tz is None else None
    text = header.text
    start, end = header.headline_end, header.anchor
    after = [(m.start() - start, m) for m in DATE_EXPRESSION.finditer(text, start, start + 800)]
    before = [(end - m.end(), m) for m in DATE_EXPRESSION.finditer(text, max(0, end - 400), end)]
    ranked = sorted(after[:4] + before[-3:], key=lambda pair: pair[0])
    for _, match in ranked:
        preceding = text[max(0, match.start() - 30) : match.start()]
        if _labelled_modified(preceding):
            continue
        parsed = parse_printed_date(match.group(0), tz_name)
        if parsed is not None:
            value = _localise(parsed.value, match.group(0), local_tz)
            return ParsedDate(value, parsed.has_time, "visible-date")
    return None
