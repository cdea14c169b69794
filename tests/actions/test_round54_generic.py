"""Round 54 (a Portuguese ITM master's student writing French as a woman, study period at Salamanca):
"c'est quoi cette charte ECHE, comment je sais si Salamanca l'a ?" got the call's ECHE text with its generic
"l'université d'accueil d'un étudiant" turned into "d'un étudiante". A role word after an indefinite or
distributive article names anyone in that role and keeps its form; the person's own role words still follow
her gender."""
from __future__ import annotations

import pytest

from actions.phrases import gendered
from tests.actions.conversation import play

TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "ES",
        "destination_city": "Salamanca", "receiving_org": "hei", "citizenship": ["PT"],
        "start_date": "2026-02-01", "end_date": "2026-05-31", "gender": "f", "language": "fr"}


async def test_the_generic_student_of_the_eche_text_keeps_its_form(monkeypatch):
    asked = "c'est quoi cette charte ECHE, comment je sais si Salamanca l'a ?"
    got = await play(monkeypatch, PLAN, [(asked, "faq_receiving_org")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    text = "\n".join(got.replies)
    assert "d'un étudiante" not in text, text


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("fr", "l'université d'accueil d'un étudiant", "l'université d'accueil d'un étudiant"),
    ("fr", "chaque étudiant doit", "chaque étudiant doit"),
    ("fr", "en tant qu'étudiant de master", "en tant qu'étudiante de master"),
    ("fr", "Vous êtes doctorant(e)", "Vous êtes doctorante"),
    ("it", "per uno studente di master", "per uno studente di master"),
    ("it", "Lei è studente di master", "Lei è studentessa di master"),
])
def test_only_the_persons_own_role_words_follow_her_gender(lang, text, want):
    assert gendered(text, lang, "f") == want
