"""Round 34 (r34-e, port 5305, real today: both calls ended; ITM staff, one-week training at the Charité in
Berlin in March 2027, the call's end and "your dates fall after its period" already told):

1. "What would a one-week training in Berlin have got under the last call?" got "This call has ended: only
   the office can tell you that". Now an amount question about the ended call, in four languages, gets the
   rules core's amounts for the case as the old call's (the travel band from the city, the Annex not
   published) and that the next call's amounts are the office's to tell (actions/endedamount.py).
2. "So that band would apply? Is the 309 per direction or for the return trip?" got the closed-call block
   again: now the band and that the amount is for the round trip.
"""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.test_round32_endedcall import play

ITM = "itm-2024"
SLOTS = {"start_month": "2027-03", "activity": "staff_training", "destination_city": "Berlin",
         "destination": "DE", "goal": "eligibility", "call": ITM, "closed_told": ITM + ">after",
         "role": "staff", "duration": "P1W"}

WHAT_WOULD = {
    "en": "Just to get an idea of the budget: what would a one-week training in Berlin have got under the "
          "last call?",
    "fr": "Combien aurais-je touché pour une semaine de formation à Berlin sous l'ancien appel ?",
    "nl": "Hoeveel zou ik gekregen hebben voor een week opleiding in Berlijn onder de vorige oproep?",
    "it": "Quanto avrei preso per una settimana di formazione a Berlino con il vecchio bando?",
}
BAND = {
    "en": "Antwerp to Berlin is about 650 km, so that band would apply? And is that 309 EUR per direction or "
          "for the return trip?",
    "fr": "Donc cette tranche s'appliquerait ? Et les 309 euros, c'est par trajet ou pour l'aller-retour ?",
    "nl": "Dus die afstandsband zou gelden? En is die 309 euro per richting of heen en terug?",
    "it": "Quindi si applicherebbe quella fascia? E i 309 euro sono per tratta o andata e ritorno?",
}


@pytest.mark.parametrize("lang", sorted(WHAT_WOULD))
@pytest.mark.asyncio
async def test_amount_of_the_ended_call_at_once(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    replies, slots = await play(monkeypatch, {**SLOTS, "language": lang}, [(WHAT_WOULD[lang], "inform")])
    said = replies[0]
    assert t(lang, "ended_office_only") not in said
    assert "635 km" in said and "500-1999 km" in said and "309" in said
    assert t(lang, "ended_amounts_next") in said and "cmorantin@itg.be" in said
    assert "2027" not in said  # no day of March 2027 asked: the amounts are said at once
    assert slots.get("hypothetical") is not True


@pytest.mark.parametrize("intent", ["check_eligibility", "ask_grant"])
@pytest.mark.parametrize("lang", sorted(BAND))
@pytest.mark.asyncio
async def test_band_and_round_trip_answered(monkeypatch: pytest.MonkeyPatch, lang: str, intent: str) -> None:
    replies, _ = await play(monkeypatch, {**SLOTS, "language": lang}, [(BAND[lang], intent)])
    said = replies[0]
    assert t(lang, "ended_round_trip") in said and "635 km" in said and "309" in said
    assert t(lang, "call_closed_offer") not in said  # the closed-call block is not said again


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.asyncio
async def test_can_i_apply_keeps_the_closed_answer(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    text = {"en": "So can I apply?", "fr": "Donc je peux postuler ?"}[lang]
    replies, _ = await play(monkeypatch, {**SLOTS, "language": lang}, [(text, "check_eligibility")])
    said = replies[0]
    assert t(lang, "ended_amounts_header", call="x")[:12] not in said and "309" not in said


@pytest.mark.asyncio
async def test_what_would_have_applied_still_starts_the_case(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = [("What would have applied to me?", "inform")]
    _, slots = await play(monkeypatch, {**SLOTS, "language": "en"}, asked)
    assert slots.get("hypothetical") is True
