"""Round 28 (an ITM master's student, 1 October 2025): "indien ik in maart vertrek, wanneer moet ik dan
aanvragen?" got "I can't find the answer to that in the call text", the call's deadline, "tell me your
departure date" and a grant block nobody asked for. A month of departure said in a deadline question is the
start of that month: the date to apply by is the rules core's for a departure on the 1st (1 March 2026: apply
by 1 January 2026, two months before), with no fallback before it and no grant block. A deadline question
with no date at all still asks for the departure date. English, French, Dutch and Italian."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

STUDENT = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "asked": "activity"}
IN_MARCH = {"en": "if I leave in March, when do I have to apply?",
            "fr": "si je pars en mars, quand dois-je postuler ?",
            "nl": "indien ik in maart vertrek, wanneer moet ik dan aanvragen?",
            "it": "se parto a marzo, quando devo fare domanda?"}
NO_DATE = {"en": "when do I have to apply?",
           "fr": "quand dois-je postuler ?",
           "nl": "wanneer moet ik aanvragen?",
           "it": "quando devo fare domanda?"}
LANGS = ["en", "fr", "nl", "it"]


def _not_found(lang: str) -> str:
    return t(lang, "cannot_answer_in_form")[:25]



@pytest.mark.parametrize("lang", LANGS)
async def test_a_month_of_departure_in_a_deadline_question_gives_the_date_to_apply_by(monkeypatch, lang):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, IN_MARCH[lang], {**STUDENT, "language": lang}, ITM_OPEN,
               intent="ask_deadline")
    reply = texts(dispatcher)
    assert i18n.fmt_date("2026-01-01", lang) in reply, reply
    assert i18n.fmt_month("2026-03-01", lang) in reply, reply
    assert _not_found(lang) not in reply, reply
    assert t(lang, "deadline_personal_hint") not in reply, reply
    assert "💶" not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_a_deadline_question_without_a_date_still_asks_the_departure(monkeypatch, lang):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, NO_DATE[lang], {**STUDENT, "language": lang}, ITM_OPEN,
               intent="ask_deadline")
    reply = texts(dispatcher)
    assert t(lang, "deadline_personal_hint") in reply, reply
    assert i18n.fmt_date("2026-07-31", lang) in reply, reply
    assert _not_found(lang) not in reply, reply
    assert "💶" not in reply, reply


async def test_a_known_departure_day_keeps_its_own_date_to_apply_by(monkeypatch):
    dispatcher = CollectingDispatcher()
    slots = {**STUDENT, "language": "en", "start_date": "2026-03-16", "asked": None}
    await hear(dispatcher, monkeypatch, NO_DATE["en"], slots, ITM_OPEN, intent="ask_deadline")
    reply = texts(dispatcher)
    assert i18n.fmt_date("2026-01-16", "en") in reply, reply
