""""So who should I email about the next call? is there a date when it opens?" (round 55): the contact answer
alone left the date unanswered. The next call's date is said first, from the call data: the newer call's
closing date, else plainly that no newer call is known (the contacts follow, they know)."""
from __future__ import annotations

from actions import i18n
from actions.calls import call_name, closes
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def next_call_date_line(turn: Turn) -> bool:
    """Whether the message asks when the next call opens, with its date or "not known" said."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or "?" not in text or not has("next_call_when", text):
        return False
    from actions.later import newer_call

    if not has("next_call", text):
        return False
    newer = newer_call(str(call_id))
    if newer:
        date = closes(newer)
        turn.say(t(turn.lang, "next_call_known", call=call_name(newer, turn.lang),
                   date=i18n.fmt_date(date.isoformat(), turn.lang) if date else "?"))
    else:
        turn.say(t(turn.lang, "next_call_unknown_date"))
    return True
