"""Round 19: "what if there is none?" after the answer's condition (an inter-institutional agreement for a
short-term doctoral stay at the University of Cape Town) got the condition line again, then "I can't find".
It is that case's answer from the rules core, with who can tell whether it can be arranged; nothing stored."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear
from tests.actions.test_round41_polarity import board_timing

CAPE_TOWN = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
             "destination": "ZA", "destination_city": "Cape Town", "receiving_org": "hei",
             "citizenship": ["NL"],
             "start_date": "2026-02-02", "end_date": "2026-02-20", "has_scholarship": True,
             "itm_staff_member": False, "goal": "eligibility"}
PORTO = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "PT",
         "destination_city": "Porto", "receiving_org": "hei", "citizenship": ["BE"],
         "virtual_component": True, "start_date": "2026-05-04", "end_date": "2026-05-13",
         "has_scholarship": False, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "yes but what if there is none? can it be made in time or I cannot go?"),
    ("en", "and what if there's no agreement with UCT?"),
    ("fr", "et s'il n'y en a pas, je ne peux pas partir ?"),
    ("nl", "en als er geen akkoord is?"),
    ("it", "e se non c'è l'accordo?"),
])
async def test_a_condition_said_not_to_hold_gets_that_cases_answer(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**CAPE_TOWN, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    no_cant_find(reply)
    first = t(lang, "if_not_no", reason="", who="")
    assert reply.startswith(first[:12]), reply
    # whom to ask: the call's own contact, never an office it does not name (round 26)
    assert "erasmusplusmobility@itg.be" in reply.split("\n")[0], reply
    assert "interinstitutional_agreement" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what if the university doesn't have one?"),
    ("nl", "en als Porto geen ECHE heeft?"),
    ("fr", "et si l'université n'a pas l'ECHE ?"),
    ("it", "e se non ce l'ha, l'ECHE?"),
])
async def test_the_only_condition_or_the_named_one_is_the_one_asked_about(dispatcher, monkeypatch, lang,
                                                                          text):
    got = await hear(dispatcher, monkeypatch, text, {**PORTO, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "if_not_no", reason="", who="")[:12]), reply
    assert "ECHE" in reply, reply
    assert "receiving_org_has_eche" not in got, got


async def test_a_plan_without_conditions_is_not_answered_here(dispatcher, monkeypatch):
    # Nothing to fail: no "Then you could not go" for a plan whose answer has no condition.
    slots = {**CAPE_TOWN, "destination": "FR", "destination_city": "Paris", "language": "en",
             "receiving_org": "research_institute"}
    await hear(dispatcher, monkeypatch, "and what if there is none?", slots, ITM_OPEN)
    assert not texts(dispatcher).startswith(t("en", "if_not_no", reason="", who="")[:12]), texts(dispatcher)


async def test_a_what_if_about_another_fact_is_not_a_condition(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "what if I don't have a scholarship?", {**PORTO, "language": "en"},
               ITM_OPEN)
    assert not texts(dispatcher).startswith(t("en", "if_not_no", reason="", who="")[:12]), texts(dispatcher)


GRANADA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
           "destination_city": "Granada", "receiving_org": "hei", "receiving_org_has_eche": True,
           "citizenship": ["IT"], "start_date": "2016-03-01", "end_date": "2016-06-30",
           "supervisor_authorised": True, "prior_erasmus_months": 0, "interinstitutional_agreement": True,
           "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [("it", "e se il Consiglio Scientifico dice di no?"),
                                            ("en", "what if the Scientific Board says no?")])
async def test_the_board_refusing_a_stay_over_three_months(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**GRANADA, "language": lang}, "2016-01-10")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "if_not_no", reason="", who="")[:12]), reply
    assert i18n.label(lang, "settled_by", "board") in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "non mi hai detto QUANDO. Il Consiglio Scientifico va chiesto prima della scadenza del 18 o dopo "
           "va bene?"),
    ("it", "la mia domanda era sul Consiglio Scientifico: quando va chiesta l'autorizzazione?"),
    ("en", "When do I have to ask the Scientific Board, before the deadline or after?"),
])
async def test_when_a_condition_is_settled_is_not_in_the_call_and_says_who_knows(dispatcher, monkeypatch,
                                                                                  lang, text):
    # Round 19: asked three times; got the supervisor line, the board line, then the deadline block.
    slots = {**GRANADA, "language": lang}
    slots.pop("interinstitutional_agreement")
    await hear(dispatcher, monkeypatch, text, slots, "2016-01-10")
    reply = texts(dispatcher)
    # what the call says of it (round 41: the advisor's authorisation with the application, no date for the
    # Board's), and who knows
    assert board_timing(lang) in reply and "Giorgetti" in reply, reply
    assert "3" in reply.split("\n")[0], reply  # the board's reason: a stay over 3 months


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "why 2 December? is there not one fixed deadline for the call?"),
    ("fr", "pourquoi le 2 décembre ? il n'y a pas une date limite unique pour l'appel ?"),
    ("nl", "waarom 2 december? is er geen vaste deadline voor de oproep?"),
    ("it", "perché il 2 dicembre? non c'è una scadenza unica per il bando?"),
])
async def test_one_fixed_deadline_asked_gets_no_single_date_not_yes(dispatcher, monkeypatch, lang, text):
    slots = {**CAPE_TOWN, "language": lang}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "why_apply_by_no_single", ahead="", start="", date="")[:12]), reply
    assert i18n.fmt_date("2025-12-02", lang) in reply, reply


async def test_a_hard_deadline_check_keeps_its_yes(dispatcher, monkeypatch):
    slots = {**CAPE_TOWN, "language": "en"}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)}
    await hear(dispatcher, monkeypatch, "is 2 December a hard deadline?", slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith("Yes: the call asks you to apply at least 2 months"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Wacht, dat was niet het einde van mijn verblijf. Het blijft 4-13 mei. Klopt alles nog?"),
    ("en", "ok, so is everything still right?"),
    ("fr", "Donc tout est toujours correct ?"),
    ("it", "quindi è ancora tutto giusto?"),
])
async def test_is_everything_still_right_gets_yes_and_the_answer(dispatcher, monkeypatch, lang, text):
    slots = {**PORTO, "language": lang}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(t(lang, "answer_yes", answer="")[:3]), reply
    assert i18n.fmt_date("2026-03-04", lang) in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "No, resto fino al 30 giugno. Quindi la Spagna è nel gruppo 2? Perché non nel gruppo 1?"),
    ("en", "so is Spain in group 2? why not group 1?"),
    ("nl", "in welke groep valt Spanje?"),
    ("fr", "l'Espagne est dans quel groupe ?"),
])
async def test_the_country_group_is_said_with_its_rate_and_the_other_groups(dispatcher, monkeypatch, lang,
                                                                            text):
    slots = {**GRANADA, "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, "2016-01-10")
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(i18n.country("ES", lang)), reply
    assert "230" in reply.split("\n")[1], reply            # the study rate of group 2
    assert i18n.country("FR", lang) in reply, reply          # France, in group 1
    assert "How Much" in reply or "Quanto" in reply or "Combien" in reply or "Hoeveel" in reply, reply


async def test_a_call_without_groups_does_not_answer_with_groups(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "is Portugal in a group?", {**PORTO, "language": "en"}, ITM_OPEN)
    assert "Group 1" not in texts(dispatcher) and "is in Group" not in texts(dispatcher), texts(dispatcher)
