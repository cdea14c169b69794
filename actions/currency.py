""""So roughly 395 quid then?", "£400 a month?", "is that in pounds?": every amount of the calls is in euros,
and an amount taken for pounds is a wrong understanding let pass (round 32). Said once in a conversation (the
line is in actions/saidonce.py ONCE_KEYS), before the turn's answer, whatever part answered it."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def euros_aside(turn: Turn, start: int) -> None:
    """`start`: the turn's first reply; the line opens it (a line of its own, so that once said it is taken
    out of later replies, which keep the rest)."""
    messages = turn.dispatcher.messages
    if not turn.get("call") or not has("pounds_named", turn.text) or len(messages) <= start:
        return
    first = messages[start]
    first["text"] = "\n".join(line for line in (t(turn.lang, "amounts_in_euros"), first.get("text")) if line)
