"""Destructive requests (start over, erase my data): a button acts at once, typed words are confirmed first,
and the yes or no that answers the confirmation. Used by actions/dialogue.py, which also answers `restart`
(Rasa maps that intent to action_restart, a name of the same action), so a message misread as `restart` never
wipes a conversation nor asks the confirmation again."""
from __future__ import annotations

from typing import Any

from rasa_sdk.events import FollowupAction, Restarted, SlotSet

from actions.conversation import main_buttons
from actions.flow import ask
from actions.i18n import t
from actions.phrases import NEGATION_RX, PHRASES, has
from actions.turn import Turn

DESTRUCTIVE = ("delete_my_data", "restart")
# The words that make a typed message a request: the NLU's intent alone is not enough ("ik reis met de trein"
# was read as `restart`, its character n-grams close to "reset"; "tu disais ... je paie mes frais moi-même"
# as `delete_my_data`).
REQUEST_WORDS = {"restart": "restart_words", "delete_my_data": "delete_words"}


def requested(turn: Turn) -> str | None:
    """The destructive request this message makes, if any: a payload, or typed words that say it."""
    intent = turn.intent
    if intent not in DESTRUCTIVE:
        return None
    words = REQUEST_WORDS.get(intent)
    if turn.is_payload or words is None or has(words, turn.text):
        return intent
    return None


def destructive(turn: Turn, intent: str) -> list[dict[str, Any]]:
    if turn.is_payload:
        return do(turn, intent)
    turn.set("confirm", intent)
    turn.say(t(turn.lang, f"confirm_{intent}"), [{"title": t(turn.lang, "button_yes"), "payload": "/affirm"},
                                                 {"title": t(turn.lang, "button_no"), "payload": "/deny"}])
    return turn.events()


def refuses(turn: Turn, pending: str) -> bool:
    """"nee! waarom zou ik opnieuw willen beginnen?", "no, I don't want to start over": a no with more words.
    A no comes first: a wrong "yes" would wipe the conversation."""
    text = turn.text.strip()
    if turn.intent == "deny" or PHRASES["no"].search(text):
        return True
    words = REQUEST_WORDS.get(pending)
    return bool(words and has(words, text) and NEGATION_RX.search(text))


def confirmed(turn: Turn, pending: str) -> list[dict[str, Any]] | None:
    """The answer to "do you want to start over?"; None when the message is something else (the request lapses
    and the message is read as usual)."""
    if refuses(turn, pending):
        turn.say(t(turn.lang, "confirm_kept"))
        asked = turn.get("asked")
        if asked:
            ask(turn, asked)
        return turn.events()
    if turn.intent == "affirm" or PHRASES["yes"].search(turn.text.strip()):
        return do(turn, pending)
    return None


def do(turn: Turn, intent: str) -> list[dict[str, Any]]:
    lang = turn.lang
    if intent == "restart":
        turn.say(t(lang, "restarted"), main_buttons(lang))
        return [Restarted(), SlotSet("language", lang)]
    # The erasing action runs next: the store erases the conversation when it sees it executed.
    return [SlotSet("language", lang), SlotSet("confirm", None), FollowupAction("action_delete_my_data")]
