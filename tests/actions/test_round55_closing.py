"""Round 55 (r55-qq, a postdoc on a staff training at the Charité, English): "Fine, I will write
'Charité – Universitätsmedizin Berlin' myself. Thank you, that is all for now." got "Your answer stays the
same: eligible, apply by 9 January 2026.": a fact read in the message kept the conversation going. Thanks
and "that is all" together are a goodbye; the fact is noted above it. In the four languages."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
CASE = {"call": "itm-2024", "role": "staff", "itm_staff_member": True, "activity": "staff_training",
        "destination": "DE", "destination_city": "Berlin", "citizenship": ["IN"], "start_date": "2026-03-09",
        "end_date": "2026-03-13", "goal": "eligibility", "green_travel": True}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fine, I will write 'Charité – Universitätsmedizin Berlin' myself. "
           "Thank you, that is all for now."),
    ("fr", "Bon, j'écrirai 'Charité – Universitätsmedizin Berlin' moi-même. "
           "Merci, c'est tout pour le moment."),
    ("nl", "Goed, ik schrijf zelf 'Charité – Universitätsmedizin Berlin'. Bedankt, dat was het voor nu."),
    ("it", "Va bene, scriverò io 'Charité – Universitätsmedizin Berlin'. Grazie, è tutto per ora."),
])
async def test_thanks_and_that_is_all_after_a_fact_end_the_conversation(monkeypatch, lang, text):
    got = await play(monkeypatch, {**CASE, "language": lang}, [(text, "inform")], TODAY, user_event="parsed")
    reply = "\n".join(got.replies)
    assert t(lang, "thanks_goodbye") in reply, reply
    assert t(lang, "verdict_stands", outcome="")[:12] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thanks, that's all. What about Vienna?"),
    ("fr", "Merci, c'est tout : et pour Vienne ?"),
])
async def test_a_question_after_the_thanks_is_answered_not_closed(monkeypatch, lang, text):
    got = await play(monkeypatch, {**CASE, "language": lang}, [(text, "inform")], TODAY, user_event="parsed")
    assert t(lang, "thanks_goodbye") not in "\n".join(got.replies), got.replies
