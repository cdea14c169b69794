"""Round 39: a nationality said in a Dutch subordinate clause, its verb last ("omdat ik Marokkaans ben"), or
with "only" before it ("I'm only Moroccan", "je suis seulement marocain", "ik ben alleen Marokkaans"), is the
person's; before, neither was read. Nearby: a demonym of a thing or a language stays none."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def citizenships(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "country" and e.get("role") == "citizenship"]


@pytest.mark.parametrize(("text", "codes"), [
    ("omdat ik Marokkaans ben", ["MA"]),
    ("is Casablanca uitgesloten voor mij, toch? omdat ik Marokkaans ben", ["MA"]),
    ("omdat ik ook Belg ben", ["BE"]),
    ("sorry, I'm only Moroccan", ["MA"]),
    ("pardon, je suis seulement marocain", ["MA"]),
    ("sorry, ik ben alleen Marokkaans", ["MA"]),
    ("ik ben enkel Belg", ["BE"]),
    ("scusa, sono solo marocchino", ["MA"]),
])
def test_the_persons_nationality_is_read(text, codes):
    assert citizenships(text) == codes


@pytest.mark.parametrize("text", [
    "de Belgische beurs is hoog omdat het zo is",
    "omdat ik Frans spreek",
    "only the Belgian scale counts",
])
def test_a_thing_or_a_language_is_no_nationality(text):
    assert citizenships(text) == []
