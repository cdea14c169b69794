"""Round 27 (an HR officer at ITM, no PhD, staff training in Lisbon): "I work in the HR department" set
Croatia as the destination; "you mentioned PhD and postdoc staff" made her PhD/postdoc staff ("the
priorities favour you"); "I am NOT a PhD or postdoc. I'm HR staff" took her staff role away and asked it
again."""
from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

LISBON = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "PT",
          "destination_city": "Lisbon", "doctoral_or_postdoc_staff": False, "citizenship": ["BE"],
          "start_date": "2026-06-08", "end_date": "2026-06-19", "receiving_org": "public_body",
          "language": "en", "goal": "eligibility"}


@pytest.mark.parametrize("text", ["I work in the HR department at ITM", "I'm HR staff at ITM"])
def test_hr_is_no_country(text):
    assert not [e for e in extract(text, dt.date(2025, 10, 1)) if e["entity"] == "country"]


def test_croatia_by_name_stays_a_country():
    found = extract("a staff training in Croatia", dt.date(2025, 10, 1))
    assert ("country", "HR") in {(e["entity"], e["value"]) for e in found}, found


async def test_the_assistants_words_quoted_back_are_no_position(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "Do I have priority? I noticed earlier you mentioned PhD and "
                     "postdoc staff.", LISBON, ITM_OPEN)
    assert "doctoral_or_postdoc_staff" not in got, got
    assert texts(dispatcher).startswith("No: not every priority"), texts(dispatcher)


async def test_a_role_negated_then_stated_stands(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "No, that's wrong. I am NOT a PhD or postdoc. I'm HR staff "
                     "without a doctorate. So do I still have priority or not?", LISBON, ITM_OPEN)
    assert "role" not in got and got.get("itm_staff_member") is not False, got
    assert "destination" not in got, got
    assert "Are you a student" not in texts(dispatcher), texts(dispatcher)


async def test_not_staff_alone_still_negates(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "I'm not staff, I'm a master's student",
                     {"call": "itm-2024", "role": "staff", "language": "en"}, ITM_OPEN)
    assert got.get("role") == "msc_student", got


BERLIN = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "DE",
          "destination_city": "Berlin", "citizenship": ["NL"], "start_date": "2026-05-04",
          "end_date": "2026-05-08", "receiving_org": "hei", "receiving_org_has_eche": True, "language": "nl",
          "goal": "eligibility"}


@pytest.mark.parametrize("text", [
    "De online cursus van 3 ECTS is al voorzien, die volg ik in april voor het verblijf. Is er nog een "
    "voorwaarde over?",
    "The 3-ECTS online course is planned, I take it in April before the stay. Is any condition left?",
])
async def test_a_month_placed_before_the_stay_is_no_stay_date(monkeypatch, text):
    """Round 27: "die volg ik in april voor het verblijf" asked "On which day in April would the mobility
    start?" for a stay fixed at 4-8 May."""
    got = await hear(CollectingDispatcher(), monkeypatch, text, BERLIN, ITM_OPEN)
    assert "start_date" not in got and "start_month" not in got, got


async def test_a_stay_month_is_still_read(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "Eigenlijk begint het verblijf in juni.",
                     {**BERLIN, "start_date": None, "end_date": None}, ITM_OPEN)
    assert got.get("start_date") or got.get("start_month"), got


async def test_travel_support_to_a_city_is_the_travel_answer(monkeypatch):
    """Round 27: "Krijg ik ook een tegemoetkoming voor de reis naar Berlijn?" got "Ja: Duitsland hoort bij de
    EU-lidstaten" (the word "ook" read as "is it also allowed?")."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Krijg ik ook een tegemoetkoming voor de reis naar Berlijn? Ik zou "
               "met de trein gaan.", BERLIN, ITM_OPEN)
    reply = texts(dispatcher)
    assert not reply.startswith("Ja: Duitsland"), reply
    assert "Reissteun" in reply, reply
