"""Round 55 (r55-vv, an ITM MSc student, English): "deadline?" after the verdict got "📅 As said: apply by 1
April 2026 for your departure on 1 June 2026." and '(Say "show all checks" for the rest of the answer.)': the
date asked again is the whole answer, so no pointer to "the rest". In the four languages."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
CASE = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "GR",
        "destination_city": "Athens", "receiving_org": "hei", "citizenship": ["BE", "TR"],
        "start_date": "2026-06-01", "end_date": "2026-07-31", "itm_staff_member": False,
        "goal": "eligibility"}
ASKED = {"en": ("am I eligible?", "deadline?"), "fr": ("suis-je éligible ?", "date limite ?"),
         "nl": ("kom ik in aanmerking?", "deadline?"), "it": ("sono idoneo?", "scadenza?")}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_date_asked_again_has_no_pointer_to_the_rest(monkeypatch, lang):
    verdict, deadline = ASKED[lang]
    got = await play(monkeypatch, {**CASE, "language": lang},
                     [(verdict, "check_eligibility"), (deadline, "ask_deadline")], TODAY, user_event="parsed")
    last = got.replies[-1] if got.replies else ""
    assert "1" in last and "2026" in last, got.replies
    assert t(lang, "followup_more") not in "\n".join(got.replies[-2:]), got.replies
