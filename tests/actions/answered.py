"""Shared by the round tests of answers: the slots a conversation has once the person got their answer, and
the "I can't find that in the call" texts that must not come."""
from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from tests.actions.test_dialogue import respond

CANT_FIND = ("can't find", "ne trouve pas", "vind het antwoord", "non trovo", "Non trovo")


async def answered(slots: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """The slots once the person has had their answer ("so am I eligible?")."""
    slots = {**slots, "language": lang}
    got = await respond(CollectingDispatcher(), text="so am I eligible?", intent="check_eligibility",
                        slots=slots)
    return {**slots, "last_decision": got["last_decision"]}


def no_cant_find(reply: str) -> None:
    assert not any(words in reply for words in CANT_FIND), reply
