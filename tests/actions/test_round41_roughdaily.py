"""Round 41: an ITM staff member asked "e la parte giornaliera, almeno a spanne quanto è al giorno per la
Spagna?" and got the travel support block a third time: "a spanne" (roughly) was not read as a rough figure
asked for, which gets the EU-wide reference note (never as ITM's amounts), as "even a ballpark?" does."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

STAFF_VALENCIA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
                  "destination": "ES", "destination_city": "Valencia", "receiving_org": "hei",
                  "citizenship": ["IT"], "start_date": "2026-02-16", "end_date": "2026-02-20"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "e la parte giornaliera, almeno a spanne quanto è al giorno per la Spagna?"),
    ("it", "grosso modo quanto prenderei al giorno?"),
    ("fr", "et par jour, grosso modo, ça fait combien ?"),
    ("en", "even a ballpark per day?"),
])
async def test_a_rough_daily_figure_asked_gets_the_reference_note(monkeypatch, lang, text):
    got = await play(monkeypatch, {**STAFF_VALENCIA, "language": lang},
                     [("ok", "affirm"), (text, "ask_grant")], "2025-10-01")
    # (the EU-wide rule only: another country's national-agency rates are not shown to ITM staff, round 48)
    assert "70" in got.replies[-1] and "180 / 160 / 140" not in got.replies[-1], got.replies[-1]


async def test_the_amount_asked_plainly_keeps_its_answer(monkeypatch):
    got = await play(monkeypatch, {**STAFF_VALENCIA, "language": "it"},
                     [("ok", "affirm"), ("quanto prenderei?", "ask_grant")], "2025-10-01")
    assert "70%" not in got.replies[-1], got.replies[-1]
