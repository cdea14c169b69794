""""dus dat mag gewoon, 5 maanden?", "Une semaine du lundi au vendredi, c'est une durée acceptable ?",
"5 jours, c'est assez long pour être accepté ?": a yes/no question whether the person's own stay is
acceptable, answered by actions/lengthq.py with the rules core's duration check for their plan, yes or no
first. Round 24 got the call's whole durations paragraph (staff, blended, doctoral...) and the travel support
instead.

The question names the stay's length (a length matching the stored dates, or a word for length) and whether
it is fine; a length other than the plan's is a case of its own ("would 3 months be fine?"), and a question
that also names a place, a host or a kind of mobility is about that, not the length."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions.phrases import has
from actions.turn import Turn

# How far the end of a length said in words ("une semaine", "5 maanden") may fall from the stored end and
# still be the same stay (Monday to Friday is "a week"): a few days, or a tenth of a long stay.
SAME_STAY_DAYS = 3
SAME_STAY_SHARE = 10
OTHER_SUBJECTS = ("country", "city", "receiving_org", "activity", "role")


def own_length_asked(turn: Turn, question: str) -> bool:
    start, end = _dates(turn)
    if start is None or end is None or turn.what_if or "?" not in question:
        return False
    if not (has("acceptable_question", question) or has("enough_words", question)) \
            or has("wh_start", question.lower()):  # ("is 2 months enough?": round 50)
        return False
    lo = max(turn.text.find(question), 0)
    inside = [e for e in turn.entities
              if isinstance(e.get("start"), int) and lo <= int(e["start"]) < lo + len(question)]
    if any(e.get("entity") in OTHER_SUBJECTS for e in inside):
        return False
    lengths = [str(e.get("value")) for e in inside if e.get("entity") == "duration"]
    if not lengths:
        return has("length_words", question)
    return all(same_stay(start, end, value) for value in lengths)


def same_stay(start: dt.date, end: dt.date, duration: str) -> bool:
    from actions.profile import end_from_duration

    said_end = end_from_duration(start, duration)
    if said_end is None:
        return False
    room = max(SAME_STAY_DAYS, ((end - start).days + 1) // SAME_STAY_SHARE)
    return abs((said_end - end).days) <= room


def _dates(turn: Turn) -> tuple[Any, Any]:
    try:
        start, end = (dt.date.fromisoformat(str(turn.get(name))) for name in ("start_date", "end_date"))
        return start, end
    except ValueError:  # a date not given (None) or not a date: no stay to check
        return None, None
