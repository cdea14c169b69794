"""Round 62 (m3: Indian ITM MSc student with a scholarship, study period at the University of Copenhagen,
2 February - 30 April 2026; today 1 October 2025).

"what's the ECHE thing? how do i know if copenhagen has it" got the call's whole ECHE topic (students,
staff training, third countries not associated) and then the plan's ECHE answer with the ECHE defined a
second time, and who can confirm it said three times. Now what the ECHE is, asked by someone whose plan has
an ECHE condition, gets the answer for that plan (actions/echemeaning.py -> actions/echeplan.py): what it is
once, that the plan needs one, the call's word on checking it, whom to ask at home; nothing twice."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
CPH = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
       "destination": "DK", "destination_city": "Copenhagen", "receiving_org": "hei",
       "citizenship": ["IN"], "start_date": "2026-02-02", "end_date": "2026-04-30"}
ASKED = {"en": "what's the ECHE thing? how do i know if copenhagen has it",
         "fr": "c'est quoi l'ECHE ? comment je sais si Copenhague l'a ?",
         "nl": "wat is een ECHE? hoe weet ik of Kopenhagen het heeft?",
         "it": "che cos'è l'ECHE? come faccio a sapere se Copenaghen ce l'ha?"}
# Only in the call's whole topic: what staff training needs (not this student's plan).
STAFF_PART = {"en": "For staff training", "fr": "formation du personnel", "nl": "personeelstraining",
              "it": "formazione del personale"}
ELIGIBLE = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idonea?"}
INTENTS = ("faq_receiving_org", "nlu_fallback", "ask_contact")


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_what_the_eche_is_for_the_plan_once(monkeypatch, lang, intent):
    got = await play(monkeypatch, {**CPH, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"), (ASKED[lang], intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert "✅" in got.replies[0], got.replies[0]  # the answer came first, as in the conversation
    last = got.replies[-1]
    meaning = t(lang, "eche_plan_meaning")
    assert last.count(meaning) == 1, last
    assert STAFF_PART[lang] not in last, last  # the plan's answer, not the topic for every kind of mobility
    assert last.count("erasmusplusmobility@itg.be") <= 2, last
    assert "mailto:" not in last, last
