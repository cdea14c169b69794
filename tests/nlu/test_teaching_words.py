"""Giving a course is teaching, following one is training (round 20: "tenere un breve corso all'Università di
Bologna" was read as a staff training and got "so far so good: this looks possible")."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def activities(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "activity"]


@pytest.mark.parametrize("text", [
    "Posso usare Erasmus+ per tenere un breve corso all'Università di Bologna?",
    "vorrei tenere delle lezioni a Bologna",
    "I want to give a short course at the University of Bologna",
    "could I hold a seminar in Ghent?",
    "je voudrais donner un cours à Bologne",
    "ik wil een cursus geven in Bologna",
    "ik zou er gastcolleges geven",
])
def test_giving_a_course_is_teaching(text: str) -> None:
    assert activities(text) == ["teaching"], extract(text)


@pytest.mark.parametrize("text", [
    "vorrei seguire un corso a Bologna",
    "I want to follow a course in Bologna",
    "je voudrais suivre un cours à Bologne",
    "ik wil een cursus volgen in Bologna",
])
def test_following_a_course_is_not_teaching(text: str) -> None:
    assert "teaching" not in activities(text), extract(text)
