"""Round 42: "is the 920 per month or for the whole thing?" got "Not for sure: the amounts are indicative..."
and the grant block again: "the whole thing" and "per month or in total" were not read as the whole-stay
question, which is answered in a line ("€920.00 is for your whole stay, 120 funded days: ...")."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LUCCA_MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "goal": "eligibility",
                "destination": "DE", "destination_city": "Munich", "receiving_org": "hei",
                "citizenship": ["US"], "prior_erasmus_months": 0, "start_date": "2016-03-01",
                "end_date": "2016-06-30"}
WHOLE = {"en": "whole stay", "fr": "tout votre séjour", "nl": "hele verblijf", "it": "tutto il Suo soggiorno"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok cool. and the money - is the 920 per month or for the whole thing?"),
    ("en", "is it per month or in total?"),
    ("fr", "c'est par mois ou au total ?"),
    ("nl", "is dat per maand of in totaal?"),
    ("it", "è al mese o in totale?"),
])
async def test_per_month_or_in_total_is_the_whole_stay_question(monkeypatch, lang, text):
    got = await play(monkeypatch, {**LUCCA_MUNICH, "language": lang},
                     [("ok", "affirm"), (text, "ask_grant")], "2016-01-10")
    first = got.replies[-1].split("\n")[0]
    assert WHOLE[lang] in first and "920" in first, got.replies[-1]


async def test_the_amount_asked_plainly_keeps_its_block(monkeypatch):
    got = await play(monkeypatch, {**LUCCA_MUNICH, "language": "en"},
                     [("ok", "affirm"), ("how much would I get?", "ask_grant")], "2016-01-10")
    assert WHOLE["en"] not in got.replies[-1].split("\n")[0], got.replies[-1]
