"""Dates said in part, completed from the conversation before they become slot values (actions/facts.py):
- a day and month without a year take the year that puts them near the stay already given (or the start month
  whose day is asked: "say 1 feb" for February 2027 is 1 February 2027), else inside the call's application
  and mobility period (Lucca: "in June" is June 2016, whatever today is), never simply the next occurrence
  after today;
- a day without a month ("until the 15th", "jusqu'au 15") takes the month just named or the stay's
  (actions/lonedays.py);
- a month without a day as the start ("4 dagen in januari") is kept open in `start_month` and its day asked,
  never taken as the 1st in silence; a month as the end, or a range of months, takes the first or last day and
  the reply says the day was not said (`assumed`);
- one date said without a cue after the whole stay ("no, mid July", with 1 April - 30 June stored) moves the
  end: as the start it would make the stay impossible.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from rasa_sdk import Tracker

from actions import yearfix
from actions.casedates import open_case
from actions.lonedays import date_of as _date_of
from actions.lonedays import days_alone, pending_month
from actions.lonedays import moved as _moved
from actions.lonedays import stored as _stored
from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS

STAY = STAY_DATE_SLOTS
YEAR_RX = re.compile(r"\b(19|20)\d\d\b")
YEAR_AFTER_RX = re.compile(r"^\W{0,3}(?:of |de |di |van )?(19|20)\d\d\b")  # "June of 2016", "juin (2016)"
APPLICATION_YEAR = dt.timedelta(days=365)  # a call that prints no opening date took applications for a year
MONTH_END_REACH = 25  # characters before a month searched for "the end of", "fin", "eind", "fine"


def said_year(text: str, ent: dict[str, Any]) -> bool:
    """Whether the year of a date was said: in its own words (a year elsewhere, "the 2015/2016 call, I'd go
    in June", says nothing about June); without offsets, anywhere in the message."""
    start, end = ent.get("start"), ent.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return bool(YEAR_RX.search(text))
    return bool(YEAR_RX.search(text[start:end]) or YEAR_AFTER_RX.match(text[end:end + 12]))


def call_of(tracker: Tracker, entities: list[dict[str, Any]]) -> str | None:
    """The call the conversation is about, or the one this message names."""
    from actions.calls import call_ids, pick

    if tracker.get_slot("call"):
        return str(tracker.get_slot("call"))
    for ent in entities:
        if ent.get("entity") == "call" and ent.get("value") in call_ids():
            return str(ent["value"])
        if ent.get("entity") == "institution" and isinstance(ent.get("value"), str) and pick(ent["value"]):
            return pick(ent["value"])
    return None


def period(call_id: str) -> tuple[dt.date, dt.date] | None:
    """From the call's first application day (or the year before its deadline or first mobility day) to its
    last mobility day: Lucca 18 January 2015 - 30 September 2016."""
    from actions.profile import core, today

    try:
        status = core().call_status(call_id, today())
    except Exception:  # an unknown or broken call: dates stay as the NLU read them
        return None
    days = {k: dt.date.fromisoformat(v) for k, v in status.items() if k != "call" and _iso(v)}
    last = days.get("mobility_to") or days.get("closes")
    firsts = [days[k] for k in ("closes", "mobility_from") if k in days]
    if last is None or not (days.get("opens") or firsts):
        return None
    return days.get("opens") or min(firsts) - APPLICATION_YEAR, last


def _iso(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 10 and value[:4].isdigit()


def with_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def in_call_years(call_id: str | None, day: dt.date) -> dt.date:
    """The day moved to the year that puts it inside the call's period (the nearest such year to the year
    read, when the period spans more than one); a day already inside stays."""
    bounds = period(call_id) if call_id else None
    if bounds is None or bounds[0] <= day <= bounds[1]:
        return day
    first, last = bounds
    options = [d for y in range(first.year, last.year + 1) if (d := with_year(day, y)) and first <= d <= last]
    return min(options, key=lambda d: abs((d - day).days)) if options else day


def near(day: dt.date, anchor: dt.date) -> dt.date:
    """"du 7 au 25 juin" said to correct a stay in June 2027 is June 2027: the year nearest the stay."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := with_year(day, y))]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else day


def place_years(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stay's dates said without a year: near the stay already given, else in the call's years (a date
    another call of the same institution holds stays there: it answers from that call)."""
    dates = [e for e in entities if e.get("entity") in STAY and not e.get("anchored")]
    if not dates:
        return entities
    if any(said_year(text, e) for e in dates):
        return _year_carried(text, entities)  # "1 to 15 March 2016": a year said once holds for the range
    # A start month waiting for its day places the year too: "say 1 feb" answering "On which day in February
    # 2027?" is 1 February 2027 (round 32 moved it into the ended call's 2016). In an ended call's past case,
    # its dates are the ones corrected ("same week in 2026 is 9 to 13 March": the case's, not the plan's).
    anchor = (None if has("real_trip", text) else open_case(tracker)) or _stored(tracker, "start_date") \
        or _stored(tracker, "end_date") or pending_month(tracker)
    call_id = call_of(tracker, entities)
    if anchor is None and call_id is None:
        return entities
    from actions.calls import call_for_dates

    moved: dict[int, dict[str, Any]] = {}
    for ent in dates:
        day = _date_of(ent)
        if anchor is not None:
            moved[id(ent)] = _moved(ent, near(day, anchor))
        elif call_for_dates(str(call_id), day) is None:
            moved[id(ent)] = _moved(ent, in_call_years(call_id, day))
    starts = [moved[id(e)] for e in dates if id(e) in moved and e.get("entity") == "start_date"]
    first = _stored(tracker, "start_date")
    for ent in dates:  # "from November to February": moved one by one, the end still comes after the start
        new = moved.get(id(ent))
        if new and ent.get("entity") == "end_date" and not starts and first \
                and _date_of(new) < first <= _date_of(ent):
            # "fine agosto, intendo il 31" with the start on 1 February 2016: 31 August 2016 as read, not the
            # 2015 one nearer the start (an end the NLU read before the start is still said to be so).
            moved[id(ent)] = _moved(new, _on_or_after(_date_of(new), first))
        elif new and ent.get("entity") == "end_date" and starts and new["value"] < _own_start(ent, starts):
            later = with_year(_date_of(new), _date_of(new).year + 1)
            moved[id(ent)] = _moved(new, later) if later else new
    return [moved.get(id(e), e) for e in entities]


def _year_carried(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A year said with one end of a range holds for the other: "1st sept 2026, till end of november" ends on
    30 November 2026 (round 37 read 2025, before the start, and left the end open). Only a date read on the
    wrong side of its range's other end moves; one said with its own year stays as said."""
    dates = sorted((e for e in entities if e.get("entity") in STAY and isinstance(e.get("start"), int)),
                   key=lambda e: e["start"])
    moved: dict[int, dict[str, Any]] = {}
    for i, ent in enumerate(dates):
        if said_year(text, ent) or ent.get("anchored"):
            continue
        day = _date_of(ent)
        starts = [d for d in dates[:i] if d.get("entity") == "start_date" and said_year(text, d)]
        ends = [d for d in dates[i + 1:] if d.get("entity") == "end_date" and said_year(text, d)]
        if ent.get("entity") == "end_date" and starts and day < _date_of(starts[-1]):
            moved[id(ent)] = _moved(ent, _on_or_after(day, _date_of(starts[-1])))
        elif ent.get("entity") == "start_date" and ends and day > _date_of(ends[0]):
            last = _date_of(ends[0])
            options = [d for y in (last.year, last.year - 1) if (d := with_year(day, y)) and d <= last]
            moved[id(ent)] = _moved(ent, options[0]) if options else ent
    return [moved.get(id(e), e) for e in entities]


def _own_start(end: dict[str, Any], starts: list[dict[str, Any]]) -> str:
    """The start of the end's own range, the last one said before it: "where did 26 april come from? my dates
    are 13 to 24 april" puts 24 April after 13 April, not a year after 26 April (round 36)."""
    said = [s for s in starts if isinstance(s.get("start"), int) and isinstance(end.get("start"), int)
            and s["start"] < end["start"]]
    return str(max(said, key=lambda s: s["start"])["value"] if said else starts[0]["value"])


def _on_or_after(day: dt.date, first: dt.date) -> dt.date:
    """The day in the first year that puts it on or after `first`."""
    options = [d for y in (first.year, first.year + 1) if (d := with_year(day, y)) and d >= first]
    return options[0] if options else day


def after_the_stay(tracker: Tracker, asked: str | None, entities: list[dict[str, Any]],
                   cued: bool) -> list[dict[str, Any]]:
    """"no, mid JULY, like 15 July 2026" with 1 April - 30 June stored: one date said without a cue, after
    the whole stay, is its new end (as the start it would come after the end)."""
    dates = [e for e in entities if e.get("entity") in STAY]
    start, end = _stored(tracker, "start_date"), _stored(tracker, "end_date")
    one = {e.get("entity") for e in dates} == {"start_date"} and len({e.get("value") for e in dates}) == 1
    if cued or asked in STAY or not one or start is None or end is None or _date_of(dates[0]) < end:
        return entities  # (on the end itself: the end said again)
    said = _date_of(dates[0])
    if dates[0].get("month_only") and said.month == start.month and said.year != start.year:
        # "mon stage serait en avril 2027, pas en 2016" with 1 April - 30 June 2016 stored: the start's own
        # month in another year is the same stay moved (yearfix.same_month_moved), not a new end (round 63
        # noted "date de fin: 30 juin 2016 → 30 avril 2027")
        return entities
    return [{**e, "entity": "end_date"} if e.get("entity") == "start_date" else e for e in entities]


def month_alone(tracker: Tracker, asked: str | None, text: str, entities: list[dict[str, Any]],
                values: dict[str, Any], cued: bool) -> tuple[list[dict[str, Any]], set[str]]:
    """A month said without its day. Alone as the start, it waits in `start_month` and the day is asked; as
    the end ("until June", or "June" answering "when would it end?") it is the last day; in a range the first
    and last days. Returns the entities left and the values whose day was assumed."""
    dates = [e for e in entities if e.get("entity") in STAY]
    if len(dates) == 1 and dates[0].get("month_only") and not dates[0].get("anchored") \
            and not has("what_if", text):
        ent = dates[0]
        if ent.get("entity") == "start_date" and asked == "end_date" and not cued:
            entities = [{**e, "entity": "end_date"} if e is ent else e for e in entities]
        elif ent.get("entity") == "start_date" and yearfix.same_month_moved(tracker, str(ent["value"]),
                                                                            values):
            return [e for e in entities if e is not ent], set()  # the same stay in another year
        elif ent.get("entity") == "start_date":
            stored = tracker.get_slot("start_date")
            if not (isinstance(stored, str) and stored[:7] == str(ent["value"])[:7]):
                values["start_month"] = str(ent["value"])[:7]
                if stored:  # "from June" after a start in May: the new month's day is asked
                    values["start_date"] = None
            return [e for e in entities if e is not ent], set()  # (the start's own month: it stays)
    entities = [_stored_day(tracker, text, e) for e in entities]
    # A month as the end is its last day, also when the cue was found here, not by the NLU ("I end in June").
    entities = [_moved(e, _last_day(_date_of(e))) if e.get("month_only") and e.get("entity") == "end_date"
                else e for e in entities]
    said = [e for e in entities if e.get("entity") in STAY]
    # ("September 2026 to January 2027, so 1 Sept 2026 - 31 Jan 2027": the days were said after all; "fino a
    # fine luglio", "until the end of July" name the last day)
    told = {str(e.get("value")) for e in said if not e.get("month_only") or _month_end_said(text, e)}
    return entities, {str(e.get("value")) for e in said if e.get("month_only")} - told


def _stored_day(tracker: Tracker, text: str, ent: dict[str, Any]) -> dict[str, Any]:
    """"Non, je garde février à avril" with 1 February - 30 April stored: a month said for the date that is
    already in that month keeps its day, unchanged and not asked (round 26 noted both dates again, "the day
    was not said"). "Until the end of April" names the last day: that day is said."""
    stored = tracker.get_slot(str(ent.get("entity")))
    if not ent.get("month_only") or ent.get("entity") not in STAY or _month_end_said(text, ent) \
            or not (isinstance(stored, str) and stored[:7] == str(ent.get("value"))[:7]):
        return ent
    return {**{k: v for k, v in ent.items() if k != "month_only"}, "value": stored[:10], "restated": True}


def _month_end_said(text: str, ent: dict[str, Any]) -> bool:
    """"(until) the end of July", "fin juillet", "eind juli", "fine luglio": the month's last day, said."""
    start = ent.get("start")
    return ent.get("entity") == "end_date" and isinstance(start, int) \
        and has("month_end_before", text[max(0, start - MONTH_END_REACH):start])


def _last_day(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def complete(tracker: Tracker, asked: str | None, text: str, entities: list[dict[str, Any]], cued: bool,
             values: dict[str, Any]) -> tuple[list[dict[str, Any]], set[str]]:
    """Every date said in part completed, in this order (a day alone needs the stay's month before the years
    are placed; a month alone waits once its year is known). Returns the dates left and the values whose day
    was assumed."""
    month = pending_month(tracker)
    if asked == "start_date" and month and has("dont_know", text) \
            and not any(e.get("entity") in STAY for e in entities):
        # "I don't know the day yet": the month's 1st, said as assumed (a length waiting gives the end).
        entities = [*entities, {"entity": "start_date", "value": month.isoformat(), "month_only": True,
                                "anchored": True}]
    entities = days_alone(tracker, asked, text, entities, cued)
    entities = place_years(tracker, text, entities)
    entities = after_the_stay(tracker, asked, entities, cued)
    return month_alone(tracker, asked, text, entities, values, cued)


def settle(tracker: Tracker, values: dict[str, Any], assumed: set[str]) -> set[str]:
    """Once the message is read: the start's month no longer waits when a start is given; returns the stay's
    fields whose day was assumed."""
    if values.get("start_date") and tracker.get_slot("start_month"):
        values["start_month"] = None
    return {name for name in STAY if values.get(name) in assumed}
