"""Round 34 (why asked, talk first, the other question): found by simulated users.
1. "perché mi hai chiesto la cittadinanza?" after the nationality was given and the answer said got "the call
   does not cover this" and a staff contact: now the call's rules that use the nationality (rules_core
   needed_for) and how the plan fares under them, in four languages; a bare "why?" keeps its answer.
2. "devo sentire prima il coordinatore?" / "do I have to talk to my coordinator first?" got the e-mail summary
   or "not in the call": now that the call does not make it a step before applying, whom it names to talk the
   plan over with, and where the application goes (the call's contacts and application topic). IMT Lucca,
   whose rules require the advisor's authorisation, does not get that answer.
3. "Die 13 februari, is dat een vaste deadline ...? En stuur ik mijn aanvraag naar mevrouw Morantin of naar
   dat algemene adres?" got the deadline only: the other question of the message is answered too."""
from __future__ import annotations

import pytest
from babel.units import format_unit

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.profile import core
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

ITM = "itm-2024"
LUCCA = "imt-lucca-2015"
ADDRESS = "erasmusplusmobility@itg.be"
STOCKHOLM = {"call": ITM, "role": "staff", "activity": "staff_training", "destination": "SE",
             "destination_city": "Stockholm", "receiving_org": "hei", "start_date": "2026-04-13",
             "end_date": "2026-05-01", "goal": "eligibility"}
COPENHAGEN = {"call": ITM, "role": "msc_student", "activity": "study", "destination": "DK",
              "destination_city": "Copenhagen", "receiving_org": "hei", "start_date": "2026-02-02",
              "end_date": "2026-04-02", "goal": "eligibility"}
VIENNA = {"call": LUCCA, "role": "phd_student", "activity": "study", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2016-03-01",
          "end_date": "2016-07-31", "prior_erasmus_months": 0, "citizenship": ["IT"], "goal": "eligibility"}
CITIZENSHIP = {"en": "I'm Italian.", "fr": "Je suis italien.", "nl": "Ik ben Italiaan.", "it": "italiana"}


async def _after_citizenship(monkeypatch, lang: str, question: str, intent: str = "nlu_fallback") -> str:
    replies = await converse(monkeypatch, {**COPENHAGEN, "language": lang},
                             [(CITIZENSHIP[lang], "inform"), (question, intent)], ITM_OPEN)
    return replies[-1]


WHY_ASKED = [
    ("en", "why did you ask my nationality?", "ask_why"),
    ("en", "by the way, why did you ask for my citizenship?", "nlu_fallback"),
    ("fr", "pourquoi tu m'as demandé ma nationalité ?", "nlu_fallback"),
    ("fr", "Pourquoi m'avez-vous demandé ma nationalité ?", "ask_why"),
    ("nl", "waarom vroeg u mijn nationaliteit?", "nlu_fallback"),
    ("it", "mmh vabbè. ma prima perché mi hai chiesto la cittadinanza?", "nlu_fallback"),
    ("it", "perché mi ha chiesto la nazionalità?", "ask_why"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), WHY_ASKED)
async def test_why_the_nationality_was_asked(monkeypatch, lang, text, intent):
    reply = await _after_citizenship(monkeypatch, lang, text, intent)
    # the student rules that read it (not the staff ones), each with its section of the call
    sources = {r.rsplit(" (", 1)[1].rstrip(".)") for r in core().needed_for(ITM, "citizenship", lang)
               if r.startswith("student_")}
    assert reply.splitlines()[0].startswith(t(lang, "why_intro", field="")[:6]), reply
    assert sum(line.startswith("- ") and any(s in line for s in sources) for line in reply.splitlines()) == 2
    assert "✓" in reply  # how this plan fares: Denmark is not a country of the citizenship
    assert "cmorantin" not in reply and t(lang, "why_conditions") not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "why?"), ("it", "ma scusa, perché?"), ("nl", "waarom?")])
async def test_a_bare_why_still_gets_the_conditions(monkeypatch, lang, text):
    reply = await _after_citizenship(monkeypatch, lang, text, "ask_why")
    lines = reply.splitlines()
    # (the Italian "tu" or "Lei" of the reply: its first words only)
    assert lines[0].split()[-1] == t(lang, "why_conditions").split()[-1] and lines[1].startswith("• "), reply
    assert not lines[0].startswith(t(lang, "why_intro", field="")[:6]), reply


TALK_FIRST = [
    ("en", "do I have to talk to my coordinator first?", "nlu_fallback"),
    ("en", "Must I speak with my supervisor before applying?", "ask_contact"),
    ("fr", "est-ce que je dois d'abord parler à mon coordinateur ?", "nlu_fallback"),
    ("nl", "Moet ik eerst met mijn promotor praten?", "ask_contact"),
    ("it", "devo sentire prima il coordinatore?", "nlu_fallback"),
    ("it", "ok. e sul coordinatore? è obbligatorio parlarci prima di mandare la domanda o no", "ask_contact"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), TALK_FIRST)
async def test_talking_to_the_coordinator_first(monkeypatch, lang, text, intent):
    reply = await _after_citizenship(monkeypatch, lang, text, intent)
    head = t(lang, "talk_first_not_required", call=call_name(ITM, lang), who="").split(":")[0]
    assert reply.splitlines()[0].startswith(head), reply
    contact = core().get_call(ITM).contacts[2]
    role = (contact.role_text or {}).get(lang) or contact.role
    assert role.split("(")[1][:-1].split(":")[1].strip() in reply, reply  # "to discuss the possibilities"
    assert ADDRESS in reply and "mailto:" not in reply, reply


async def test_the_advisor_authorisation_call_keeps_its_answer(monkeypatch):
    replies = await converse(monkeypatch, {**VIENNA, "language": "en"}, [
        ("do I have to talk to my advisor first?", "nlu_fallback")], LUCCA_OPEN)
    head = t("en", "talk_first_not_required", call=call_name(LUCCA, "en"), who="").split(":")[0]
    assert head not in replies[-1], replies[-1]


async def test_where_the_application_goes_keeps_its_answer(monkeypatch):
    text = "who do I send the application to?"
    reply = await _after_citizenship(monkeypatch, "en", text, "faq_application")
    assert reply.splitlines()[0] == t("en", "faq_intro", call=call_name(ITM, "en")), reply


TWO = [
    ("nl", "Die 13 februari, is dat een vaste deadline of twee maanden voor vertrek? En stuur ik mijn "
           "aanvraag naar mevrouw Morantin of naar dat algemene adres?", "Belg."),
    ("en", "That 13 February, is it a fixed deadline or two months before departure? And do I send my "
           "application to Ms Morantin or to that general address?", "I'm Belgian."),
    ("fr", "Ce 13 février, c'est une date fixe ou deux mois avant le départ ? Et j'envoie ma candidature à "
           "Mme Morantin ou à l'adresse générale ?", "Je suis belge."),
    ("it", "Il 13 febbraio è una scadenza fissa o due mesi prima della partenza? E mando la domanda alla "
           "signora Morantin o all'indirizzo generale?", "Sono belga."),
]


@pytest.mark.parametrize(("lang", "text", "nationality"), TWO)
async def test_the_second_question_after_the_deadline(monkeypatch, lang, text, nationality):
    replies = await converse(monkeypatch, {**STOCKHOLM, "language": lang},
                             [(nationality, "inform"), (text, "nlu_fallback")], ITM_OPEN)
    reply = replies[-1]
    # both questions: the date to apply by (two months before 13 April) and where the application goes
    months = format_unit(2, "duration-month", length="long", locale=lang)
    assert i18n.fmt_date("2026-02-13", lang) in reply and months in reply, reply
    assert ADDRESS in reply and "cmorantin@itg.be" in reply, reply


async def test_the_deadline_alone_keeps_its_answer(monkeypatch):
    replies = await converse(monkeypatch, {**STOCKHOLM, "language": "nl"}, [
        ("Belg.", "inform"),
        ("Die 13 februari, is dat een vaste deadline of twee maanden voor vertrek?", "nlu_fallback"),
    ], ITM_OPEN)
    assert len(replies[-1].splitlines()) == 1 and "13 februari 2026" in replies[-1], replies[-1]
