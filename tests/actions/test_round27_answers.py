"""Round 27: "Het is een universitair ziekenhuis, maar ze hebben wel een ECHE" turned a university host into a
public body (and "not eligible: only a higher education institution"); "I plan to fly; would the train change
the travel grant?" opened "No: flying gets the standard travel support"."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

BERLIN = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "DE",
          "destination_city": "Berlin", "citizenship": ["NL"], "start_date": "2026-05-04",
          "end_date": "2026-05-08", "receiving_org": "hei", "language": "nl", "goal": "eligibility"}
LISBON = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "PT",
          "destination_city": "Lisbon", "doctoral_or_postdoc_staff": False, "citizenship": ["BE"],
          "start_date": "2026-06-08", "end_date": "2026-06-19", "receiving_org": "public_body",
          "language": "en", "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Klopt het dat de Charité aanvaard wordt? Het is een universitair ziekenhuis, maar ze hebben "
           "wel een ECHE."),
    ("en", "Is the Charité accepted? It's a university hospital, but it holds an ECHE."),
])
async def test_a_host_holding_an_eche_stays_a_university(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**BERLIN, "language": lang}, ITM_OPEN)
    assert got.get("receiving_org_has_eche") is True, got
    assert got.get("receiving_org", "hei") == "hei", got


async def test_a_university_hospital_without_an_eche_is_still_a_hospital(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "It's a traineeship at Oslo University Hospital.",
                     {"call": "itm-2024", "role": "msc_student", "language": "en"}, ITM_OPEN)
    assert got.get("receiving_org") == "public_body", got


@pytest.mark.parametrize(("lang", "text", "opening"), [
    ("en", "I plan to fly; would the train change the travel grant?", "Yes: by train"),
    ("fr", "Je compte prendre l'avion ; est-ce que le train changerait l'aide au voyage ?", "Oui : en train"),
])
async def test_the_train_asked_against_a_flight_is_yes(monkeypatch, lang, text, opening):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**LISBON, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(opening) and "417" in reply and "309" in reply, reply


async def test_flying_asked_keeps_no(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "I'm flying, does that change the travel money?", LISBON, ITM_OPEN)
    assert texts(dispatcher).startswith("No: flying gets the standard travel support"), texts(dispatcher)
