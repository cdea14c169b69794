from datetime import date

import pytest

from rules_core.dates import days360, minus_months


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        ("2016-04-01", "2016-06-30", 90),  # sample: 3 whole months
        ("2016-03-01", "2016-05-10", 70),  # sample: 2 months and 10 days
        ("2026-02-09", "2026-02-20", 12),  # inclusive of both ends
        ("2026-01-01", "2026-01-01", 1),
        ("2016-02-01", "2016-02-29", 30),  # last day of February as end date counts as day 30
        ("2026-02-01", "2026-02-28", 30),
        ("2026-01-31", "2026-02-01", 2),  # day 31 counts as day 30
        ("2025-08-01", "2026-07-31", 360),  # one 360-day year
        ("2026-01-01", "2026-03-01", 61),
    ],
)
def test_days360_inclusive(start: str, end: str, days: int) -> None:
    assert days360(date.fromisoformat(start), date.fromisoformat(end)) == days


@pytest.mark.parametrize(
    ("d", "months", "expected"),
    [
        ("2026-02-09", 2, "2025-12-09"),
        ("2026-04-30", 2, "2026-02-28"),  # clamped to the month's end
        ("2024-04-30", 2, "2024-02-29"),
        ("2026-01-15", 2, "2025-11-15"),
    ],
)
def test_minus_months(d: str, months: int, expected: str) -> None:
    assert minus_months(date.fromisoformat(d), months) == date.fromisoformat(expected)
