"""Round 39 (new40): an MSc student of ITM, Lisbon February-June, after the ITM call ended (as-if case 2026).
1. "why 1 december? and for 2027, is there a new call already or not yet?" answered only the first question,
   and "is there a call for 2026-2027 yet?" got "I can't find the answer to that in the call text": whether a
   newer call is known is answered ("No newer call is known to me ..."), also as the second question.
2. "so yes or no, can I go in feb 2027 with the current call?" stored "end date: 30 June 2026 → 28 February
   2027" and judged a 390-day stay: a single month said as the time of going is the departure, and after the
   call's period the answer is that the dates fall after it.
Nearby answers kept: "why 1 december?" alone, a plain end month ("until february 2027").
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear

ENDED = "2026-12-03"
LISBON = {"call": "itm-2024", "role": "msc_student", "activity": "study", "goal": "eligibility",
          "destination": "PT", "destination_city": "Lisboa", "citizenship": ["ES"], "eche": True,
          "start_date": "2026-02-01", "end_date": "2026-06-30", "hypothetical": True,
          "closed_told": "itm-2024"}


def _unknown(lang: str) -> str:
    return t(lang, "next_call_unknown").split(",")[0]


NEWER = [
    ("en", "why 1 december? and for 2027, is there a new call already or not yet?"),
    ("en", "ok got it. but you didnt answer the 2nd part, is there a call for 2026-2027 yet?"),
    ("en", "is there a new call yet?"),
    ("fr", "pourquoi le 1er décembre ? et pour 2027, y a-t-il déjà un nouvel appel ?"),
    ("fr", "y a-t-il déjà un appel pour 2026-2027 ?"),
    ("nl", "waarom 1 december? en voor 2027, is er al een nieuwe oproep?"),
    ("nl", "is er al een oproep voor 2026-2027?"),
    ("it", "perché il 1° dicembre? e per il 2027, c'è già un nuovo bando?"),
    ("it", "c'è già un bando per il 2026-2027?"),
]


@pytest.mark.parametrize(("lang", "text"), NEWER)
async def test_whether_a_newer_call_exists_is_answered(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    slots = {**LISBON, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, ENDED, intent="out_of_scope")
    reply = texts(dispatcher)
    assert _unknown(lang) in reply, reply
    assert got.get("start_date", "2026-02-01") == "2026-02-01", got
    assert got.get("end_date", "2026-06-30") == "2026-06-30", got


async def test_why_the_date_alone_gets_no_newer_call_line(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "why 1 december?", {**LISBON, "language": "en"}, ENDED, intent="why")
    reply = texts(dispatcher)
    assert "1 December 2025" in reply and _unknown("en") not in reply, reply


GO_IN = [
    ("en", "sorry im confused. so yes or no, can I go in feb 2027 with the current call?"),
    ("fr", "je suis perdue. alors oui ou non, je peux partir en février 2027 avec l'appel actuel ?"),
    ("nl", "sorry, ik snap het niet. dus ja of nee, kan ik in februari 2027 vertrekken met de huidige "
           "oproep?"),
    ("it", "scusa, sono confusa. quindi sì o no, posso partire a febbraio 2027 con il bando attuale?"),
]


@pytest.mark.parametrize(("lang", "text"), GO_IN)
async def test_a_month_of_going_is_the_departure(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**LISBON, "language": lang}, ENDED)
    reply = texts(dispatcher)
    assert got.get("end_date", "2026-06-30") != "2027-02-28", got
    assert "390" not in reply, reply
    assert t(lang, "dates_after_call", dates="{", last="{").split("{")[-1][3:40] in reply, reply


async def test_a_plain_end_month_is_still_the_end(monkeypatch):
    slots = {**LISBON, "start_date": "2025-10-01", "end_date": "2026-02-28", "hypothetical": None,
             "closed_told": None, "language": "en"}
    got = await hear(CollectingDispatcher(), monkeypatch, "I'll stay until april 2026", slots, "2025-10-01")
    assert got.get("end_date") == "2026-04-30", got
