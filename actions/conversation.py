"""Greetings, help, thanks, goodbye, 'are you a bot?', out of scope, and deleting the user's data."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import i18n
from actions.base import ReplyAction
from actions.faq import likely_topics
from actions.i18n import t
from actions.profile import PROFILE_SLOTS

# Slots that hold something the user told us (what delete_my_data erases and reports).
PERSONAL_SLOTS = (*PROFILE_SLOTS, "skipped", "last_decision", "duration", "goal")


def main_buttons(lang: str) -> list[dict[str, str]]:
    return [
        {"title": t(lang, "button_eligibility"), "payload": "/check_eligibility"},
        {"title": t(lang, "button_grant"), "payload": "/ask_grant"},
        {"title": t(lang, "button_deadline"), "payload": "/ask_deadline"},
        {"title": t(lang, "button_contact"), "payload": "/ask_contact"},
    ]


class _Say(ReplyAction):
    """An action that says one locale message (with the main buttons when `buttons` is set).
    Stays abstract (no `name`), so only its subclasses are registered."""

    key = ""
    buttons = False

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=t(lang, self.key), buttons=main_buttons(lang) if self.buttons else [])
        return []


class ActionGreet(_Say):
    key, buttons = "greet", True

    def name(self) -> str:
        return "action_greet"


class ActionHelp(_Say):
    key, buttons = "help", True

    def name(self) -> str:
        return "action_help"


class ActionGoodbye(_Say):
    key = "goodbye"

    def name(self) -> str:
        return "action_goodbye"


class ActionThank(_Say):
    key = "thank"

    def name(self) -> str:
        return "action_thank"


class ActionBotChallenge(_Say):
    key = "bot_challenge"

    def name(self) -> str:
        return "action_bot_challenge"


class ActionAffirmDeny(_Say):
    """A yes/no with nothing pending: say what can be done next instead of guessing what was meant.
    (An empty message also lands here: the NLU has nothing to go on.)"""

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        key = self.key if text.strip() else "empty_message"
        dispatcher.utter_message(text=t(lang, key), buttons=main_buttons(lang))
        return []

    key, buttons = "affirm_deny_nothing_pending", True

    def name(self) -> str:
        return "action_affirm_deny"


class ActionOutOfScope(ReplyAction):
    """Out of scope or not understood: say so honestly and offer the likeliest topics, never a guess."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        buttons = likely_topics(tracker, lang) + main_buttons(lang)[:2]
        key = "empty_message" if not text.strip() else "out_of_scope"
        dispatcher.utter_message(text=t(lang, key), buttons=buttons)
        return []


class ActionRestart(ReplyAction):
    """Overrides Rasa's default action_restart (the `restart` intent always maps to it): the button or payload
    restarts at once, in the user's language; a typed "start over" is confirmed first (action_respond reads
    the yes or no), so a message misread as `restart` never wipes a conversation."""

    def name(self) -> str:
        return "action_restart"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        if not (tracker.latest_message.get("text") or "").startswith("/"):
            dispatcher.utter_message(text=t(lang, "confirm_restart"),
                                     buttons=[{"title": t(lang, "button_yes"), "payload": "/affirm"},
                                              {"title": t(lang, "button_no"), "payload": "/deny"}])
            return [SlotSet("confirm", "restart")]
        dispatcher.utter_message(text=t(lang, "restarted"), buttons=main_buttons(lang))
        return [Restarted(), SlotSet("language", lang)]


class ActionDeleteMyData(ReplyAction):
    """Erase every slot and say which kinds of facts were erased (names of fields, never their values)."""

    def name(self) -> str:
        return "action_delete_my_data"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        held = [name for name in PROFILE_SLOTS if tracker.get_slot(name) not in (None, [])]
        if held:
            names = ", ".join(i18n.label(lang, "fields", name) for name in held)
            dispatcher.utter_message(text=t(lang, "deleted", fields=names))
        else:
            dispatcher.utter_message(text=t(lang, "deleted_nothing"))
        # Keep only the reply language: it is not personal data and the next reply needs it.
        return [AllSlotsReset(), SlotSet("language", lang)]
