"""Round 32 (definitions), from round 34's ITM MSc student with a traineeship at Institut Pasteur de Tunis:
1. "c'est quoi exactement un accord interinstitutionnel ?" got whether she needs one (twice): now what it is,
   in the call's words with the source, then in one line whether the call asks it of her plan.
2. A topic the call does not cover named the staff contact, with English labels, to a student: now the
   person's own contacts, labelled in the reply language.
3. "c'est qui Charlotte Morantin ?" got the coordinator's name answer, then the e-mail summary: now who she is
   in the call (the Education Office, staff mobility) and, for a student, their own contacts."""
from __future__ import annotations

from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from actions.phrases import informal
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN

LANGS = ("en", "fr", "nl", "it")
TUNIS = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship",
         "receiving_org": "research_institute", "receiving_org_name": "Institut Pasteur de Tunis",
         "destination": "TN", "destination_city": "Tunis", "start_date": "2026-02-02",
         "end_date": "2026-04-30", "citizenship": ["FR"], "goal": "eligibility", "has_scholarship": False}
STUDY_TUNIS = {**TUNIS, "activity": "study", "receiving_org": "hei", "receiving_org_name": None}
VIENNA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2026-05-04",
          "end_date": "2026-05-15", "citizenship": ["BE"], "goal": "eligibility"}
GO = ("so can I go?", "check_eligibility")


async def _reply(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, text: str,
                 intent: str) -> str:
    replies = await converse(monkeypatch, {**slots, "language": lang}, [GO, (text, intent)], ITM_OPEN)
    return replies[-1]


def _said(reply: str, lang: str, key: str, size: int = 30) -> bool:
    said = t(lang, key)
    return said[:size] in reply or informal(said, lang)[:size] in reply


WHAT_IS = [
    ("en", "by the way, what exactly is an inter-institutional agreement? someone mentioned it", "inform"),
    ("fr", "au fait c'est quoi exactement un accord interinstitutionnel ? on m'en a parlé",
     "faq_application"),
    ("fr", "un accord interinstitutionnel, c'est quoi la définition ?", "inform"),
    ("nl", "wat is een interinstitutionele overeenkomst precies?", "inform"),
    ("it", "cos'è esattamente un accordo interistituzionale?", "inform"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), WHAT_IS)
async def test_what_an_agreement_is_then_whether_it_concerns_you(monkeypatch, lang, text, intent):
    reply = await _reply(monkeypatch, TUNIS, lang, text, intent)
    gloss = i18n.label(lang, "term_meanings", "interinstitutional_agreement")
    first = reply.splitlines()[0]
    assert first.startswith((gloss[:25], informal(gloss, lang)[:25])), reply
    assert i18n.source("itm-2024", "Receiving institutions", lang) in first, reply
    assert _said(reply, lang, "term_not_for_you"), reply
    assert "•" not in reply, reply  # not the list of whom the call asks it of


@pytest.mark.parametrize("lang", LANGS)
async def test_the_agreement_concerns_a_study_in_a_non_associated_country(monkeypatch, lang):
    text = dict((w[0], w[1]) for w in WHAT_IS)[lang]
    reply = await _reply(monkeypatch, STUDY_TUNIS, lang, text, "inform")
    assert _said(reply, lang, "term_for_you"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Do I need an inter-institutional agreement?"),
    ("fr", "est-ce qu'il me faut un accord interinstitutionnel ?"),
])
async def test_whether_one_is_needed_keeps_its_answer(monkeypatch, lang, text):
    reply = await _reply(monkeypatch, TUNIS, lang, text, "inform")
    assert not _said(reply, lang, "term_not_for_you"), reply
    assert reply.startswith(("No", "Non")), reply


NOT_IN_CALL = {"en": "What happens with my personal data?", "fr": "Que deviennent mes données personnelles ?",
               "nl": "Wat gebeurt er met mijn persoonsgegevens?",
               "it": "Cosa succede ai miei dati personali?"}
ERASMUS_LABEL = {"en": "Erasmus+ mobility", "fr": "Mobilité Erasmus+", "nl": "Erasmus+-mobiliteit",
                 "it": "Mobilità Erasmus+"}


@pytest.mark.parametrize("lang", LANGS)
async def test_not_in_the_call_gives_a_student_their_own_contacts(monkeypatch, lang):
    reply = await _reply(monkeypatch, TUNIS, lang, NOT_IN_CALL[lang], "faq_personal_data")
    assert "erasmusplusmobility@itg.be" in reply and ERASMUS_LABEL[lang] in reply, reply
    assert "Morantin" not in reply and "cmorantin" not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_not_in_the_call_gives_staff_the_education_office(monkeypatch, lang):
    reply = await _reply(monkeypatch, VIENNA, lang, NOT_IN_CALL[lang], "faq_personal_data")
    assert "Charlotte Morantin" in reply and "cmorantin@itg.be" in reply, reply


WHO_IS = [
    ("en", "who is Charlotte Morantin? do I write to her or to my supervisor?"),
    ("en", "ok but what does Charlotte Morantin do?"),
    ("fr", "c'est qui Charlotte Morantin ? je lui écris elle ou mon superviseur ?"),
    ("fr", "oui mais Charlotte Morantin elle s'occupe de quoi ?"),
    ("nl", "wie is Charlotte Morantin? schrijf ik haar of mijn promotor?"),
    ("it", "chi è Charlotte Morantin? scrivo a lei o al mio supervisore?"),
]


@pytest.mark.parametrize(("lang", "text"), WHO_IS)
@pytest.mark.parametrize("intent", ["ask_contact", "inform"])
async def test_who_a_named_contact_is(monkeypatch, lang, text, intent):
    reply = await _reply(monkeypatch, TUNIS, lang, text, intent)
    office = {"en": "ITM Education Office", "fr": "Service éducation de l'IMT",
              "nl": "Education Office van het ITG", "it": "Education Office dell'ITM"}[lang]
    assert reply.startswith("Charlotte Morantin") and office in reply.splitlines()[0], reply
    assert "erasmusplusmobility@itg.be" in reply, reply
    assert "mailto:" not in reply, reply  # not the e-mail summary


async def test_staff_asking_who_she_is_gets_no_other_contacts(monkeypatch):
    reply = await _reply(monkeypatch, VIENNA, "en", "who is Charlotte Morantin?", "ask_contact")
    assert reply.startswith("Charlotte Morantin") and "•" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Should I email Charlotte Morantin?"),
    ("fr", "je dois écrire à Charlotte Morantin ?"),
])
async def test_writing_to_her_keeps_its_answer(monkeypatch, lang, text):
    reply = await _reply(monkeypatch, VIENNA, lang, text, "ask_contact")
    assert reply.startswith(("Yes", "Oui")), reply
