"""Round 26: "the exchange is just feb to june 2027" read only "june 2027", as the start, and the stay's start
(1 February 2027) was lost ("Dates: ? to 30 June 2027" in the e-mail); "febbraio-aprile" gave no date and "da
febbraio ad aprile" two starts; "il se termine le 31 août" was read as a deadline ("termine", Italian for a
deadline) and gave no date."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2026, 12, 2)


def dates(text: str) -> list[tuple[str, str]]:
    return [(e["entity"], str(e["value"])) for e in extract(text, TODAY)
            if e["entity"] in ("start_date", "end_date")]


@pytest.mark.parametrize("text", [
    "the exchange is just feb to june 2027",
    "feb-june 2027",
    "l'échange, c'est juste de fév à juin 2027",
    "de uitwisseling is gewoon van feb tot juni 2027",
    "lo scambio è solo da feb a giugno 2027",
    "from feb to jun 2027",
])
def test_a_short_month_name_opens_a_range(text):
    assert dates(text) == [("start_date", "2027-02-01"), ("end_date", "2027-06-30")], dates(text)


@pytest.mark.parametrize("text", ["I lived there 2 years ago to june", "the date is set to june"])
def test_short_words_that_are_words_open_no_range(text):
    assert dates(text) == [("start_date", "2027-06-01")], dates(text)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("No, tengo febbraio-aprile come previsto.", "2027-02-01", "2027-04-30"),
    ("maart-mei", "2027-03-01", "2027-05-31"),
    ("No, resto da febbraio ad aprile come previsto.", "2027-02-01", "2027-04-30"),
])
def test_two_months_joined_by_a_dash_or_ad_are_a_range(text, start, end):
    # ("febbraio-aprile" gave no date at all, "da febbraio ad aprile" two starts)
    assert dates(text) == [("start_date", start), ("end_date", end)], dates(text)


def test_a_short_month_after_from_opens_a_range():
    assert dates("dal mar al giu 2027") == [("start_date", "2027-03-01"), ("end_date", "2027-06-30")]


@pytest.mark.parametrize(("text", "end"), [
    ("Il se termine le 31 août 2027.", "2027-08-31"),
    ("Het eindigt op 31 augustus 2027", "2027-08-31"),
    ("ça finit le 30 avril 2027", "2027-04-30"),
])
def test_the_end_said_with_its_verb_is_the_end(text, end):
    assert dates(text) == [("end_date", end)], dates(text)


def test_the_italian_deadline_is_still_no_date_of_the_stay():
    assert dates("il termine è il 31 luglio") == []
