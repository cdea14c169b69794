"""Round 15 of simulated users, the lead's fixes: "how much per month?" is no yes/no question, so its answer
does not open with "No:" (it read as "no money")."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.answered import answered
from tests.actions.conftest import texts
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
                  entities=[{"entity": "receiving_org", "value": "research_institute", "start": 5, "end": 23}])
    assert texts(dispatcher).startswith("Yes: "), texts(dispatcher)
