"""Round 57 (r57-d2, an ITM lecturer with a PhD who wanted to teach a 5-day module in Porto, English): the
refusal ("This call offers no teaching mobility") named no way forward, and "What could I do instead, then?"
(read by the NLU as a question about applying) got the application topic. The refusal now carries the call
data's `teaching_alternative` (why, what would work, whom to ask, with its source), and an options question
after an answer is what else the rules allow, whatever FAQ intent the NLU gave it. In the four languages."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
CASE = {"call": "itm-2024", "role": "staff", "itm_staff_member": True, "activity": "teaching",
        "destination": "PT", "destination_city": "Porto", "receiving_org": "hei", "citizenship": ["ES"],
        "start_date": "2026-05-04", "end_date": "2026-05-08", "goal": "eligibility"}
ASKED = {"en": ("can I get a grant to teach there?", "What could I do instead, then?"),
         "fr": ("puis-je enseigner avec Erasmus ?", "Que pourrais-je faire à la place ?"),
         "nl": ("kan ik daar met Erasmus lesgeven?", "Wat kan ik dan wel doen?"),
         "it": ("posso insegnare con Erasmus?", "Cosa potrei fare invece?")}
TRAINING = {"en": "Staff training", "fr": "Formation du personnel", "nl": "Personeelstraining",
            "it": "Formazione del personale"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_teaching_refusal_says_what_would_work(monkeypatch, lang):
    got = await play(monkeypatch, {**CASE, "language": lang}, [(ASKED[lang][0], "check_eligibility")], TODAY,
                     user_event="parsed")
    reply = "\n".join(got.replies)
    assert "💡" in reply and "cmorantin@itg.be" in reply and "2" in reply and "60" in reply, reply


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_what_instead_after_the_refusal_gets_the_options(monkeypatch, lang):
    verdict, instead = ASKED[lang]
    got = await play(monkeypatch, {**CASE, "language": lang},
                     [(verdict, "check_eligibility"), (instead, "faq_application")], TODAY,
                     user_event="parsed")
    last = got.replies[-1] if got.replies else ""
    assert TRAINING[lang].lower() in "\n".join(got.replies[-2:]).lower(), got.replies
    assert "motivation" not in last.lower(), last
