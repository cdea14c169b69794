""""are 2 months enough for a traineeship?", "2 mois suffisent pour un stage ?", "is 2 maanden genoeg voor een
stage?", "2 mesi bastano per un tirocinio?": whether a length the person names is enough for a kind of
mobility, answered yes or no first by the rules core's duration check of a stay of that length (round 62 got
"I can't find the answer in the call" and the call's published amounts: the NLU read "bastano" as a grant
question). The stay starts on the person's start date, else on the first day of next month (30-day months
from a first day count whole months, as Erasmus does); only the duration check is read from that decision.
The person's own stay, said with that length, is actions/ownlength.py's."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from actions.phrases import has
from actions.turn import Turn

logger = logging.getLogger(__name__)
ENOUGH_KEYS = ("enough_words", "length_enough", "length_question")


def said_length(turn: Turn, question: str) -> str | None:
    """The one length (ISO 8601) the question names and asks whether it is enough or fits, else None."""
    if "?" not in question or not any(has(key, question) for key in ENOUGH_KEYS):
        return None
    lo = max(turn.text.find(question), 0)
    lengths = {str(e.get("value")) for e in turn.entities if e.get("entity") == "duration"
               and isinstance(e.get("start"), int) and lo <= int(e["start"]) < lo + len(question)}
    return lengths.pop() if len(lengths) == 1 else None


def said_length_check(turn: Turn, length: str, activity: str | None, ids: set[str]) -> tuple[str, str] | None:
    """The rules core's duration check ("✓", its sentence) of a stay of `length` for `activity`."""
    from actions.profile import end_from_duration, today

    try:
        start = dt.date.fromisoformat(str(turn.get("start_date")))
    except ValueError:  # no start said: the first day of next month
        now = today()
        start = (now.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    end = end_from_duration(start, length)
    if end is None:
        return None
    slots: dict[str, Any] = {"start_date": start.isoformat(), "end_date": end.isoformat(), "duration": None}
    if activity:
        slots["activity"] = activity
    return length_check(turn, ids, **slots)


def length_check(turn: Turn, ids: set[str], **slots: Any) -> tuple[str, str] | None:
    """The rules core's check by one of the rules `ids` ("✓" or "✗", its sentence) of the person's stay, with
    these slots instead of theirs; None when no such rule is checked or the profile cannot be judged."""
    from actions.askabout import evaluate_with

    try:
        decision = evaluate_with(turn, **slots)
    except Exception as err:  # an incomplete or invalid profile: the limits alone
        logger.debug("no length check: %s", type(err).__name__)
        return None
    for mark, entries in (("✗", decision.get("failed")), ("✓", decision.get("passed"))):
        found = next((e for e in entries or [] if e.get("rule") in ids), None)
        if found:
            return mark, str(found.get("explanation"))
    return None
