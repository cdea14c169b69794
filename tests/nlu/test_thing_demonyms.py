"""A nationality adjective describing a thing (a scholarship, a grant, a flight) is no citizenship
(round 22)."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def citizenships(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "country" and e.get("role") == "citizenship"]


@pytest.mark.parametrize(("text", "held"), [
    ("Sono italiana. Ah, e ho una borsa di studio belga, della DGD.", ["IT"]),
    ("I have a Belgian scholarship", []),
    ("j'ai une bourse d'études belge", []),
    ("ik heb een Belgische beurs", []),
    ("un volo italiano", []),
    ("a Belgian government scholarship", []),
    ("Sono belga", ["BE"]),
    ("I'm Belgian and Italian", ["BE", "IT"]),
    ("ho la doppia cittadinanza italiana e belga", ["IT", "BE"]),
    ("I have a grant and Belgian nationality", ["BE"]),
    ("ho una borsa e cittadinanza belga", ["BE"]),
])
def test_a_thing_s_nationality_is_no_citizenship(text, held):
    assert citizenships(text) == held


def test_a_university_s_nationality_is_still_the_destination():
    found = extract("a Spanish university")
    assert [(e["value"], e.get("role")) for e in found if e["entity"] == "country"] == [("ES", "destination")]
