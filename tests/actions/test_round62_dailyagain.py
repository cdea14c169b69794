"""Round 62 (n3: Belgian ITM finance officer, staff training at the Université de Lille, 9-13 March 2026, by
train; today 1 October 2025). "Combien pour le voyage ?" got the travel support (285 EUR); "Et pour les frais
de séjour ?" then opened with the individual support (ITM's Annex 1 not published, whom to ask), and the
travel line came again under it (round 61's g3 had the same in English). The daily allowance asked after the
travel was told now gets the individual support only (actions/dailyfirst.py); asked first, or with the travel
in the same question, the travel line stays."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LILLE = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
         "destination": "FR", "destination_city": "Lille", "receiving_org": "hei", "citizenship": ["BE"],
         "start_date": "2026-03-09", "end_date": "2026-03-13", "green_travel": True, "has_phd": False}
TRAVEL = {"en": "how much for travel?", "fr": "Combien pour le voyage ?", "nl": "hoeveel voor de reis?",
          "it": "quanto per il viaggio?"}
DAILY = {"en": "And what about daily money?", "fr": "Et pour les frais de séjour ?",
         "nl": "En de dagvergoeding?", "it": "E per la diaria?"}
AMOUNT = "285"
DAILY_LINE = {"en": "Daily allowance (individual support)",
              "fr": "Indemnité journalière (soutien individuel)",
              "nl": "Dagvergoeding (individuele steun)", "it": "Indennità giornaliera (sostegno individuale)"}


@pytest.mark.parametrize("lang", sorted(DAILY))
async def test_daily_money_after_the_travel_does_not_repeat_it(monkeypatch, lang):
    got = await play(monkeypatch, {**LILLE, "language": lang},
                     [(TRAVEL[lang], "ask_grant"), (DAILY[lang], "ask_grant")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    travel, daily = got.replies[-2:]
    assert AMOUNT in travel, travel
    assert "Annex 1" in daily or "annexe 1" in daily.lower() or "bijlage 1" in daily.lower() \
        or "allegato 1" in daily.lower(), daily
    assert AMOUNT not in daily, daily


@pytest.mark.parametrize("lang", sorted(DAILY))
async def test_daily_money_asked_first_still_shows_the_travel(monkeypatch, lang):
    got = await play(monkeypatch, {**LILLE, "language": lang}, [(DAILY[lang], "ask_grant")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert AMOUNT in reply and "💶" in reply, reply
    assert reply.index(DAILY_LINE[lang]) < reply.index("💶"), reply  # the daily allowance first (round 59)
