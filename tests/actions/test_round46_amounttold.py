"""Round 46: "ik ga met de trein trouwens, verandert dat iets aan dat bedrag?" got "Ja: ... € 285,00 in plaats
van € 211,00", then the whole verdict again (outcome, date to apply by, the 285 a second time and the line on
the rest of the amount). The new amount was the answer: the verdict stands in a line. A change that moves the
outcome or the date still gets the verdict in full."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

AMSTERDAM = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
             "destination": "NL", "destination_city": "Amsterdam", "receiving_org": "hei",
             "citizenship": ["BE"], "itm_staff_member": True, "start_date": "2026-04-13",
             "end_date": "2026-04-17"}
TRAIN = {"en": ("so can I go?", "I'm taking the train by the way, does that change the amount?", "€285.00"),
         "fr": ("donc je peux y aller ?", "je prends le train d'ailleurs, ça change le montant ?",
                "285,00\xa0€"),
         "nl": ("kan ik dus gaan?", "ik ga met de trein trouwens, verandert dat iets aan dat bedrag?",
                "€\xa0285,00"),
         "it": ("quindi posso andare?", "prendo il treno comunque, cambia qualcosa per l'importo?",
                "285,00\xa0€")}
VERDICT = {"en": "📅 Apply by", "fr": "📅 Postulez", "nl": "📅 Vraag uiterlijk", "it": "📅 Si candidi"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_new_amount_answered_is_not_followed_by_the_whole_verdict(monkeypatch, lang):
    first, train, amount = TRAIN[lang]
    got = await play(monkeypatch, {**AMSTERDAM, "language": lang},
                     [(first, "check_eligibility"), (train, "inform")], "2025-10-01", user_event="before")
    assert VERDICT[lang] in got.replies[0]
    reply = got.replies[1]
    assert amount in reply, reply
    assert got.slots.get("green_travel") is True
    assert VERDICT[lang] not in reply and reply.count(amount) == 1, reply
    assert got.slots["last_decision"]["grant"]["travel_eur"] == 285.0


async def test_a_change_of_dates_still_gets_the_verdict(monkeypatch):
    got = await play(monkeypatch, {**AMSTERDAM, "language": "en"},
                     [("so can I go?", "check_eligibility"),
                      ("actually I'll go from 20 to 24 April, what does that change?", "inform")],
                     "2025-10-01", user_event="before")
    assert "20 February 2026" in got.replies[1], got.replies[1]
