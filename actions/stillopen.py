"""The form question still open, said in one line when it was just asked. Round 31: after each question the
person asked on the way, "Quel type d'organisme vous accueillerait ?" came again in full, five times in a row.
Asked in the previous reply and the person asked something else: "(Still open: receiving organisation; or say
"skip".)" with the same buttons (the widget and the channels show the choices under the last message). The
question comes in full the first time, after a reply that did not ask it, after a message that asked nothing
("thanks") and after an answer not understood ("I didn't get that", which asks the person to answer it)."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import i18n
from actions.i18n import t
from actions.phrases import QUESTION_RX, gendered, informal
from actions.turn import Turn


def previous_reply(tracker: Tracker) -> list[str]:
    """The lines of the assistant's reply before this message. Rasa's events end with this message itself
    (then the reply is the one before it); a fixture's may end with the reply."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not users:
        return _lines(events)
    last = users[-1]
    if any(e.get("event") == "bot" for e in events[last + 1:]):
        return _lines(events[last + 1:])
    return _lines(events[users[-2] + 1:last] if len(users) > 1 else events[:last])


def _lines(events: list[dict[str, Any]]) -> list[str]:
    return [line.strip() for e in events if e.get("event") == "bot"
            for line in str(e.get("text") or "").splitlines()]


def _said_as(turn: Turn, text: str) -> set[str]:
    """A line as the person may have seen it: in their gender, formal or informal."""
    line = gendered(text, turn.lang, turn.get("gender")).strip()
    return {line, informal(line, turn.lang).strip()}


def reminder_line(lang: str, slot: str) -> str:
    return t(lang, "still_open", field=i18n.label(lang, "fields", slot))


def still_open(turn: Turn, slot: str, question: str) -> str | None:
    """The one-line reminder for `slot`, or None when its question is to be asked in full."""
    if slot == "prior_erasmus_months" and turn.cycle_said:
        # "No: your master's months don't count": then "And in your PhD so far?", not "I can't tell yet" nor
        # "(Still open: previous Erasmus months)" (round 50)
        return t(turn.lang, "ask_prior_months_cycle", current=turn.cycle_said)
    if turn.tracker.get_slot("asked") != slot or t(turn.lang, "unclear_answer_retry") in turn.said:
        return None
    text = turn.text.strip()
    if not turn.answered and "?" not in text and not QUESTION_RX.search(text):
        return None  # nothing else asked ("thanks", an answer not understood): the question, as asked
    before = set(previous_reply(turn.tracker))
    asked = _said_as(turn, question.split("\n")[0]) | _said_as(turn, reminder_line(turn.lang, slot))
    return reminder_line(turn.lang, slot) if before & asked else None
