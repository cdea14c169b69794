"""Round 59 (an ITM MSc student, a study period at Granada, 2 February-30 April 2026; today 1 October 2025):
"and does 2 feb to 30 april still count as long enough? I'm a bit worried it's just under 3 months" got the
earliest-start check ("Yes: your start on 2 February 2026 is on or after 1 September 2024 ..."). A question
about the stay's length gets the duration check (89 days within 2 to 12 months), in EN/FR/NL/IT."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
GRANADA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
           "destination": "ES", "destination_city": "Granada", "receiving_org": "hei", "citizenship": ["PT"],
           "start_date": "2026-02-02", "end_date": "2026-04-30"}
LENGTH = [
    ("en", "and does 2 feb to 30 april still count as long enough? I'm a bit worried it's just under "
           "3 months",
     "89 days"),
    ("fr", "et du 2 février au 30 avril, ça compte toujours comme assez long ? j'ai peur que ce soit juste "
           "sous les 3 mois", "89 jours"),
    ("nl", "en telt 2 februari tot 30 april nog als lang genoeg? ik ben bang dat het net onder de 3 "
           "maanden is",
     "89 dagen"),
    ("it", "e dal 2 febbraio al 30 aprile conta ancora come abbastanza lungo? ho paura che sia appena "
           "sotto i 3 mesi", "89 giorni"),
]


@pytest.mark.parametrize(("lang", "text", "days"), LENGTH)
async def test_a_length_question_gets_the_duration_check(monkeypatch, lang, text, days):
    got = await play(monkeypatch, {**GRANADA, "language": lang}, [(text, "inform")], TODAY)
    reply = "\n".join(got.replies)
    first = reply.split("\n")[0]  # the answer itself: the length, not the earliest start (1 September 2024)
    assert days in first and "septemb" not in first.lower() and "settembre" not in first, reply
    assert first.split(":")[0].strip() in {"Yes", "Oui", "Ja", "Sì"}, reply
