"""Weekday names beside a day ("du lundi 9 au vendredi 13 mars") and the first of the month in words ("il
primo marzo"), round 19: the range as said, the 1st as a day (bot/nlu/daywords.py). The replies:
tests/actions/test_round19_dates.py."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2025, 12, 1)


def dates(text: str) -> list[tuple[str, str, bool]]:
    return [(e["entity"], e["value"], bool(e.get("month_only")))
            for e in extract(text, TODAY) if e["entity"] in ("start_date", "end_date")]


@pytest.mark.parametrize("text", [
    "Du lundi 9 au vendredi 13 mars.",
    "from Monday 9 to Friday 13 March",
    "from Monday the 9th to Friday the 13th of March",
    "van maandag 9 tot vrijdag 13 maart",
    "da lunedì 9 a venerdì 13 marzo",
    "du 9 au 13 mars",
])
def test_a_range_with_weekday_names_is_the_range_said(text):
    assert dates(text) == [("start_date", "2026-03-09", False), ("end_date", "2026-03-13", False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("on Monday, March 9", [("start_date", "2026-03-09", False)]),
    ("until Friday", []),  # no day said
    ("I may first check with my supervisor", []),  # "may first" after the month is no date
    ("il primo giorno", []),
])
def test_weekdays_and_first_alone(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["dal primo marzo", "le premier mars", "from the first of March",
                                  "dal 1° marzo", "du 1er mars"])
def test_the_first_in_words_is_a_day(text):
    assert dates(text) == [("start_date", "2026-03-01", False)]
