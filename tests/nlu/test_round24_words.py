"""A university named with its city ("ETH Zurich", "KU Leuven") is the university and the city: round 24 read
"a study period at ETH Zurich" as a university somewhere, then asked "Which country would you go to?"."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract


def found(text: str) -> set[tuple[str, str]]:
    return {(e["entity"], str(e["value"])) for e in extract(text, dt.date(2025, 10, 1))}


@pytest.mark.parametrize(("text", "city"), [
    ("I'd like to do a study period at ETH Zurich from February to May 2026.", "Zürich"),
    ("un semestre à l'ETH Zürich", "Zürich"),
    ("een studieperiode aan de KU Leuven", "Leuven"),
    ("un tirocinio nel laboratorio della KU Leuven", "Leuven"),
])
def test_the_university_and_its_city(text, city):
    got = found(text)
    assert ("receiving_org", "hei") in got and ("city", city) in got, got


@pytest.mark.parametrize("text", ["at the KULeuven", "at the University of Zurich"])
def test_other_spellings_stay_universities(text):
    assert ("receiving_org", "hei") in found(text)


def test_eth_alone_is_no_university():
    """"eth" is a word part in other languages; without its city it is not read as a name."""
    assert ("receiving_org", "hei") not in found("I want to go ethically")
