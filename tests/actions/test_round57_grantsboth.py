"""After round 56 gave staff the staff part of the grant count, "How many Erasmus+ grants does ITM have for
staff and for students?" (read as from a staff member) got the staff part alone, without the 10 student grants
(tests/e2e/probes_extra.jsonl, itm-grants-both). A question naming students and staff both gets the whole
topic; a staff member's own question keeps the staff part. In the four languages."""
from __future__ import annotations

import pytest

from actions.faq import ActionAnswerFaq
from tests.actions.conftest import DOMAIN, make_tracker, texts


async def _said(dispatcher, text: str, role: str, lang: str) -> str:
    tracker = make_tracker(intent="faq_grant_count", text=text,
                           slots={"call": "itm-2024", "role": role, "language": lang})
    await ActionAnswerFaq().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How many Erasmus+ grants does ITM have for staff and for students?"),
    ("fr", "Combien de bourses l'IMT a-t-il pour le personnel et pour les étudiants ?"),
    ("nl", "Hoeveel beurzen heeft het ITG voor personeel en voor studenten?"),
    ("it", "Quante borse ha l'ITM per il personale e per gli studenti?"),
])
async def test_both_groups_named_get_both_counts(dispatcher, lang, text):
    said = await _said(dispatcher, text, "staff", lang)
    assert "5" in said and "10" in said, said


async def test_a_staff_members_own_question_keeps_the_staff_part(dispatcher):
    said = await _said(dispatcher, "how many places there are?", "staff", "en")
    assert "5" in said and "10" not in said, said
