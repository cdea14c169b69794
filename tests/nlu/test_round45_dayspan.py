"""Round 45: "12 jours en mars 2027 (du 8 au 19)" kept only "mars 2027" (a start on 1 March, no end), so
the stay's days were asked again and the e-mail summary read "début en mars 2027 (jour pas encore connu), fin
le ?". A day range said right after its month takes that month, in four languages; numbers with a unit stay
lengths."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2026, 12, 3)


def dates(text: str) -> list[tuple[str, str]]:
    found = extract(text, TODAY)
    return [(e["entity"], e["value"]) for e in found if e["entity"] in ("start_date", "end_date")]


@pytest.mark.parametrize("text", [
    "je voudrais faire une mobilité courte à Lyon, 12 jours en mars 2027 (du 8 au 19). je peux candidater ?",
    "a short stay in Lyon in March 2027, from the 8th to the 19th",
    "een kort verblijf in Lyon in maart 2027 (van 8 tot 19)",
    "un soggiorno breve a Lione a marzo 2027, dall'8 al 19",
    "March 2027 - 8 to 19",
])
def test_days_after_their_month_make_the_range(text):
    assert dates(text) == [("start_date", "2027-03-08"), ("end_date", "2027-03-19")]


@pytest.mark.parametrize(("text", "expected"), [
    ("du 8 au 19 mars 2027", [("start_date", "2027-03-08"), ("end_date", "2027-03-19")]),
    ("en mars 2027 pour 8 à 10 jours", [("start_date", "2027-03-01")]),
    ("in March 2027, 2-3 weeks", [("start_date", "2027-03-01")]),
    ("mars 2027, du 19 au 8", [("start_date", "2027-03-01")]),
])
def test_other_month_mentions_keep_their_reading(text, expected):
    assert dates(text) == expected
