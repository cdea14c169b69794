"""The main buttons and deleting the user's data (the start-over request is actions/confirm.py's)."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import i18n
from actions.base import ReplyAction
from actions.i18n import t
from actions.profile import PROFILE_SLOTS

# Slots that hold something the user told us (what delete_my_data erases and reports).
PERSONAL_SLOTS = (*PROFILE_SLOTS, "skipped", "last_decision", "duration", "start_month", "goal",
                  "dates_approx")


def main_buttons(lang: str) -> list[dict[str, str]]:
    return [
        {"title": t(lang, "button_eligibility"), "payload": "/check_eligibility"},
        {"title": t(lang, "button_grant"), "payload": "/ask_grant"},
        {"title": t(lang, "button_deadline"), "payload": "/ask_deadline"},
        {"title": t(lang, "button_contact"), "payload": "/ask_contact"},
    ]


def anything_else(turn: Any) -> None:
    """Nothing else to say to the message: a don't-know about the condition just named is answered about it,
    anything else gets "anything else?" with the main buttons."""
    from actions.hedgedtravel import likely_travel
    from actions.unsureafter import unsure_about_condition

    # ("ik ga wss met de trein" alone: not noted, what the train would change, round 45)
    if not (unsure_about_condition(turn) or likely_travel(turn)):
        turn.say(t(turn.lang, "anything_else"), main_buttons(turn.lang))


class ActionDeleteMyData(ReplyAction):
    """Erases every slot and says which kinds of facts were erased (names of fields, never their values).

    Run by action_respond (a confirmed request, or the button) as a follow-up action: the conversation store
    erases the stored conversation when it sees this action executed (bot/store/retention.py)."""

    def name(self) -> str:
        return "action_delete_my_data"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        held = [name for name in PROFILE_SLOTS if tracker.get_slot(name) not in (None, [])]
        if held:
            dispatcher.utter_message(text=t(lang, "deleted", fields=", ".join(
                i18n.label(lang, "fields", name) for name in held)))
        else:
            dispatcher.utter_message(text=t(lang, "deleted_nothing"))
        # Only the reply language stays (not personal data); then wait for the user, whatever policies say.
        return [AllSlotsReset(), SlotSet("language", lang), FollowupAction("action_listen")]
