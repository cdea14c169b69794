"""A what-if case kept aside (round 18): "what if Nairobi instead?" answered "eligible" without changing the
plan (Accra, the person's own country: not eligible). "Keep this as my plan" takes the case; until then an
answer said to stand names the own plan."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

ACCRA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "GH",
         "destination_city": "Accra", "receiving_org": "ngo", "citizenship": ["GH"],
         "start_date": "2026-04-01", "end_date": "2026-06-30", "goal": "eligibility"}
WHAT_IF = {"en": "OK. What if I do it at an NGO in Nairobi instead, Kenya? Same dates, April to June.",
           "fr": "Et si je le faisais plutôt dans une ONG à Nairobi, au Kenya ? Mêmes dates.",
           "nl": "En als ik het in plaats daarvan bij een ngo in Nairobi, Kenia doe? Zelfde data.",
           "it": "E se invece lo facessi in una ONG a Nairobi, in Kenya? Stesse date."}


async def _after_what_if(monkeypatch: pytest.MonkeyPatch, lang: str) -> tuple[dict, CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    slots = {**ACCRA, "language": lang}
    got = await hear(dispatcher, monkeypatch, WHAT_IF[lang], slots, ITM_OPEN)
    return {**slots, **got}, dispatcher


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_case_is_set_aside_with_a_button_to_keep_it(monkeypatch, lang):
    slots, dispatcher = await _after_what_if(monkeypatch, lang)
    assert slots["destination"] == "GH", slots                 # the plan is unchanged
    assert slots["what_if_case"].get("destination") == "KE", slots
    assert "start_date" not in slots["what_if_case"], slots  # "same dates": no part of the case
    assert t(lang, "button_keep_case") in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_keep_this_as_my_plan_takes_the_case(dispatcher, monkeypatch, lang):
    slots, _ = await _after_what_if(monkeypatch, lang)
    got = await hear(dispatcher, monkeypatch, t(lang, "button_keep_case"), slots, ITM_OPEN, intent="affirm")
    assert got.get("destination") == "KE" and got.get("destination_city") == "Nairobi", got
    assert got.get("what_if_case") is None, got
    reply = texts(dispatcher)
    assert "Accra" in reply and "Nairobi" in reply, reply        # "Updated: Accra → Nairobi"
    assert "✅" in reply, reply
    assert t(lang, "day_assumed") not in reply, reply  # the kept case's dates are the plan's already


async def test_lets_go_with_that_takes_it_too(dispatcher, monkeypatch):
    slots, _ = await _after_what_if(monkeypatch, "en")
    got = await hear(dispatcher, monkeypatch, "great, let's go with that", slots, ITM_OPEN, intent="affirm")
    assert got.get("destination") == "KE", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Great! I'm paying for my MSc myself, no scholarship. Does that matter?"),
    ("nl", "Ik heb trouwens geen andere beurs. Maakt dat uit?"),
    ("en", "so can I go?"),
])
@pytest.mark.parametrize("told_before", [True, False])
async def test_until_kept_the_answer_is_named_as_the_own_plans(dispatcher, monkeypatch, lang, text,
                                                                told_before):
    # Round 18: after "eligible" for Nairobi, "No: your answer stays the same: not eligible" read as
    # Nairobi's.
    slots = {**ACCRA, "language": lang}
    if told_before:
        slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)}
    got = await hear(CollectingDispatcher(), monkeypatch, WHAT_IF[lang], slots, ITM_OPEN)
    slots = {**slots, **got}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert got.get("destination") in (None, "GH"), got
    stands = t(lang, "verdict_stands_own", facts="Accra", outcome="").split("Accra")[0]
    header = t(lang, "own_plan_header", facts="Accra").split("Accra")[0]
    # Named as the own plan's once: round 26 said "For your own plan (...):" over "For your own plan (...),
    # the answer stays the same" (the stands line may open with "No: for your own plan").
    assert sum(reply.lower().count(prefix.lower()) for prefix in {stands, header}) == 1, reply
    assert "Accra" in reply, reply


async def test_stating_the_cases_fact_oneself_forgets_the_case(dispatcher, monkeypatch):
    slots, _ = await _after_what_if(monkeypatch, "en")
    got = await hear(dispatcher, monkeypatch, "Let's forget Accra, I'm going for Nairobi.", slots, ITM_OPEN)
    assert got.get("destination_city") == "Nairobi" and got.get("what_if_case") is None, got


async def test_only_the_next_answer_is_named_as_the_own_plans(dispatcher, monkeypatch):
    slots = {**ACCRA, "language": "en"}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, WHAT_IF["en"], slots, ITM_OPEN)}
    said = await hear(CollectingDispatcher(), monkeypatch, "ok, no scholarship", slots, ITM_OPEN)
    slots = {**slots, **said}
    assert slots["what_if_case"] and "_fresh" not in slots["what_if_case"], slots
    await hear(dispatcher, monkeypatch, "so can I go?", slots, ITM_OPEN)
    assert t("en", "own_plan_header", facts="X").split("X")[0] not in texts(dispatcher), texts(dispatcher)
    # the button still takes the case later
    got = await hear(CollectingDispatcher(), monkeypatch, "Keep this as my plan", slots, ITM_OPEN,
                     intent="affirm")
    assert got.get("destination") == "KE", got


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "E se facessi la formazione a Bologna? Tenga presente che sono cittadino italiano."),
    ("en", "What if I did a staff training in Bologna instead? Note that I'm an Italian citizen."),
])
async def test_a_fact_about_the_person_said_in_a_what_if_is_kept(dispatcher, monkeypatch, lang, text):
    # Round 20: the nationality said with "what if ... in Bologna?" was asked again right after.
    slots = {"call": "itm-2024", "role": "staff", "activity": "teaching", "destination": "IT",
             "destination_city": "Bologna", "receiving_org": "hei", "start_date": "2026-04-20",
             "end_date": "2026-04-22", "itm_staff_member": True, "goal": "eligibility", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert got.get("citizenship") == ["IT"], got
    assert "activity" not in got, got  # the training is the case's, not stored
    assert got["what_if_case"].get("activity") == "staff_training", got
