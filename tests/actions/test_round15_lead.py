"""Round 15 of simulated users, the lead's fixes: "how much per month?" is no yes/no question, so its answer
does not open with "No:" (it read as "no money")."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.answered import answered
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond
from tests.actions.test_round12 import MSC_LISBON
from tests.actions.test_round13_answers import STAFF_LJUBLJANA


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


@pytest.mark.parametrize(("text", "opens_with_no"), [
    ("and how much money would I get per month?", False),
    ("is the grant fixed?", True),
])
async def test_only_a_yes_no_grant_question_gets_yes_or_no_first(text, opens_with_no):
    slots = await answered(MSC_LISBON)
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text=text, intent="ask_grant", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("No: ") is opens_with_no, reply
    assert "i have no amount for your case" in reply.lower(), reply


async def test_the_host_type_answer_gives_each_source_once():
    slots = await answered({**MSC_LISBON, "activity": "study"})
    dispatcher = CollectingDispatcher()
    text = "is a university fine as host?"
    await respond(dispatcher, text=text, intent="faq_receiving_org", slots=slots,
                  entities=[{"entity": "receiving_org", "value": "hei", "start": 5, "end": 15}])
    reply = texts(dispatcher)
    # Each statement with its own source; no bare source line under a condition with that same source.
    assert reply.startswith("Yes: ") and "(source:" in reply.splitlines()[0], reply
    assert not any(line.startswith("(source:") for line in reply.splitlines()), reply


async def test_a_staff_host_answer_still_says_yes_first():
    slots = await answered({**STAFF_LJUBLJANA, "receiving_org": "research_institute"})
    dispatcher = CollectingDispatcher()
    text = "is a research institute fine?"
    await respond(dispatcher, text=text, intent="faq_receiving_org", slots=slots,
                  entities=[said(text, "receiving_org", "research_institute", "research institute")])
    assert texts(dispatcher).startswith("Yes: "), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "bare"), [
    ("nl", "Wat moet ik eigenlijk allemaal insturen om aan te vragen, en naar welk adres?", "Ja:"),
    ("en", "and where do I send it, to whom?", "Yes:"),
])
async def test_an_open_question_gets_no_bare_yes_first(lang, text, bare):
    slots = await answered(STAFF_LJUBLJANA, lang)
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text=text, intent="ask_contact", slots=slots)
    reply = texts(dispatcher)
    assert reply and not any(m.get("text", "").startswith(bare) for m in dispatcher.messages), reply


def test_a_yes_no_question_among_open_ones_keeps_yes_or_no():
    from actions.eitheror import open_question

    assert open_question("ok, what is an ECHE?") and open_question("quanto prendo?")
    assert not open_question("So is that a hard deadline? and where do I send it?")
    assert not open_question("Is there really nothing I can apply for now?")


async def test_a_length_question_before_any_plan_gets_every_duration_of_the_call():
    # Probe multi-duration-then-staff: the call's whole durations topic (staff's 60 days too), not one line.
    dispatcher = CollectingDispatcher()
    text = "How long can an ITM student traineeship last?"
    await respond(dispatcher, text=text, intent="faq_duration", slots={"call": "itm-2024", "language": "en"},
                  entities=[said(text, "activity", "traineeship", "traineeship")])
    reply = texts(dispatcher)
    assert "60" in reply and "12" in reply, reply
