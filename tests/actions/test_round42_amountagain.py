"""Round 42: after the dates went back to the first plan, "Le montant reste donc bien d'environ 3 900 € ?" got
the verdict block without the amount and "Et le montant, du coup ?" got "Je ne trouve pas la réponse dans le
texte de l'appel", unless the NLU read them as ask_grant. Both ask the amount: it is given. A question about
the stay's length with a number in it is no amount asked."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

NAIROBI = {"call": "itm-2024", "role": "msc_student", "activity": "study", "goal": "eligibility",
           "destination": "KE", "destination_city": "Nairobi", "receiving_org": "hei", "citizenship": ["FR"],
           "start_date": "2026-01-05", "end_date": "2026-04-30", "has_scholarship": False,
           "prior_erasmus_months": 0}
CANNOT = "Je ne trouve pas la réponse"


@pytest.mark.parametrize("intent", ["nlu_fallback", "inform"])
@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("fr", "Et le montant, du coup ?", "3 894,67"),
    ("fr", "Le montant reste donc bien d'environ 3 900 € ?", "3 894,67"),
    ("en", "and the amount then?", "3,894.67"),
    ("nl", "het bedrag blijft dus ongeveer 3.900?", "3.894,67"),
])
async def test_the_amount_asked_again_in_few_words_is_given(monkeypatch, intent, lang, text, figure):
    got = await play(monkeypatch, {**NAIROBI, "language": lang}, [("ok", "affirm"), (text, intent)],
                     "2025-10-01")
    assert figure in got.replies[-1].replace("\u202f", " ").replace("\xa0", " "), got.replies[-1]
    assert CANNOT not in got.replies[-1]


async def test_a_length_question_with_a_number_is_no_amount(monkeypatch):
    got = await play(monkeypatch, {**NAIROBI, "language": "en"},
                     [("ok", "affirm"), ("is the stay still 3 months?", "nlu_fallback")], "2025-10-01")
    assert "3,894.67" not in got.replies[-1], got.replies[-1]
