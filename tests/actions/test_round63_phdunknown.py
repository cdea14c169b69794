"""Round 63 (integration of r63-t3's fix): "Do I need a PhD?" got "No, a PhD is not required ..." only from a
staff member who had already said they have none; with that not said yet it got "I can't find the answer" (the
rules core gave the call's text for someone the priority does not favour only once that was known: now also
as `if_not`, rules_core/priority.py). And the Dutch "Heb ik een doctoraat nodig?" stored "PhD or postdoctoral
staff member: Yes" ("heb ik een doctoraat" read as one held; actions/staffposition.NEEDED_AFTER)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
BERLIN = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
          "destination": "DE", "destination_city": "Berlin", "receiving_org": "hei", "citizenship": ["BE"],
          "start_date": "2026-03-02", "end_date": "2026-04-10"}
NEED = {"en": ("Do I need a PhD?", "No, a PhD is not required"),
        "fr": ("Est-ce qu'il faut un doctorat ?", "Non"),
        "nl": ("Heb ik een doctoraat nodig?", "Nee, een doctoraat is niet vereist"),
        "it": ("Serve un dottorato?", "No")}
FIRST = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
         "it": "sono idoneo?"}


@pytest.mark.parametrize("after_answer", [False, True])
@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_who_can_apply", "check_eligibility"])
@pytest.mark.parametrize("lang", sorted(NEED))
async def test_a_phd_is_not_required_while_not_known(monkeypatch, lang, intent, after_answer):
    text, opening = NEED[lang]
    before = [(FIRST[lang], "check_eligibility")] if after_answer else []
    got = await play(monkeypatch, {**BERLIN, "language": lang}, [*before, (text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.replies[-1].startswith(opening), got.replies[-1]
    assert "doctoral_or_postdoc_staff" not in got.last, got.last  # asked about, nothing stored
