""""Is the Erasmus call still open?" before the institution is known: when every call served has ended, that
is the answer, each call with its last day (round 28: only the greeting, then "which institution?"); the
institution is asked after it, as when some call is open."""
from __future__ import annotations

from actions.i18n import t
from actions.turn import Turn


def every_call_ended(turn: Turn) -> bool:
    """Says that each call has ended and since when, yes or no first; whether every call had."""
    from actions.calls import call_ids, status_of
    from actions.closedline import closed_line
    from actions.endedcall import asks_status

    statuses = {c: status_of(c) for c in call_ids()}
    if not statuses or any(s["status"] != "closed" for s in statuses.values()):
        return False
    lines = [closed_line(s, turn.lang) for s in sorted(statuses.values(), key=lambda s: str(s["closes"]),
                                                         reverse=True)]
    # "is it still open?": "No"; "has it ended?": "Yes"; either way each call's last day.
    key = "answer_yes" if asks_status(turn.question) == "yes" else "answer_no"
    turn.say("\n".join([t(turn.lang, key, answer=t(turn.lang, "calls_all_ended")), *lines]))
    return True


def institution_first(turn: Turn) -> str:
    """The status asked with no institution known: every call's end when all have ended, then which
    institution (the status of its call comes once it is named)."""
    from actions.flow import ask

    every_call_ended(turn)
    turn.set("goal", "eligibility")
    ask(turn, "call")
    return "done"
