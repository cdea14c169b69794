"""Round 48 (IMT Lucca, today 10 January 2016; ITM, 1 October 2025).

- "Daniela Giorgetti si occupa anche dei dottorandi?" got the call's "who can apply" topic: a question
  naming a person the call gives as its contact, without a verb of writing, gets "Yes: <the contact>" when
  the call names that person for the person's role (or everyone), and "No: ... only for staff" with the
  right contacts otherwise. Naming the person also names the call.
- "dov'è il modulo di domanda?", "where's the application form?" got the documents block: the call's
  `application_form` topic (Lucca attaches the form to the call)."""
from __future__ import annotations

import pytest

from actions.calls import pick
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
GRANADA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
           "destination": "ES", "destination_city": "Granada", "receiving_org": "hei", "citizenship": ["IT"],
           "start_date": "2016-03-01", "end_date": "2016-06-30"}
COPENHAGEN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
              "destination": "DK", "destination_city": "Copenhagen", "receiving_org": "hei",
              "citizenship": ["GH"], "start_date": "2026-02-01", "end_date": "2026-04-30"}
HANDLES = {"en": "does Daniela Giorgetti also handle PhD students?",
           "fr": "est-ce que Daniela Giorgetti s'occupe aussi des doctorants ?",
           "nl": "helpt Daniela Giorgetti ook doctorandi?",
           "it": "Daniela Giorgetti si occupa anche dei dottorandi?"}
MORANTIN = {"en": "is Charlotte Morantin also for students?",
            "fr": "Charlotte Morantin, c'est aussi pour les étudiants ?",
            "nl": "is Charlotte Morantin ook voor studenten?",
            "it": "Charlotte Morantin segue anche gli studenti?"}
YES = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}


async def _play(monkeypatch, slots, lang, messages, today):
    return await play(monkeypatch, {**slots, "language": lang}, messages, today, user_event="parsed",
                      keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_calls_contact_named_in_a_question_is_confirmed(monkeypatch, lang):
    got = await _play(monkeypatch, GRANADA, lang, [(HANDLES[lang], "ask_contact")], "2016-01-10")
    last = got.replies[-1]
    assert last.startswith(YES[lang]), last
    assert "erasmus@imtlucca.it" in last, last


@pytest.mark.parametrize("lang", LANGS)
async def test_the_staff_contact_asked_by_a_student_is_not_theirs(monkeypatch, lang):
    got = await _play(monkeypatch, COPENHAGEN, lang, [(MORANTIN[lang], "ask_contact")], "2025-10-01")
    last = got.replies[-1]
    assert last.startswith(NO[lang]), last
    assert "erasmusplusmobility@itg.be" in last, last


def test_a_contact_named_names_the_call():
    assert pick("Daniela Giorgetti si occupa anche dei dottorandi?") == "imt-lucca-2015"
    assert pick("can I ask Morantin about it?") == "itm-2024"


FORM_WHERE = {"en": "where's the application form?", "fr": "où trouver le formulaire ?",
              "nl": "waar vind ik het formulier?", "it": "dov'è il modulo di domanda?"}
DOWNLOAD = {"en": "download", "fr": "téléchargement", "nl": "downloaden", "it": "scaricare"}


@pytest.mark.parametrize("lang", LANGS)
async def test_where_the_form_is_gets_the_calls_form_topic(monkeypatch, lang):
    got = await _play(monkeypatch, GRANADA, lang, [(FORM_WHERE[lang], "ask_documents")], "2016-01-10")
    assert DOWNLOAD[lang] in got.replies[-1], got.replies[-1]
