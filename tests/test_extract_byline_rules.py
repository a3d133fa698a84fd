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
