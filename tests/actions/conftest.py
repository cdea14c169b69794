"""Tracker fixtures for the action tests: a question date after both calls' deadlines, like the real today."""
from __future__ import annotations

import os
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

os.environ.setdefault("MOBILITY_TODAY", "2026-11-23")

DOMAIN: dict[str, Any] = {"forms": {}, "slots": {}}


def make_tracker(
    slots: dict[str, Any] | None = None,
    text: str = "",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    requested_slot: str | None = None,
    active_loop: str | None = None,
    events: list[dict[str, Any]] | None = None,
    ranking: list[dict[str, Any]] | None = None,
) -> Tracker:
    all_slots = {"language": "en", **(slots or {})}
    if requested_slot:
        all_slots["requested_slot"] = requested_slot
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or [],
               "intent_ranking": ranking or [{"name": intent, "confidence": 0.9}]}
    return Tracker(
        sender_id="test", slots=all_slots, latest_message=message, events=events or [], paused=False,
        followup_action=None, active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def said(text: str, entity: str, value: str, words: str, last: bool = False) -> dict[str, Any]:
    """An NLU entity for `words` as said in `text` (its first mention, or its last), with its offsets."""
    at = text.rindex(words) if last else text.index(words)
    return {"entity": entity, "value": value, "start": at, "end": at + len(words)}


def texts(dispatcher: CollectingDispatcher) -> str:
    """Every text and button title the bot sent, joined (what a user sees)."""
    out = []
    for m in dispatcher.messages:
        out.append(m.get("text") or "")
        out += [b.get("title", "") for b in m.get("buttons") or []]
    return "\n".join(out)


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()
