"""A conversation played through action_respond on tracker fixtures, one message after the other, as Rasa
sends it: the slots so far and the earlier turns as events. The round tests share this one loop (each round
file used to carry its own copy, each a little different: the options below are those differences)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionRespond
from bot.nlu.extract import extract as read
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

Reader = Callable[[str, dt.date], list[dict[str, Any]]]


@dataclass
class Played:
    """What a conversation gave back."""

    replies: list[str] = field(default_factory=list)  # each reply's texts and button titles (what one sees)
    messages: list[list[dict[str, Any]]] = field(default_factory=list)  # each reply's messages as sent
    slots: dict[str, Any] = field(default_factory=dict)  # the slots after the last message
    last: dict[str, Any] = field(default_factory=dict)  # the slots the last message set


async def play(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: Iterable[tuple[str, str]],
               today: str, *, before: Iterable[dict[str, Any]] = (),
               user_event: Literal["after", "before", "parsed"] = "after",
               bot_events: Literal["all", "texts", "none"] = "all", keep_slot_events: bool = False,
               entities: Reader = read) -> Played:
    """Each (text, intent) in turn, on `today` (MOBILITY_TODAY, and the date the words are read against).

    before: the events of the conversation before these messages.
    user_event: where a message's user event stands: "after" its own turn (its tracker holds the earlier
      turns only), "before" it (the tracker ends with it), or "parsed": before it, with its parse data, as
      Rasa has it.
    bot_events: which of a reply's messages are kept as bot events: "all", those with a text, or "none".
    keep_slot_events: each turn's slot events kept among the events too, as Rasa keeps them.
    entities: how a message's words are read (the real extractor unless a test reads buttons itself)."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    day = dt.date.fromisoformat(today)
    events = list(before)
    out = Played(slots=dict(slots))
    for text, intent in messages:
        dispatcher = CollectingDispatcher()
        found = entities(text, day)
        if user_event != "after":
            events.append(_user(text, intent, found if user_event == "parsed" else None))
        tracker = make_tracker(slots=out.slots, text=text, intent=intent, entities=found, events=list(events))
        got = await ActionRespond().run(dispatcher, tracker, DOMAIN)
        out.last = slot_events(got)
        out.slots = {**out.slots, **out.last}
        if user_event == "after":
            events.append(_user(text, intent, None))
        if keep_slot_events:
            events += [{"event": "slot", "name": e["name"], "value": e["value"]} for e in got
                       if e.get("event") == "slot"]
        events += _bot(dispatcher.messages, bot_events)
        out.replies.append(texts(dispatcher))
        out.messages.append(dispatcher.messages)
    return out


async def converse(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any],
                   messages: Iterable[tuple[str, str]], today: str) -> list[str]:
    """Each message in turn (the user event after its turn, every reply kept): the text of each reply."""
    return (await play(monkeypatch, slots, messages, today)).replies


def _user(text: str, intent: str, entities: list[dict[str, Any]] | None) -> dict[str, Any]:
    """A user event; with its parse data when the entities read are given."""
    if entities is None:
        return {"event": "user", "text": text}
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities}
    return {"event": "user", "text": text, "parse_data": parse}


def _bot(messages: list[dict[str, Any]], which: str) -> list[dict[str, Any]]:
    if which == "none":
        return []
    if which == "texts":
        return [{"event": "bot", "text": m.get("text")} for m in messages if m.get("text")]
    return [{"event": "bot", "text": m.get("text") or ""} for m in messages]
