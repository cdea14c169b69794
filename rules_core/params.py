"""Dated parameters (openfisca/country-template style): a parameter is a series of dated, sourced values.

In a call file:

    apply_months_before:
      values:
        2024-09-01: {value: 2, source: "Application process"}
        2027-09-01: {value: 3, source: "Application process (2027 call)"}

or, for a value that never changed, the short form `{value: 2, source: ...}` (in force since always).
The value in force on a day is the one of the latest date on or before that day; a day before the first date
takes the first value (a call's rules still apply to a mobility that starts before its first dated line: the
rules themselves then say whether that start is allowed). The engine asks for the value in force on the
mobility's start date, else on the question date (`as_of`, default today()).
"""

from __future__ import annotations

from datetime import date
from typing import Any

ALWAYS = "0001-01-01"  # the date of a short-form `value:` (in force since always)


def series(raw: dict[str, Any], name: str) -> list[tuple[str, Any]]:
    """The parameter's (ISO date, value) pairs, oldest first."""
    values = raw["parameters"][name]["values"]
    return sorted((day, entry["value"]) for day, entry in values.items())


def value_at(points: list[tuple[str, Any]], day: date | None) -> Any:
    """The value in force on `day` (None: the latest value)."""
    if day is None:
        return points[-1][1]
    iso = day.isoformat()
    chosen = points[0][1]
    for start, value in points:
        if start > iso:
            break
        chosen = value
    return chosen


def param_name(value: Any) -> str | None:
    """'$name' -> 'name'; anything else -> None."""
    if isinstance(value, str) and value.startswith("$"):
        return value[1:]
    return None
