"""A call's status on a date: not yet open, open or closed, from its own dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from .checks import span
from .dates import parse_date
from .loader import compiled


def call_status(call_id: str, on: date | str) -> dict[str, Any]:
    """`status` is `closed` after the application deadline, `not_yet_open` before `windows.application_opens`
    (when the call file gives one), else `open`; with the dates that decide it (ISO, or null) and the first
    and last days of a mobility under the call (`mobility_from`, `mobility_to`: ISO, or null)."""
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
    return {"call": call.id, "status": status, "opens": opens.isoformat() if opens else None,
            "closes": closes.isoformat() if closes else None,
            "mobility_from": first.isoformat() if first else None,
            "mobility_to": last.isoformat() if last and last != date.max else None}
