"""The query language of ``sitrep search``: parsed once here, rendered for each engine.

    Kharkiv Zelensky        reports with both words
    Kharkiv OR Odesa        reports with either word (``OR`` in capitals, between two terms;
                            it binds the terms beside it: ``a b OR c`` is a and (b or c))
    -Zelensky               no report with this word (needs at least one word to look for)
    "centrale nucléaire"    these words next to each other, in this order

A word is a run of letters and digits; anything else separates words, so ``l'armée`` is the
phrase "l armée". Case and accents do not matter. An ``OR`` at either end or next to an
excluded term is ignored. Rendering never copies user text into syntax: FTS5 gets quoted
strings of plain words, PostgreSQL gets bound parameters of ``phraseto_tsquery``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_WORDS = 32
"""More words than this are refused: the cost of a query grows with each of them."""

_TOKEN = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"?|(?P<bare>[^\s"]+)')
_WORD = re.compile(r"[^\W_]+")


class QueryError(ValueError):
    """A query that cannot be searched, with a message for the user."""


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of several words in order."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class Query:
    """Every group must match (each group: any of its terms); no excluded term may."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group] + list(self.excluded)

    def __bool__(self) -> bool:
        return bool(self.groups)


def parse(text: str) -> Query:
    """The query in ``text``; :class:`QueryError` if it is too long or only excludes."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = last_positive = False
    words = 0
    for match in _TOKEN.finditer(unicodedata.normalize("NFC", text)):
        bare, negated = match["bare"], bool(match["neg"])
        if bare == "OR":
            pending_or = last_positive
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            bare, negated = bare[1:], True
        found = tuple(_WORD.findall(bare if bare is not None else match["phrase"]))
        if not found:
            continue
        words += len(found)
        term = Term(found)
        if negated:
            excluded.append(term)
            pending_or = last_positive = False
            continue
        if pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or, last_positive = False, True
    if words > MAX_WORDS:
        raise QueryError(
            f"the query has {words} words; at most {MAX_WORDS} can be searched: shorten it"
        )
    if excluded and not groups:
        raise QueryError("the query only excludes words: add a word to look for")
    return Query(tuple(tuple(group) for group in groups), tuple(excluded))


def fts5_match(query: Query) -> str:
    """The query as an SQLite FTS5 MATCH expression (every term a quoted string)."""

    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"'

    def group(terms: tuple[Term, ...]) -> str:
        return term(terms[0]) if len(terms) == 1 else "(" + " OR ".join(map(term, terms)) + ")"

    expression = " AND ".join(map(group, query.groups))
    for t in query.excluded:
        expression = f"({expression}) NOT {term(t)}"
    return expression


def tsquery_sql(query: Query, config: str) -> tuple[str, dict[str, str]]:
    """The query as a PostgreSQL tsquery expression in text-search configuration ``config``.

    Returns SQL built only from fixed fragments and the parameters it binds (one per term,
    named ``term0``, ``term1``, ... in the order of :attr:`Query.terms`, so the expressions of
    several configurations share them).
    """
    if not re.fullmatch(r"[a-z]+", config):  # a fixed configuration name, never user text
        raise ValueError(config)
    names = {id(t): f"term{i}" for i, t in enumerate(query.terms)}
    params = {names[id(t)]: " ".join(t.words) for t in query.terms}

    def term(t: Term) -> str:
        return f"phraseto_tsquery('{config}', :{names[id(t)]})"

    def group(terms: tuple[Term, ...]) -> str:
        return "(" + " || ".join(map(term, terms)) + ")"

    expression = " && ".join(map(group, query.groups))
    for t in query.excluded:
        expression = f"({expression}) && (!! {term(t)})"
    return f"({expression})", params
