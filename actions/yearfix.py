"""A year said with the one it replaces: "wait, 2027 not 2016!", "c'est 2027, pas 2016", "2027, niet 2016",
"2027 non 2016" (phrases.yaml `year_instead`). The NLU reads no date in it, so round 32 noted only the other
fact of the message and judged the stay of 2016 the person had just corrected. The stay's stored dates (or the
start month whose day is asked) in the replaced year move by the years between the two, and the dialogue says
"Updated: old → new" as for any replaced date. Used by actions/facts.py once the message's dates are read."""
from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Tracker

from actions.lonedays import stored
from actions.phrases import PHRASES
from actions.stayslots import STAY_DATE_SLOTS

STAY = STAY_DATE_SLOTS


def years_said(text: str) -> tuple[int, int] | None:
    """(replaced year, new year) when the message says one year instead of another."""
    for form in ("new_first", "old_first"):
        found = PHRASES["year_instead"][form].search(text)
        if found and found.group("old") != found.group("new"):
            return int(found.group("old")), int(found.group("new"))
    return None


def moved_by(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without it
        return day.replace(year=day.year + years, day=28)


def year_corrected(tracker: Tracker, text: str, values: dict[str, Any]) -> None:
    """The stay moved to the year said instead of the stored one; nothing when the message gives dates of its
    own (they stand as said) or no stored date is in the replaced year ("the 2015/2016 call, not 2014")."""
    if any(values.get(name) for name in STAY):
        return
    years = years_said(text)
    if years is None:
        return
    old, new = years
    held = {name: day for name in STAY if (day := stored(tracker, name))}
    if any(day.year == old for day in held.values()):
        # The whole stay moves: an end in the year after the start stays in the year after the new start.
        values.update({name: moved_by(day, new - old).isoformat() for name, day in held.items()})
        return
    month = tracker.get_slot("start_month")
    if not held and isinstance(month, str) and month[:4] == str(old):
        values["start_month"] = f"{new}{month[4:]}"


def same_month_moved(tracker: Tracker, month: str, values: dict[str, Any]) -> bool:
    """"nee, februari 2027 is wanneer ik zou vertrekken" or "voor februari 2027, moet ik ... aanvragen?" with
    1 February - 31 May 2026 stored: the start's own month said in another year is the same stay in that
    year, both dates moved by the years between (as "2027, not 2026" moves it); round 36 kept the start in
    2026 and asked its day again. Returns whether the stay was moved into `values`."""
    held = {name: day for name in STAY if (day := stored(tracker, name))}
    start = held.get("start_date")
    if start is None or "end_date" not in held or month[5:7] != f"{start.month:02d}" \
            or month[:4] == str(start.year) or not month[:4].isdigit():
        return False
    years = int(month[:4]) - start.year
    values.update({name: moved_by(day, years).isoformat() for name, day in held.items()})
    return True


def without_year_pair(text: str) -> str:
    """The message without its "not 2016 but 2027": that "not", "niet", "non" answers no yes/no or "how many
    months?" question (round 32 read "niet 2016 maar 2027" as 0 earlier Erasmus months)."""
    for form in ("new_first", "old_first"):
        text = PHRASES["year_instead"][form].sub(" ", text)
    return text
