"""ReplyAction: an action that speaks in the user's language and remembers it."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.language import detect


def lang_of(tracker: Tracker) -> str:
    """The reply language: this message's, or the previous one when the message is too short to tell.

    Detected here (0.1 ms, no I/O) and not only in action_extract_facts, which does not run for FAQ and
    small-talk messages."""
    return detect(tracker.latest_message.get("text"), tracker.get_slot("language"))


class ReplyAction(Action, ABC):
    """Subclasses implement `name` and `reply`; the language is detected once and stored when it changed.

    Abstract, so rasa-sdk does not register it (it registers every concrete Action subclass)."""

    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        raise NotImplementedError

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        lang = lang_of(tracker)
        events = await self.reply(dispatcher, tracker, domain, lang)
        if lang != tracker.get_slot("language") and not any(
            e.get("event") == "slot" and e.get("name") == "language" for e in events
        ):
            events = [*events, SlotSet("language", lang)]
        return events
