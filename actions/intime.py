""""If there is none, can one still be signed before February?", "ITM needs an actual agreement with Cape
Town? and if there isn't one yet can it be signed in time?": the call says only that the condition must be
met (before the mobility); whether it can be in time is for its contacts (round 26). The "if" sets no case:
nothing is said not to exist (round 41 answered "there is none" to it). Asked beside whether the condition
is needed, the one answer says both."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def in_time_answer(turn: Turn, found: dict[str, Any], asking: str) -> bool:
    """Whether the message asks if the condition `found` can still be met in time, answered (or already
    answered this turn, when one of the message's questions is asked on its own)."""
    full = str(turn.tracker.latest_message.get("text") or "")
    sentences = re.split(r"(?<=[.!?])\s+", full)
    asked = [s for s in sentences if "?" in s]
    if not (has("in_time_question", asking) or any(has("in_time_question", s) for s in asked)):
        return False
    from actions.conditions import contacts_in_sentence

    reason = str(found["explanation"]).rstrip(".")
    reason = reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason
    line = t(turn.lang, "condition_in_time", reason=reason,
             source=i18n.source(turn.get("call"), found.get("source"), turn.lang),
             who=contacts_in_sentence(turn))
    if turn.focus is not None and line in turn.said:
        return True  # "needs an agreement?" beside "can it be signed in time?": said in that answer
    turn.say(line)
    return True


def none_in_time(text: str) -> bool:
    """"Et s'il n'y a pas d'accord, est-ce que ça peut encore se faire ?": whether the condition of the answer
    (unnamed, or named as "d'accord") can still be met if it is not yet, asked (ifnotq.py leaves it)."""
    return has("in_time_question", text) and (has("if_none_question", text) or has("if_not_question", text))
