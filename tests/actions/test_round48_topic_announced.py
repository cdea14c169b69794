"""A topic announced is no fact: "j'ai une question sur la bourse" was read as "autre bourse : Oui" (the
"j'ai" and the word for scholarship), in the middle of an ITM PhD student's form (found after round 47). The
same in four languages and for the agreement; a scholarship said held still is."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LYON = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "study",
        "destination": "FR", "destination_city": "Lyon", "receiving_org": "hei",
        "start_date": "2026-03-02", "end_date": "2026-05-29"}
ANNOUNCED = [("en", "I have a question about the scholarship"), ("en", "I've got a question on the grant"),
             ("fr", "j'ai une question sur la bourse"), ("fr", "j'ai une question concernant ma bourse"),
             ("nl", "ik heb een vraag over de beurs"), ("it", "ho una domanda sulla borsa di studio")]


async def _play(monkeypatch, lang, text):
    return await play(monkeypatch, {**LYON, "language": lang}, [(text, "inform")], TODAY,
                      user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED)
async def test_a_question_announced_sets_no_scholarship(monkeypatch, lang, text):
    got = await _play(monkeypatch, lang, text)
    assert "has_scholarship" not in got.last, got.last


@pytest.mark.parametrize(("lang", "text"), [("en", "I have a scholarship"), ("fr", "j'ai une bourse"),
                                            ("it", "ho una borsa di studio")])
async def test_a_scholarship_said_held_still_is(monkeypatch, lang, text):
    got = await _play(monkeypatch, lang, text)
    assert got.last.get("has_scholarship") is True, got.last
