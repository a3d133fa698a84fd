"""Byline rules measured on the development corpus: each test fails without its rule."""

from __future__ import annotations

import pytest

from crawler.extract.authors import clean_authors


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Veröffentlicht von Chris Jung", ["Chris Jung"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Publié par Marie Dupont", ["Marie Dupont"]),
        ("Publicado por Ana García", ["Ana García"]),
        ("| Klaus Quibeldey-Cirkel", ["Klaus Quibeldey-Cirkel"]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),  # "von" inside a name stays
    ],
)
def test_a_labelled_byline_gives_the_names(raw: str, names: list[str]) -> None:
    assert clean_authors([raw]) == names


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("29. Juni 2017, 23:39 · von Tobi", ["Tobi"]),  # a date, then the byline
        ("Christoph Hein Chefredakteur", ["Christoph Hein"]),  # a German compound role
        ("Isabella.DiBiase am Samstag", ["Isabella.DiBiase"]),
        ("Jan Freitag", ["Jan Freitag"]),  # a weekday alone is a surname
        ("vom Support Team", ["Support Team"]),
        ("Über Steffi", ["Steffi"]),
        ("Birgit Posselt Über Autorenseite von Schließen", ["Birgit Posselt"]),
    ],
)
def test_what_surrounds_a_name_is_cut(raw: str, names: list[str]) -> None:
    assert clean_authors([raw]) == names


def test_a_team_byline_is_kept_only_when_nobody_is_named() -> None:
    assert clean_authors(["Redaktion"]) == ["Redaktion"]
    assert clean_authors(["Staff Writer"]) == ["Staff Writer"]
    assert clean_authors(["Redaktion", "Jane Doe"]) == ["Jane Doe"]
    assert clean_authors(["Redaktion: Jane Doe"]) == ["Jane Doe"]  # the label before a name
