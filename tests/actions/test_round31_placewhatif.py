"""Round 31: a what-if that names only a place ("London, UK yes or no?", "and somewhere in the EU, like
Lisbon?", "et Londres ?", "ergens in de EU, bv. Lissabon?", "da qualche parte nell'UE, tipo Lisbona?") got "I
can only help with Erasmus+ mobility ..." with a menu: the place was read as no part of the plan
(actions/earlierplaces.py). It is now a case on the plan (actions/placecase.py), answered yes or no first from
the rules core (with the date to apply by), and the stored destination stays; "ok, let's do Lisbon then"
moves the plan ("Updated: ..."). Nearby: a place in a question of its own ("is there an agreement with
Lisbon?") moves nothing and makes no case."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from actions.profile import core
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear
from tests.actions.test_round30_chances import STAFF_KAMPALA

LONDON = [
    ("en", "London, UK yes or no?"),
    ("fr", "et Londres ?"),
    ("nl", "Londen, ja of nee?"),
    ("it", "e Londra?"),
]
LISBON = [
    ("en", "and somewhere in the EU, like Lisbon?"),
    ("fr", "quelque part dans l'UE, comme Lisbonne ?"),
    ("nl", "ergens in de EU, bv. Lissabon?"),
    ("it", "da qualche parte nell'UE, tipo Lisbona?"),
    ("en", "what about Lisbon?"),
    ("nl", "en Lissabon dan?"),
    ("it", "e Lisbona?"),
    ("en", "and in Portugal?"),
]
TAKEN = [
    ("en", "ok, let's do Lisbon then"),
    ("fr", "ok, va pour Lisbonne alors"),
    ("nl", "oké, dan doen we Lissabon"),
    ("it", "ok, allora facciamo Lisbona"),
]


def opening(lang: str, key: str) -> str:
    return t(lang, key, answer="").strip()


def _decision(lang: str, **case: str) -> dict:
    """The rules core's decision for the Kampala plan with the case's place (never written here)."""
    profile = {k: v for k, v in {**STAFF_KAMPALA, **case}.items() if k != "receiving_org_name"}
    return core().evaluate({**profile, "as_of": ITM_OPEN}, lang=lang)


@pytest.mark.parametrize("intent", ["inform", "out_of_scope"])
@pytest.mark.parametrize(("lang", "text"), LONDON)
async def test_london_asked_alone_is_no_and_the_plan_stays(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STAFF_KAMPALA, "language": lang}, ITM_OPEN, intent)
    first = dispatcher.messages[0]["text"]
    assert first.startswith(opening(lang, "answer_no")), texts(dispatcher)
    for failed in _decision(lang, destination="GB", destination_city="London")["failed"]:
        assert str(failed["explanation"]).rstrip(".")[1:] in first, (failed, first)
    assert "destination" not in got and got["what_if_case"]["destination"] == "GB", got
    assert t(lang, "out_of_scope")[:30] not in texts(dispatcher)


async def test_a_country_starting_the_reason_keeps_its_capital(monkeypatch):
    dispatcher = CollectingDispatcher()
    slots = {**STAFF_KAMPALA, "language": "en"}
    await hear(dispatcher, monkeypatch, "London, UK yes or no?", slots, ITM_OPEN)
    assert "because United Kingdom is not" in dispatcher.messages[0]["text"], texts(dispatcher)


@pytest.mark.parametrize("intent", ["inform", "out_of_scope", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), LISBON)
async def test_lisbon_asked_alone_is_yes_with_the_date_and_the_plan_stays(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STAFF_KAMPALA, "language": lang}, ITM_OPEN, intent)
    first = dispatcher.messages[0]["text"]
    decision = _decision(lang, destination="PT", destination_city="Lisbon")
    assert decision["verdict"] == "eligible", decision
    assert first.startswith(opening(lang, "answer_yes")), texts(dispatcher)
    assert i18n.fmt_date(decision["deadlines"]["apply_by"], lang) in first, first
    assert "destination" not in got and "destination_city" not in got, got
    assert got["what_if_case"]["destination"] == "PT", got


@pytest.mark.parametrize(("lang", "text"), LISBON[:4])
async def test_a_case_with_a_fact_missing_says_the_date_to_apply_by(monkeypatch, lang, text):
    slots = {k: v for k, v in STAFF_KAMPALA.items() if k != "citizenship"}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, ITM_OPEN)
    first = dispatcher.messages[0]["text"]
    assert first.startswith(opening(lang, "answer_yes")), texts(dispatcher)
    assert i18n.label(lang, "fields", "citizenship") in first, first
    assert i18n.fmt_date("2025-12-09", lang) in first, first  # two months before 9 February 2026
    assert "destination" not in got, got


@pytest.mark.parametrize("intent", ["inform", "out_of_scope"])
@pytest.mark.parametrize(("lang", "text"), TAKEN)
async def test_lets_do_lisbon_then_moves_the_plan(monkeypatch, lang, text, intent):
    slots = {**STAFF_KAMPALA, "language": lang,
             "what_if_case": {"destination": "PT", "destination_city": "Lisbon", "_fresh": True}}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent)
    assert got.get("destination") == "PT" and got.get("destination_city") == "Lisbon", got
    assert texts(dispatcher).startswith(t(lang, "changed_facts", facts="").split(" ")[0]), texts(dispatcher)
    assert not got.get("what_if_case"), got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is there an agreement with Lisbon?"),
    ("fr", "existe-t-il un accord avec Lisbonne ?"),
    ("en", "Should I mention Lisbon in the email?"),
])
async def test_a_place_in_a_question_of_its_own_is_no_case(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**STAFF_KAMPALA, "language": lang}, ITM_OPEN)
    assert "destination" not in got and not got.get("what_if_case"), got


async def test_a_place_stated_without_asking_still_moves_the_plan(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "Actually I'm going to Lisbon.",
                     {**STAFF_KAMPALA, "language": "en"}, ITM_OPEN)
    assert got.get("destination") == "PT" and not got.get("what_if_case"), got
