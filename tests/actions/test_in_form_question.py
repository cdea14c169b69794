"""A question nothing answers, asked while a fact is pending ("dois-je prendre des congés ?" while the
nationality is asked), is said to be unanswered, with who knows, before the pending question comes again;
it was met with the question alone, as if unheard (round 14)."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import label
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

ITM_STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
             "destination_city": "Lyon", "start_date": "2026-03-09", "end_date": "2026-03-13",
             "goal": "eligibility", "asked": "citizenship"}
CANT = {"fr": "Je ne trouve pas la réponse", "en": "I can't find the answer", "nl": "Ik vind het antwoord",
        "it": "Non trovo la risposta"}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


ASKED = {"fr": "nationalité", "en": "nationality", "nl": "nationaliteit", "it": "cittadinanza"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "dois-je prendre des congés pour partir ?"),
    ("en", "do I have to take days off for the training?"),  # (a salary: test_round25_answers.py)
    ("nl", "moet ik hiervoor verlof nemen?"),
    ("it", "devo prendere ferie per partire?"),
])
async def test_an_unanswerable_question_mid_form_is_said_then_the_question(lang, text):
    dispatcher = CollectingDispatcher()
    got = await respond(dispatcher, text=text, intent="out_of_scope", slots={**ITM_STAFF, "language": lang})
    reply = texts(dispatcher)
    # Since round 29 leave is named: "the call says nothing about whether the days count as working time or
    # leave", with who knows (no longer the generic "I can't find the answer").
    unanswered = label(lang, "uncovered_names", "working_time")
    assert unanswered in reply and CANT[lang] not in reply and "cmorantin@itg.be" in reply, reply
    last = dispatcher.messages[-1]["text"]
    assert ASKED[lang] in last.lower(), reply
    assert reply.index(unanswered) < reply.index(last)
    assert got.get("asked", "citizenship") == "citizenship"  # still pending


async def test_an_answer_mid_form_gets_no_cannot_find():
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text="Belgian", intent="inform", slots={**ITM_STAFF, "language": "en"},
                  entities=[{"entity": "country", "value": "BE", "start": 0, "end": 7}])
    assert CANT["en"] not in texts(dispatcher), texts(dispatcher)
