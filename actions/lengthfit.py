"""The kind of mobility the stay's length leaves, when the person has not named it.

Round 41: an ITM PhD student wrote "research stay for my PhD at Univ of Cape Town, 13 april - 1 may 2026"
and was asked "What kind of mobility do you have in mind?" with three buttons ("i already said, research
stay"). Of the kinds the call opens to a PhD student only the short-term doctoral mobility (5-30 days) admits
19 days, and its limits lie apart from the others' (2-12 months): the length says which it is. Where limits
overlap (IMT Lucca: traineeship from 2 months, study from 3) the length says nothing about what the person
wants to do, and the question stays.
"""

from __future__ import annotations

import logging
from typing import Any

from actions.i18n import label, t
from actions.turn import Turn

logger = logging.getLogger(__name__)

DAYS_PER = {"days": 1, "months": 30}  # the limits' units as days, 30-day months as Erasmus counts them


def activity_by_length(turn: Turn, dates: dict[str, Any] | None = None) -> str | None:
    """Take the one kind of mobility open to the role whose length limits admit the stay: the line that says
    so (None when the length does not tell). `dates`: the start and end judged instead of the person's (an
    ended call's amounts are judged on days inside its period, actions/endedamount.py)."""
    call_id, role = turn.get("call"), turn.get("role")
    dates = dates or own_dates(turn)
    if turn.get("activity") or not call_id or not role or not dates:
        return None
    from actions.eligibility import activities_for

    limits: dict[str, tuple[float, float, str]] = {}
    for activity in activities_for(call_id, role):
        found = _limits(call_id, role, activity, turn.lang)
        if found is None:
            return None  # a kind without one clear range: the length cannot tell them apart
        limits[activity] = found
    fits = [a for a in limits if _fits(turn, a, dates)]
    if len(limits) < 2 or len(fits) != 1:
        return None
    low, high, shown = limits[fits[0]]
    # Only a range apart from every other kind's: a length inside two ranges leaves the choice to the person.
    if any(not (high < lo or low > hi) for a, (lo, hi, _) in limits.items() if a != fits[0]):
        return None
    turn.set("activity", fits[0])
    what = label(turn.lang, "activities", fits[0])
    return t(turn.lang, "activity_by_length", activity=what, limits=shown)


def _limits(call_id: str, role: str, activity: str, lang: str) -> tuple[float, float, str] | None:
    """The activity's length limits in days, and as said ("5 days to 30 days"); None without one rule."""
    from actions.cycleq import resolved_params
    from actions.lengthq import duration_rules
    from rules_core.messages import fmt_amount

    rules = [r for r in duration_rules(call_id, role, activity) if r.applies_to.activities]
    if len(rules) != 1:
        return None
    params = resolved_params(call_id, rules[0])
    low, high, unit = params.get("min"), params.get("max"), str(params.get("unit"))
    if unit not in DAYS_PER or not isinstance(low, int | float) or not isinstance(high, int | float):
        return None
    shown = t(lang, "length_range", min=fmt_amount(low, unit, lang), max=fmt_amount(high, unit, lang))
    return low * DAYS_PER[unit], high * DAYS_PER[unit], shown


def own_dates(turn: Turn) -> dict[str, Any] | None:
    """The stay's dates; for a month and a length without the day ("12 jours en mars 2027", round 45), the
    month's first day and the length from it (the length, all the kinds' limits read, is the same whatever
    the day); None without a length."""
    start, end = turn.get("start_date"), turn.get("end_date")
    if start and end:
        return {"start_date": start, "end_date": end}
    month, duration = turn.get("start_month"), turn.get("duration")
    if start or not month or not duration:
        return None
    import datetime as dt

    from actions.profile import end_from_duration

    first = dt.date.fromisoformat(f"{month}-01")
    last = end_from_duration(first, str(duration))
    return {"start_date": first.isoformat(), "end_date": last.isoformat()} if last else None


def _fits(turn: Turn, activity: str, dates: dict[str, Any]) -> bool:
    """The rules core finds no length limit broken with this activity."""
    from actions.askabout import evaluate_with

    try:
        decision: dict[str, Any] = evaluate_with(turn, activity=activity, **dates)
    except Exception as err:  # an invalid profile: the question is asked as usual
        logger.debug("no length check: %s", type(err).__name__)
        return False
    return not any(f.get("kind") == "duration_range" for f in decision.get("failed") or [])
