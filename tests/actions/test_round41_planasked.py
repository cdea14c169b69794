"""Round 41: a first message that tells the plan and asks whether it can be done came out out_of_scope
from the NLU ("Hi, I'm doing my PhD at ITM Antwerp and I'd like to do a short research stay at the
University of Cape Town, 13 April to 1 May 2026. Can I go with Erasmus+?": 0.91) and got "I can only help
with Erasmus+ mobility at ITM Antwerp and IMT Lucca". It names the person's role and institution: it is read
as the eligibility question and its facts are kept. Out of scope without a "can I" stays as it was."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

OUT_OF_SCOPE = {"en": "I can only help", "fr": "Je ne peux aider", "nl": "Ik kan alleen helpen",
                "it": "Posso aiutare solo"}
PLANS = [
    ("en", "Hi, I'm doing my PhD at ITM Antwerp and I'd like to do a short research stay at the "
           "University of Cape Town, 13 April to 1 May 2026. Can I go with Erasmus+?", "phd_student"),
    ("it", "ciao! sono Marco, lavoro nell'amministrazione all'ITM di Anversa. vorrei fare un job "
           "shadowing all'Università di Bologna dal 16 al 20 febbraio 2026, si può?", "staff"),
    ("fr", "Bonjour, je suis doctorante à l'IMT d'Anvers et je voudrais faire un séjour à l'Université "
           "du Cap du 13 avril au 1er mai 2026, c'est possible ?", "phd_student"),
    ("nl", "Hallo, ik ben doctoraatsstudent aan het ITG in Antwerpen en wil van 13 april tot 1 mei 2026 "
           "naar de universiteit van Kaapstad, kan dat?", "phd_student"),
]


@pytest.mark.parametrize(("lang", "text", "role"), PLANS)
async def test_a_plan_asked_about_is_no_out_of_scope(monkeypatch, lang, text, role):
    got = await play(monkeypatch, {"language": lang}, [(text, "out_of_scope")], "2025-10-01",
                     user_event="parsed")
    assert all(v not in got.replies[0] for v in OUT_OF_SCOPE.values()), got.replies[0]
    assert got.slots.get("role") == role, got.slots
    assert got.slots.get("call") == "itm-2024", got.slots
    assert got.slots.get("start_date") == ("2026-04-13" if role == "phd_student" else "2026-02-16")


async def test_a_question_the_call_is_silent_on_keeps_its_answer(monkeypatch):
    text = "I'm an MSc student at ITM, where can I find cheap housing in Lisbon?"
    got = await play(monkeypatch, {"language": "en"}, [(text, "out_of_scope")], "2025-10-01",
                     user_event="parsed")
    silent = "The ITM Antwerp (Erasmus+ 2024-2026) call says nothing about housing"
    assert got.replies[0].startswith(silent), got.replies[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can you book me a flight to Madrid?"),
    ("it", "sono dottorando all'ITM, mi consigli un buon ristorante a Bologna?"),
])
async def test_a_question_out_of_scope_stays_so(monkeypatch, lang, text):
    got = await play(monkeypatch, {"language": lang}, [(text, "out_of_scope")], "2025-10-01",
                     user_event="parsed")
    assert OUT_OF_SCOPE[lang] in got.replies[0], got.replies[0]
