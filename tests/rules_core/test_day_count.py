"""How the funded days are counted, said in the decision: `grant.days` (30/360), `grant.calendar_days` and
`grant.day_count` (the convention with its source from the call data, the stay month by month), on both sides:
counts equal and different, February, 31-day months."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules_core import CallFileError, days360_by_month, loader
from rules_core.dates import calendar_days, days360

from .helpers import ITM_STUDENT, LUCCA, ev

FIXTURES = Path(__file__).parent / "fixtures" / "calls"
MOBILITY = Path(sys.executable).parent / "mobility"
TRAINEE = {**LUCCA, "activity": "traineeship", "receiving_org": "research_institute",
           "receiving_org_has_eche": None, "interinstitutional_agreement": None}


def _d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    ("start", "end", "days", "calendar", "months"),
    [
        # the question people asked: 2 March to 30 April is 59 funded days, 60 on the calendar
        ("2016-03-02", "2016-04-30", 59, 60, [("2016-03", 30, 29), ("2016-04", 30, 30)]),
        # 31-day months count 30: a whole March is 30 days
        ("2026-03-01", "2026-03-31", 30, 31, [("2026-03", 31, 30)]),
        ("2026-03-01", "2026-05-31", 90, 92, [("2026-03", 31, 30), ("2026-04", 30, 30), ("2026-05", 31, 30)]),
        # a whole February is a whole month of 30, leap year or not
        ("2026-02-01", "2026-02-28", 30, 28, [("2026-02", 28, 30)]),
        ("2016-02-01", "2016-02-29", 30, 29, [("2016-02", 29, 30)]),
        # ... but 28 February 2016 is not the end of that February: 28 days
        ("2016-02-01", "2016-02-28", 28, 28, [("2016-02", 28, 28)]),
        # equal totals, different months: February gains what March loses
        ("2016-02-01", "2016-03-31", 60, 60, [("2016-02", 29, 30), ("2016-03", 31, 30)]),
        # 30-day months only: both counts agree month by month
        ("2016-04-01", "2016-04-30", 30, 30, [("2016-04", 30, 30)]),
        ("2016-06-01", "2016-07-30", 60, 60, [("2016-06", 30, 30), ("2016-07", 30, 30)]),
        # a start on the 31st counts one day, like the calendar; across a year end
        ("2026-01-31", "2026-02-01", 2, 2, [("2026-01", 1, 1), ("2026-02", 1, 1)]),
        ("2025-12-15", "2026-01-14", 30, 31, [("2025-12", 17, 16), ("2026-01", 14, 14)]),
    ],
)
def test_days_month_by_month_add_up_to_both_counts(
    start: str, end: str, days: int, calendar: int, months: list[tuple[str, int, int]]
) -> None:
    pieces = days360_by_month(_d(start), _d(end))
    assert [(p["month"], p["calendar_days"], p["days"]) for p in pieces] == months
    assert sum(p["days"] for p in pieces) == days360(_d(start), _d(end)) == days
    assert sum(p["calendar_days"] for p in pieces) == calendar_days(_d(start), _d(end)) == calendar
    assert pieces[0]["start"] == start and pieces[-1]["end"] == end


@given(st.dates(date(2014, 1, 1), date(2028, 12, 31)), st.integers(0, 800))
def test_the_months_always_add_up(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    pieces = days360_by_month(start, end)
    assert sum(p["days"] for p in pieces) == days360(start, end)
    assert sum(p["calendar_days"] for p in pieces) == calendar_days(start, end)


def test_lucca_grant_says_59_funded_days_for_60_calendar_days_with_the_seed_section() -> None:
    g = ev(TRAINEE, start_date="2016-03-02", end_date="2016-04-30")["grant"]
    assert (g["days"], g["calendar_days"], g["total_eur"]) == (59, 60, 944.0)
    count = g["day_count"]
    assert (count["method"], count["month_days"], count["year_days"]) == ("30/360", 30, 360)
    assert (count["start"], count["end"]) == ("2016-03-02", "2016-04-30")
    # the seed's own sentence is under "How Much?" ("one month as the equivalent of 30 days")
    assert count["source"] == "How Much?" and count["reference"] is None


def test_equal_counts_say_so_too() -> None:
    g = ev(TRAINEE, start_date="2016-06-01", end_date="2016-07-30")["grant"]
    assert g["days"] == g["calendar_days"] == 60
    assert (g["day_count"]["start"], g["day_count"]["end"]) == ("2016-06-01", "2016-07-30")


def test_itm_february_is_a_whole_month_from_the_reference() -> None:
    g = ev(ITM_STUDENT, activity="traineeship", start_date="2026-02-01", end_date="2026-03-31")["grant"]
    assert (g["days"], g["calendar_days"]) == (60, 59)
    count = g["day_count"]
    assert count["source"] is None and count["confidence"] == "high"
    assert count["reference"].startswith("erasmus-figures.md") and "grant agreement" in count["reference"]


def test_without_dates_no_counts_but_the_source_still() -> None:
    g = ev(LUCCA, start_date=None, end_date=None)["grant"]
    assert g["days"] is None and g["calendar_days"] is None
    assert g["day_count"]["start"] is None and g["day_count"]["end"] is None
    assert g["day_count"]["source"] == "How Much?"


def test_the_command_prints_the_new_fields() -> None:
    profile = {**TRAINEE, "start_date": "2026-02-01", "end_date": "2026-02-28", "as_of": "2016-01-05"}
    res = subprocess.run([str(MOBILITY), "check", "-"], input=json.dumps(profile), capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    grant = json.loads(res.stdout)["grant"]
    assert (grant["days"], grant["calendar_days"]) == (30, 28)  # the contract's fields stay, two are added
    assert grant["day_count"] == {"method": "30/360", "max_days": None, "month_days": 30, "year_days": 360,
                                  "start": "2026-02-01", "end": "2026-02-28", "source": "How Much?",
                                  "reference": None, "confidence": None}


def test_a_call_without_a_day_count_is_counted_the_same_without_a_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(tmp_path))
    monkeypatch.setenv("MOBILITY_CACHE_DIR", str(tmp_path / ".cache"))
    shutil.copy(FIXTURES / "demo-2030.yaml", tmp_path / "demo-2030.yaml")
    loader.reset()
    try:
        from rules_core import evaluate

        g = evaluate({"call": "demo-2030", "as_of": "2030-01-10", "start_date": "2030-03-01",
                      "end_date": "2030-04-30"})["grant"]
    finally:
        monkeypatch.delenv("MOBILITY_CALLS_PATH")
        loader.reset()
    assert (g["days"], g["calendar_days"]) == (60, 61)
    assert g["day_count"]["source"] is None and g["day_count"]["reference"] is None


@pytest.mark.parametrize(("day_count", "problem"), [
    ("  day_count: {method: actual/365, source: Grant}\n", "day_count.method"),
    ("  day_count: {method: 30/360}\n", "needs a `source`"),
])
def test_a_day_count_the_engine_does_not_apply_or_without_origin_is_refused(
        tmp_path: Path, day_count: str, problem: str) -> None:
    folder = tmp_path / "harbour-2031"
    shutil.copytree(FIXTURES / "harbour-2031", folder)
    call = folder / "call.yaml"
    call.write_text(call.read_text().replace("  day_count: {source: \"Grant\"}\n", day_count))
    with pytest.raises(CallFileError, match=problem.replace("`", ".")):
        loader.validate(folder)


def test_daily_rates_count_physical_days_up_to_the_last_tier() -> None:
    # A short-term daily rate pays calendar days up to 30 (reference "Short-term student mobility"): the
    # count says so, rather than "one month, counted as 30 days" for 2 February to 6 March (33 days).
    doctoral = {"call": "itm-2024", "as_of": "2025-10-01", "role": "phd_student", "itm_staff_member": False,
                "activity": "short_term_doctoral", "destination": "ZA", "destination_city": "Cape Town",
                "receiving_org": "hei", "citizenship": ["NL"]}
    for end, funded, calendar in (("2026-03-06", 30, 33), ("2026-03-03", 30, 30), ("2026-02-20", 19, 19)):
        g = ev(doctoral, start_date="2026-02-02", end_date=end)["grant"]
        assert (g["days"], g["calendar_days"]) == (funded, calendar), g
        assert g["day_count"]["method"] == "physical_days" and g["day_count"]["max_days"] == 30, g
        assert "Short-term" in g["day_count"]["reference"], g
