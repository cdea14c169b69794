"""Round 57 (r57-c2, an ITM MSc student, French "vous", a traineeship at MSF Amsterdam): "est-ce que je suis
sûre d'obtenir une bourse si je suis éligible ?" was dodged three times (the verdict again) and "la bourse
est-elle garantie une fois ma candidature acceptée ?" got "Non : je n'ai pas de montant pour votre cas".
Whether an eligible person gets a grant is answered "Not automatically" with the call's own topics on how
grants go (first come, first served and the number of grants at ITM; the selection criteria at IMT Lucca),
with their sources. In the four languages."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

ITM = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "NL",
       "destination_city": "Amsterdam", "receiving_org": "ngo", "citizenship": ["MA"],
       "start_date": "2026-04-01", "end_date": "2026-05-31", "itm_staff_member": False, "goal": "eligibility"}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "NL",
         "destination_city": "Delft", "receiving_org": "hei", "citizenship": ["IT"],
         "start_date": "2016-02-01", "end_date": "2016-07-31", "prior_erasmus_months": 0,
         "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("fr", "Vous n'avez pas répondu à ma première question : est-ce que je suis sûre d'obtenir une bourse "
           "si je suis éligible ?", "check_eligibility"),
    ("fr", "Merci. Et la bourse est-elle garantie une fois ma candidature acceptée ?", "ask_grant"),
    ("en", "will I definitely get a grant if I'm eligible?", "ask_grant"),
    ("nl", "krijg ik dan zeker een beurs?", "ask_grant"),
    ("it", "riceverò sicuramente la borsa se sono idonea?", "ask_grant"),
])
async def test_whether_a_grant_is_sure_gets_how_grants_are_awarded(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**ITM, "language": lang}, [(text, intent)], "2025-10-01",
                     user_event="parsed")
    first = got.replies[0]
    assert first.startswith(t(lang, "award_not_automatic", answer="")[:12]), got.replies
    assert "10" in first and "8" in first, first  # the call's grant count, with the first come rule


async def test_lucca_gives_its_selection_criteria(monkeypatch):
    got = await play(monkeypatch, {**LUCCA, "language": "it"},
                     [("riceverò sicuramente la borsa se sono idonea?", "ask_grant")], "2016-01-10",
                     user_event="parsed")
    assert got.replies[0].startswith("Non automaticamente") and "Criteri di selezione" in got.replies[0], got
