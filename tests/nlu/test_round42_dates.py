"""Round 42: "et si finalement je partais plutôt le 2 février (même date de retour)" read the departure as the
end (the Dutch "tot" inside "plutôt"); "le 2 février serait mon DÉPART, le retour resterait le 30 avril" read
the return as a second start (a stay "of 1 day"). A return named before its date is the end, in four
languages; "tot" and "fin" count only as whole words."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2025, 10, 1)


def dates(text: str) -> list[tuple[str, str]]:
    found = extract(text, TODAY)
    return [(e["entity"], e["value"]) for e in found if e["entity"] in ("start_date", "end_date")]


@pytest.mark.parametrize("text", [
    "Ah, et si finalement je partais plutôt le 2 février (même date de retour), qu'est-ce que cela change ?",
    "plutôt le 2 février",
    "what if I left on 2 February instead (same return date)?",
])
def test_a_departure_is_no_end(text):
    assert dates(text) == [("start_date", "2026-02-02")]


@pytest.mark.parametrize("text", [
    "Non, vous m'avez mal comprise : le 2 février serait mon DÉPART, le retour resterait le 30 avril.",
    "the 2nd of February would be my departure, the return stays 30 April",
    "ik vertrek op 2 februari en ben terug op 30 april",
    "parto il 2 febbraio, il rientro il 30 aprile",
])
def test_the_return_named_before_its_date_is_the_end(text):
    assert dates(text) == [("start_date", "2026-02-02"), ("end_date", "2026-04-30")]


@pytest.mark.parametrize(("text", "found"), [
    ("tot 30 juni", [("end_date", "2026-06-30")]),
    ("jusqu'au 30 avril", [("end_date", "2026-04-30")]),
    ("from 1 March to 30 June 2026", [("start_date", "2026-03-01"), ("end_date", "2026-06-30")]),
    ("I leave on 2 February", [("start_date", "2026-02-02")]),
])
def test_the_usual_cues_keep_their_reading(text, found):
    assert dates(text) == found
