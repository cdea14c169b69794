"""The dates of an ended call's past case as the fact reader needs them, kept below actions/pastcase.py (which
needs a Turn) so the reader imports no dialogue code: the case being discussed, whose year a date said
without one takes, and a week moved by whole weeks so its weekdays stay.

Round 37: with the plan on 8-12 March 2027 and the case on March 2026, "small correction, same week in 2026
is 9 to 13 March" was placed in 2027 and written into the plan ("Updated: end date: 12 March 2027 -> 13 March
2027"); and "if it had been March 2026, same week" made 8-12 March 2026, Sunday to Thursday."""
from __future__ import annotations

import datetime as dt

from rasa_sdk import Tracker

PAST = "_past"  # what_if_case's key for the ended call's past case (actions/pastcase.py)
LEFT = "left"  # in that case: left for the own plan, kept to be recalled ("for the 2026 what-if ...")


def open_case(tracker: Tracker) -> dt.date | None:
    """The start of the past case the conversation is in (kept aside, not left, the case judged)."""
    case = tracker.get_slot("what_if_case")
    past = case.get(PAST) if isinstance(case, dict) else None
    if tracker.get_slot("hypothetical") is not True or not isinstance(past, dict) or past.get(LEFT) \
            or not isinstance(past.get("start_date"), str):
        return None
    try:
        return dt.date.fromisoformat(past["start_date"][:10])
    except ValueError:
        return None


def same_weekday_near(day: dt.date, target: dt.date) -> dt.date:
    """The day moved by the whole number of weeks that brings it nearest `target`: a Monday stays a Monday
    (8 March 2027 to March 2026 is Monday 9 March 2026, not Sunday the 8th)."""
    return day + dt.timedelta(weeks=round((target - day).days / 7))
