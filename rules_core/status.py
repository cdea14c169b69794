"""A call's status on a date: not yet open, open or closed, from its own dates."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .checks import span
from .dates import minus_months, parse_date
from .loader import compiled


def call_status(call_id: str, on: date | str) -> dict[str, Any]:
    """`status` is `closed` after the application deadline, `not_yet_open` before `windows.application_opens`
    (when the call file gives one), else `open`; with the dates that decide it (ISO, or null) and the first
    and last days of a mobility under the call (`mobility_from`, `mobility_to`: ISO, or null). `period_from`
    (ISO, or null) is the first day of the calendar year its first academic year starts in, else of its first
    mobility: before it the call was not published yet (ITM's 2024-2026 call did not exist in January 2016,
    when IMT Lucca's 2015/2016 call was open), so it is no call to propose on that date. A call that
    prints no closing date of its own for applications has the end of all mobility as its deadline
    (`closes` == `mobility_to`): then `apply_months_before` (the months an application comes before departure)
    and `applications_until`, the last day an application could be in time (that end minus those months), say
    when applying really stopped; both null for a call with its own application deadline."""
    day = parse_date(on, "on") if isinstance(on, str) else on
    call = compiled(call_id)
    closes: date | None = call.deadlines["application_deadline"]
    opens_raw = call.raw.get("windows", {}).get("application_opens")
    opens = parse_date(str(opens_raw), "application_opens") if opens_raw else None
    if closes is not None and day > closes:
        status = "closed"
    elif opens is not None and day < opens:
        status = "not_yet_open"
    else:
        status = "open"
    first, last = span(call.raw)
    months = call.deadlines.get("apply_months_before")
    no_own_date = closes is not None and last == closes and isinstance(months, int) and months > 0
    until = minus_months(closes, int(months)) if no_own_date and closes is not None else None
    begins = _period_from(call.raw, opens or first)
    return {"call": call.id, "status": status, "opens": opens.isoformat() if opens else None,
            "period_from": begins.isoformat() if begins else None,
            "closes": closes.isoformat() if closes else None,
            "mobility_from": first.isoformat() if first else None,
            "mobility_to": last.isoformat() if last and last != date.max else None,
            "apply_months_before": int(months) if no_own_date else None,
            "applications_until": until.isoformat() if until else None}


def _period_from(raw: dict[str, Any], first: date | None) -> date | None:
    """1 January of the first year the call's academic year(s) name ("2015/2016", "2024-2025, 2025-2026"),
    else of its first day (opening or first mobility); None when it gives neither."""
    windows = raw.get("windows") or {}
    named = str(windows.get("academic_year") or windows.get("academic_years") or "")
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", named)]
    year = min(years) if years else first.year if first else None
    if first is not None and year is not None:
        year = min(year, first.year)
    return date(year, 1, 1) if year else None
