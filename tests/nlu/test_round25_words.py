"""A PhD student's own words in Dutch ("promovendus", "promovenda") and German ("Doktorand", "Doktorandin",
answered in English): round 25 asked "Bent u student ...?" after "Ik ben promovendus aan IMT Lucca"."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract


def roles(text: str) -> set[str]:
    return {str(e["value"]) for e in extract(text, dt.date(2016, 1, 10)) if e["entity"] == "role"}


@pytest.mark.parametrize("text", [
    "Ik ben promovendus aan IMT Lucca",
    "Ik ben promovenda aan IMT Lucca en wil naar Amsterdam",
    "Hallo! Ich bin Doktorand am ITM und würde gerne im Mai nach Wien gehen.",
    "Hallo, ich bin Doktorandin am ITM Antwerpen",
])
def test_a_phd_student_in_dutch_and_german(text):
    assert roles(text) == {"phd_student"}


@pytest.mark.parametrize("text", ["Ik ben promotor aan IMT Lucca", "Mijn promotie is in juni"])
def test_the_supervisor_and_the_defence_are_no_phd_student(text):
    # "promotor" (the supervisor) and "promotie" (the defence) share the stem, not the meaning.
    assert "phd_student" not in roles(text)
