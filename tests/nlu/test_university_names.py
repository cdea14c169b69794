"""A lab of a university is the university (round 14: "laboratorio della KU Leuven" became a research
institute, which dropped the ECHE condition); universities named without the English word are universities;
a lab on its own stays a research institute."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def orgs(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "receiving_org"]


@pytest.mark.parametrize("text", [
    "un tirocinio nel laboratorio della KU Leuven",
    "stage in een labo van de KU Leuven",
    "un stage au laboratoire de l'Université de Lyon",
    "nel laboratorio dell'Università di Bologna",
    "in the laboratory of Ghent University",
    "a semester at the Universität Wien",
    "a week at the Universidad de Granada",
    "at the Sapienza in Rome",
    "at UCLouvain",
])
def test_a_university_or_its_lab_is_a_university(text):
    assert orgs(text) == ["hei"]


@pytest.mark.parametrize("text", [
    "in un laboratorio a Parigi",
    "un stage dans un laboratoire à Lyon",
    "a research lab in Lisbon",
])
def test_a_lab_on_its_own_is_a_research_institute(text):
    assert orgs(text) == ["research_institute"]
