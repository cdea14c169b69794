"""Round 37 (graduation): an ITM MSc student graduating at the end of June 2026 asked for a traineeship from
May to the end of July; the verdict said eligible, although the call is open to students and not to recent
graduates (rules core rule student_before_graduation). Now the verdict names the graduation; a plan ending by
the graduation, or a student who gave no graduation date, keeps its answer."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN

GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "CH",
          "destination_city": "Geneva", "receiving_org": "public_body", "citizenship": ["GB"],
          "start_date": "2026-05-01", "goal": "eligibility"}
GRADUATION = {"en": "30 June 2026", "fr": "30 juin 2026", "nl": "30 juni 2026", "it": "30 giugno 2026"}
ASK = {"en": "can I go?", "fr": "je peux partir ?", "nl": "kan ik gaan?", "it": "posso partire?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_traineeship_ending_after_graduation_is_refused(monkeypatch, lang):
    slots = {**GENEVA, "end_date": "2026-07-31", "graduation_date": "2026-06-30", "language": lang}
    reply = (await converse(monkeypatch, slots, [(ASK[lang], "check_eligibility")], ITM_OPEN))[-1]
    assert t(lang, "verdict_not_eligible", call="\0").split("\0")[0][:12] in reply, reply
    assert "✗" in reply and GRADUATION[lang] in reply, reply


@pytest.mark.parametrize("end", ["2026-06-30", None])
async def test_a_traineeship_ending_by_graduation_or_without_one_keeps_its_answer(monkeypatch, end):
    slots = {**GENEVA, "end_date": "2026-06-30", "language": "en"}
    if end:
        slots["graduation_date"] = end
    reply = (await converse(monkeypatch, slots, [("can I go?", "check_eligibility")], ITM_OPEN))[-1]
    assert "✗" not in reply and "graduat" not in reply.lower(), reply
