"""Dates: ISO parsing, the Erasmus+ 30/360 day count and calendar-month arithmetic."""

from __future__ import annotations

import calendar
import logging
import os
from datetime import date

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
