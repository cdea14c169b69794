"""A recap checked back: each point named (outcome, amount, date to apply by, contact) is confirmed or
corrected against the decision; a wrong amount or date no longer goes by without a word."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.answered import answered
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

ITM_STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "AT",
             "destination_city": "Vienna", "receiving_org": "hei", "citizenship": ["BE"],
             "start_date": "2026-04-13", "end_date": "2026-04-17", "goal": "eligibility"}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


async def _check(text: str, day: str | None, words: str | None, lang: str = "en") -> str:
    slots = await answered(ITM_STAFF, lang)
    dispatcher = CollectingDispatcher()
    entities = [said(text, "start_date", day, words)] if day and words else []
    await respond(dispatcher, text=text, slots=slots, entities=entities)
    return texts(dispatcher)


async def test_a_right_recap_is_confirmed_point_by_point():
    text = ("so: I'm eligible, 309 € travel, apply before 13 February, and I write to Charlotte Morantin, "
            "right?")
    reply = await _check(text, "2026-02-13", "13 February")
    assert "Yes, that is right" in reply, reply
    assert "✓ €309.00: the travel support" in reply and "apply by 13 February 2026" in reply, reply
    assert reply.count("13 February 2026") == 1, reply  # the outcome line says it: no second line
    assert "✓ Charlotte Morantin, cmorantin@itg.be" in reply and "✗" not in reply, reply


async def test_a_wrong_amount_and_date_are_corrected():
    text = "so eligible, 350 € and apply by 1 March, correct?"
    reply = await _check(text, "2026-03-01", "1 March")
    assert "Not quite" in reply, reply
    assert "✗ not €350.00: the travel support €309.00" in reply, reply
    assert "✗ not 1 March 2026: apply by 13 February 2026" in reply, reply
    assert "✓ eligible" in reply, reply


async def test_a_wrong_outcome_is_corrected():
    slots = await answered({**ITM_STAFF, "activity": "teaching"})
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text="so I'm eligible and get €309, right?", slots=slots)
    reply = texts(dispatcher)
    assert "Not quite" in reply and "✗ not eligible" in reply, reply


async def test_a_recap_in_french():
    text = "donc je suis éligible, 309 € pour le voyage, avant le 13 février, c'est bien ça ?"
    reply = await _check(text, "2026-02-13", "13 février", "fr")
    assert "Oui, c'est exact" in reply and "✓ 309,00\xa0€ : l'aide au voyage" in reply, reply
    assert "✓ postulez avant le 13 février 2026" in reply, reply


async def test_one_date_alone_is_the_apply_by_check():
    reply = await _check("apply by 13 February, right?", "2026-02-13", "13 February")
    assert "point by point" not in reply and "Yes, that is right" not in reply
    assert "13 February 2026" in reply, reply
