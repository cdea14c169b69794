"""Dates: ISO parsing, the Erasmus+ 30/360 day count and calendar-month arithmetic."""

from __future__ import annotations

import calendar
import logging
import os
from datetime import date
from typing import Any

from .errors import InvalidProfile


def today() -> date:
    """The question date: MOBILITY_TODAY (YYYY-MM-DD, for tests) or the real date; the one `today()` of
    the rules core and the actions (the Rasa-side NLU cannot import this package; it reads the same
    variable)."""
    fixed = os.environ.get("MOBILITY_TODAY")
    if fixed:
        try:
            return date.fromisoformat(fixed)
        except ValueError:
            logging.getLogger(__name__).warning("MOBILITY_TODAY is not an ISO date; using today")
    return date.today()


def parse_date(value: object, field: str) -> date:
    """Parse an ISO date; impossible dates (2026-02-30) raise InvalidProfile naming the field."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidProfile(f"{field}: expected an ISO date (YYYY-MM-DD), got {value!r}")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidProfile(f"{field}: {value!r} is not a valid date (YYYY-MM-DD)") from None


def days360(start: date, end: date) -> int:
    """Erasmus+ duration in days, 30-day months and 360-day years, INCLUSIVE of both ends.

    days = (y2-y1)*360 + (m2-m1)*30 + (min(d2,30) - min(d1,30)) + 1.
    Choice documented here: when the END date is the last day of February it counts as day 30, so a
    whole February is a whole month (1-29 Feb 2016 = 30 days), as the grant agreements' day calculators do.
    A start date on the last day of February is not adjusted. Examples: 2016-04-01..2016-06-30 = 90;
    2016-03-01..2016-05-10 = 70.
    """
    d1 = min(start.day, 30)
    d2 = min(end.day, 30)
    if end.month == 2 and end.day == calendar.monthrange(end.year, 2)[1]:
        d2 = 30
    return (end.year - start.year) * 360 + (end.month - start.month) * 30 + (d2 - d1) + 1


# The 30/360 convention (days360): every month counts 30 days, a year 360. Its source is kept with each call's
# grant (`grant.day_count`); the numbers are here because the count itself is code.
MONTH_DAYS = 30
YEAR_DAYS = 360
_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days360_by_month(start: date, end: date) -> list[dict[str, Any]]:
    """The 30/360 count month by month, for saying why it differs from the calendar: each calendar month
    the stay touches, its first and last day in the stay, its calendar days and its days in the 30/360 count.
    The days add up to days360(start, end) and the calendar days to calendar_days(start, end): a piece counts
    min(last, 30) - min(first, 30) + 1, a piece running to the end of February counting that day as day 30
    (2-31 March = 29 days, 1-28 February 2026 = 30 days, a whole 31-day month = 30 days).
    Plain integers, no date objects: cheap enough to answer a question, though not to run in every
    evaluate() (grants.day_count)."""
    pieces: list[dict[str, Any]] = []
    year, month, first = start.year, start.month, start.day
    while (year, month) <= (end.year, end.month):
        length = 29 if month == 2 and calendar.isleap(year) else _MONTH_LENGTHS[month - 1]
        last = end.day if (year, month) == (end.year, end.month) else length
        top = 30 if month == 2 and last == length else min(last, 30)
        ym = f"{year:04d}-{month:02d}"
        pieces.append({"month": ym, "start": f"{ym}-{first:02d}", "end": f"{ym}-{last:02d}",
                       "calendar_days": last - first + 1, "days": top - min(first, 30) + 1})
        year, month, first = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
    return pieces


def calendar_days(start: date, end: date) -> int:
    """Physical days abroad, both ends included (1-31 March = 31 days).

    ITM call, 'Type and duration of the staff mobility' ('from 2 to 60 days, excluding travel time') and
    'Type, venue and duration of the student mobility' ('from 5 to 30 days'): limits stated in days count
    real calendar days; the 30/360 count (days360) is for months and for the funded duration.
    """
    return (end - start).days + 1


def minus_months(d: date, months: int) -> date:
    """The same day `months` calendar months earlier, clamped to the month's end (30 April - 2 = 28 Feb)."""
    total = d.year * 12 + (d.month - 1) - months
    year, month0 = divmod(total, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last))
