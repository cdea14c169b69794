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
