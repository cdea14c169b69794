"""What comes before the next question: "am I eligible?" asked while a fact that decides is still missing gets
"I can't tell yet: it depends on ..." first, not the pending question again with nothing else (round 32); a
visiting student asked for their role is told first that they are not one of the institution's students
(actions/visiting.py). Used by actions/flow.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn
from actions.visiting import visiting_line


def before_question(turn: Turn, changed: str | None, to_ask: list[str],
                    decision: dict[str, Any] | None = None, case: bool = False) -> None:
    """`case`: a what-if asked for its amount or date that `to_ask` decides (actions/casefact.py): said so
    whatever else the message noted, and that the amount or date comes with the answer."""
    if to_ask[0] == "role":
        line = visiting_line(turn.get("call"), turn.text, turn.lang)
        if line:
            turn.say(line)
    # Only a verdict asked instead of an answer (typed, or its button: "am I eligible?" is the button's
    # title): a message with new facts has its "Noted:" line and the interim status, and the first question
    # of a conversation is no repeat.
    pending = turn.tracker.get_slot("asked")
    asks_verdict = turn.intent == "check_eligibility" or has("verdict_question", turn.text)
    fields = ", ".join(i18n.label(turn.lang, "fields", name) for name in to_ask)
    if case:
        turn.say(t(turn.lang, f"cant_tell_yet_{turn.get('goal')}", fields=fields))
    elif asks_verdict and not changed and pending and not (to_ask[0] == "prior_erasmus_months"
                                                           and turn.cycle_said):
        turn.say(t(turn.lang, "cant_tell_yet", fields=fields))
        # The date to apply by is known once the departure is: said now, whatever the missing fact decides
        # (round 40: "c'est bon ?" with only the host type open gave no date at all).
        apply_by = ((decision or {}).get("deadlines") or {}).get("apply_by")
        start = turn.get("start_date")
        if apply_by and start:
            turn.say(t(turn.lang, "deadline_apply_by_for", date=i18n.fmt_date(apply_by, turn.lang),
                       start=i18n.fmt_date(start, turn.lang)))
