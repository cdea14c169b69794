"""Years of dates found in one message, set from each other: a day said twice ("mid July, like 15 July 2026")
takes the year said once, and a start whose year was guessed moves back a year when the end said with it would
otherwise come first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    entity: str  # start_date | end_date | duration
    start: int
    end: int
    value: str
    # month_only: a month said without its day (the day in `value` is assumed); day_only: a day said without
    # its month ("until the 15th"; the month in `value` is the next one that has that day).
    extra: tuple[tuple[str, bool], ...] = ()


def said_twice(found: list[Found], guessed: set[int]) -> list[Found]:
    """"mid July, like 15 July 2026": a day said again with its year is one date, that year for both."""
    told = {f.value[5:]: f.value for i, f in enumerate(found) if i not in guessed}
    return [Found(f.entity, f.start, f.end, told[f.value[5:]], f.extra)
            if i in guessed and f.value[5:] in told else f for i, f in enumerate(found)]


def start_before_end(found: list[Found], guessed: set[int]) -> list[Found]:
    """"already in Lisbon since 7 January, until 30 June 2016": a start whose year was guessed is moved back
    a year when the end said in the same message would otherwise come first."""
    starts = [i for i, f in enumerate(found) if f.entity == "start_date" and i in guessed]
    ends = [f for f in found if f.entity == "end_date"]
    if len(starts) != 1 or len(ends) != 1 or found[starts[0]].value <= ends[0].value:
        return found
    start = dt.date.fromisoformat(found[starts[0]].value)
    try:
        earlier = start.replace(year=start.year - 1)
    except ValueError:  # 29 February
        return found
    fixed = Found("start_date", found[starts[0]].start, found[starts[0]].end, earlier.isoformat(),
                  found[starts[0]].extra)
    return [fixed if i == starts[0] else f for i, f in enumerate(found)]
