"""Days said without their month ("until the 15th", "le 12", "partirei la sera del 19 e tornerei il 23"),
given a month from the conversation before the years are placed (actions/partial_dates.py complete):
- right after a month said without its day, the day is that month's and has its role: "ça finirait fin
  juin, le 30" is the end, 30 June (the day alone had been read as a start in October, then 30 June);
- otherwise the month of the date said just before it in the message ("la formazione è dal 20 al 22
  aprile, ma partirei la sera del 19": 19 April), else the stay's: an end takes the start's month (or the
  next one when that day comes before the start), a start the end's month or an earlier one inside the stay,
  never a month before the stay (round 20: "il 23" with a stay of 20-22 April was made 23 March);
- "le 12" while the start's month is pending is that month's 12th;
- a day said to restate a date ("fine agosto intendo il 31", "I mean the 31st" with the end on 31 August) is
  that date's day: round 21 made "il 31" a start on 31 August and the 31 a count of Erasmus months.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES
from actions.stayslots import STAY_DATE_SLOTS

STAY = STAY_DATE_SLOTS
APPOSITION_RX = re.compile(r"\s*[,(]?\s*")  # "fin juin, le 30", "end of June (the 30th)"
RESTATING_REACH = 24  # characters before a day searched for "I mean", "intendo" (a short aside, no sentence)


def date_of(ent: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(str(ent["value"])[:10])


def moved(ent: dict[str, Any], day: dt.date, **more: Any) -> dict[str, Any]:
    return {**ent, "value": day.isoformat(), **more}


def stored(tracker: Tracker, name: str) -> dt.date | None:
    value = tracker.get_slot(name)
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def pending_month(tracker: Tracker) -> dt.date | None:
    """The first day of the month the start was said in, while its day is asked."""
    month = tracker.get_slot("start_month")
    try:
        return dt.date.fromisoformat(f"{month}-01") if isinstance(month, str) else None
    except ValueError:
        return None


def day_from(anchor: dt.date, day: int, step: int, months: int = 3) -> dt.date | None:
    """That day in the anchor's month, else in the following (step 1) or preceding (step -1) months, on the
    anchor's side: the first of `months` months that has it."""
    year, month = anchor.year, anchor.month
    for _ in range(months):
        if day <= calendar.monthrange(year, month)[1]:
            found = dt.date(year, month, day)
            if (found - anchor).days * step >= 0:
                return found
        month += step
        year, month = (year + 1, 1) if month == 13 else (year - 1, 12) if month == 0 else (year, month)
    return None


def appositions(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"fin juin, le 30", "Début février 2026, le 2": a day right after a month said without its day is that
    month's day, with the month's role; the two are one date, said over both mentions (so a year said with the
    month counts for the day)."""
    months = [e for e in entities if e.get("entity") in STAY and e.get("month_only")
              and isinstance(e.get("end"), int)]
    joined: dict[int, dict[str, Any]] = {}
    for ent in entities:
        start = ent.get("start")
        if not ent.get("day_only") or not isinstance(start, int):
            continue
        month = next((m for m in months if m["end"] <= start and _apposed(text[m["end"]:start])), None)
        if month is None:
            continue
        try:
            day = date_of(month).replace(day=date_of(ent).day)
        except ValueError:  # "June, the 31st"
            continue
        joined[id(month)] = {key: value for key, value in moved(ent, day, entity=month["entity"],
                                                                 start=month["start"]).items()
                             if key != "day_only"}
        joined[id(ent)] = {}
    return [joined.get(id(e), e) for e in entities if joined.get(id(e), e)]


def _apposed(gap: str) -> bool:
    """Whether the words between a month and a day join them: nothing but a comma, or "I mean" ("fine agosto
    intendo il 31", "end of August, I mean the 31st")."""
    short = len(gap) <= RESTATING_REACH and not re.search(r"[\d.?!;]", gap)
    return bool(APPOSITION_RX.fullmatch(gap)) or (short and bool(PHRASES["i_mean"].search(gap)))


def restated(tracker: Tracker, text: str, ent: dict[str, Any]) -> dict[str, Any] | None:
    """"I mean the 31st" with the stay ending on 31 August: the stored date with that day, said again (None
    when no stored date, or both, have that day)."""
    start = ent.get("start")
    before = text[max(0, start - RESTATING_REACH):start] if isinstance(start, int) else ""
    if not PHRASES["i_mean"].search(before):
        return None
    day = date_of(ent).day
    same = [(name, found) for name in STAY if (found := stored(tracker, name)) and found.day == day]
    return moved(ent, same[0][1], entity=same[0][0], anchored=True) if len(same) == 1 else None


def days_alone(tracker: Tracker, asked: str | None, text: str, entities: list[dict[str, Any]],
               cued: bool) -> list[dict[str, Any]]:
    """"Until the 15th." with the start on 9 March is 15 March (5 April for "until the 5th"); see the module's
    docstring for the months. A day nothing places keeps the NLU's next such day when it answers the date
    asked or has its cue, and is left out otherwise ("the 3rd." said in passing)."""
    entities = appositions(text, entities)
    dates = [e for e in entities if e.get("entity") in STAY]
    out = []
    for ent in entities:
        if not ent.get("day_only"):
            out.append(ent)
            continue
        again = restated(tracker, text, ent)
        if again is not None:
            out.append(again)
            continue
        role = str(ent.get("entity"))
        if role == "start_date" and asked == "end_date" and not cued:
            role = "end_date"  # "le 15" answering "when would it end?"
        day = date_of(ent).day
        others = {str(e.get("entity")): date_of(e) for e in dates if not e.get("day_only")}
        named = _named_before(dates, ent)
        month = pending_month(tracker)
        start = others.get("start_date") or stored(tracker, "start_date") or month
        end = others.get("end_date") or stored(tracker, "end_date")
        if role == "end_date" and start:
            in_named = day_from(named, day, step=1, months=1) if named else None
            found = in_named if in_named and in_named >= start else day_from(start, day, step=1)
        elif role == "end_date" and named:
            found = day_from(named, day, step=1, months=1)
        elif role == "start_date" and month:
            found = day_from(month, day, step=1, months=1)
        elif role == "start_date" and named:
            found = day_from(named, day, step=1, months=1)
        elif role == "start_date" and end:
            found = _start_in_stay(stored(tracker, "start_date"), end, day)
        elif role == asked or role == "end_date" or PHRASES["start_word"].search(text):
            out.append({**ent, "entity": role})  # nothing to place it by: the next such day from today
            continue
        else:
            continue
        if found is not None:  # (none: "le 31" in February, asked again)
            out.append(moved(ent, found, entity=role, anchored=True))
    return out


def _named_before(dates: list[dict[str, Any]], ent: dict[str, Any]) -> dt.date | None:
    """The first day of the month of the date said last before the day, in the same message."""
    start = ent.get("start")
    said = [e for e in dates if not e.get("day_only") and isinstance(e.get("end"), int)
            and isinstance(start, int) and e["end"] <= start]
    return date_of(max(said, key=lambda e: e["end"])).replace(day=1) if said else None


def _start_in_stay(first: dt.date | None, end: dt.date, day: int) -> dt.date | None:
    """A start day: in the end's month or an earlier one back to the stay's first month, else in the stay's
    first month (a start after the end is said as such, never moved to a month before the stay)."""
    if first is None or first > end:
        return day_from(end, day, step=-1)
    months = (end.year - first.year) * 12 + end.month - first.month + 1
    found = day_from(end, day, step=-1, months=months)
    if found is None and day <= calendar.monthrange(first.year, first.month)[1]:
        found = first.replace(day=day)
    return found
