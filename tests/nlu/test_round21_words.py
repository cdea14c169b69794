"""Round 21: a university hospital noted as a university; "van 11 tot en met 14 mei" kept only the end."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract


def values(text: str, entity: str) -> list[str]:
    return [e["value"] for e in extract(text, today=dt.date(2025, 10, 1)) if e["entity"] == entity]


@pytest.mark.parametrize("text", [
    "De gastinstelling is het Oslo University Hospital, een openbaar ziekenhuis.",
    "the University Hospital of Oslo",
    "un tirocinio all'ospedale universitario di Padova",
    "une formation au CHU de Lille",
    "Is een universitair ziekenhuis ok?",
    "a traineeship at the Hospital Nacional Cayetano Heredia in Lima",
])
def test_a_university_or_public_hospital_is_no_university(text: str) -> None:
    assert values(text, "receiving_org") and "hei" not in values(text, "receiving_org"), extract(text)


@pytest.mark.parametrize("text", ["a study period at the University of Oslo", "all'Università di Padova"])
def test_a_university_stays_one(text: str) -> None:
    assert values(text, "receiving_org") == ["hei"], extract(text)


@pytest.mark.parametrize("text", ["Van 11 tot en met 14 mei 2026, dus vier dagen.", "van 11 t/m 14 mei 2026",
                                  "van 11 tot 14 mei 2026"])
def test_a_dutch_range_with_tot_en_met_has_both_ends(text: str) -> None:
    assert values(text, "start_date") == ["2026-05-11"] and values(text, "end_date") == ["2026-05-14"], text


@pytest.mark.parametrize(("text", "role"), [
    ("Wait, you can't find it but I'm eligible? Is being a US citizen fine or not?", "citizenship"),
    ("as a US citizen, can I go?", "citizenship"),
    ("I want to go to the US", "destination"),
    ("je vais en France, passeport belge", "destination"),
])
def test_a_country_right_before_citizen_is_a_citizenship(text: str, role: str) -> None:
    # Round 23: "Is being a US citizen fine?" made the US the destination ("a" read as the French "à").
    first = next(e for e in extract(text, today=dt.date(2025, 10, 1)) if e["entity"] == "country")
    assert first.get("role") == role, extract(text)
