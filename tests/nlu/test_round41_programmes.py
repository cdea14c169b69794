"""Round 41: "une école d'été à l'université de Montpellier", then "si l'école d'été en a une" noted the host
"École" (a school) over the university, and a wrong "not eligible". A summer school (école d'été,
zomerschool, scuola estiva, winter school, summer course) is a kind of programme, not the host's kind: its
school word is no receiving organisation, and a university named beside it still is. Nearby: "école
primaire", "a secondary school", "una scuola" stay schools."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def _org_values(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "receiving_org"]


@pytest.mark.parametrize(("text", "host"), [
    ("je voudrais faire une école d'été à l'université de Montpellier du 8 au 15 juin 2026", ["hei"]),
    ("la composante virtuelle c'est quoi exactement? parce que jsp si l'école d'été en a une", []),
    ("I'm going to a summer school at the University of Ghent in June", ["hei"]),
    ("a winter school in Oslo, is that ok?", []),
    ("a summer course in Paris", []),
    ("ik wil naar een zomer school in Gent", []),
    ("vorrei fare una scuola estiva all'università di Bologna", ["hei"]),
    ("una scuola invernale a Roma", []),
    ("une université d'été à Lyon", []),
])
def test_a_summer_school_names_no_host_kind(text, host):
    assert _org_values(text) == host


@pytest.mark.parametrize("text", [
    "je vais faire un stage dans une école primaire à Lyon",
    "a traineeship at a secondary school in Ghent",
    "un tirocinio in una scuola a Roma",
    "een stage in een school in Gent",
])
def test_a_school_is_still_a_school(text):
    assert _org_values(text) == ["school"]
