"""Faults the fixed e2e sets found after the round-12 merges: a tie-break question answered as priority, an
activity's own condition called "not needed" because the plan failed on its date, an ended call's as-if checks
repeating today's deadline, and "can I still apply?" to an open call without who may still apply."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond


@pytest.mark.parametrize("text", [
    "At IMT Lucca, how are ties between candidates with the same ranking broken?",
    "a parità di punteggio chi passa avanti?",
])
async def test_a_tie_break_question_is_not_the_priority_answer(dispatcher, monkeypatch, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    await respond(dispatcher, text=text, intent="faq_selection", slots={"call": "imt-lucca-2015"})
    reply = texts(dispatcher)
    assert "depends on things I can't tell" not in reply, reply
    assert "young" in reply.lower() or "giovan" in reply.lower(), reply


async def test_the_virtual_part_of_blended_mobility_is_never_not_needed_on_an_ended_call(dispatcher,
                                                                                      monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")  # ITM closed: every plan fails on its date
    text = "How many ECTS does the ITM short-term blended mobility give, and is there a virtual part?"
    await respond(dispatcher, text=text, intent="faq_durations",
                  slots={"call": "itm-2024", "activity": "short_term_blended"})
    reply = texts(dispatcher)
    assert "not needed" not in reply, reply


async def test_as_if_in_time_checks_never_fail_on_todays_date(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # Lucca closed since 18 January 2016
    dispatcher = CollectingDispatcher()
    text = "At IMT Lucca, could I do a traineeship in Germany?"
    await respond(dispatcher, text=text, intent="check_eligibility", slots={}, entities=[
        said(text, "institution", "lucca", "IMT Lucca"), said(text, "activity", "traineeship", "traineeship"),
        said(text, "country", "DE", "Germany")])
    reply = texts(dispatcher)
    assert "closed" in reply and "1 October 2025" not in reply, reply


async def test_can_i_still_apply_to_an_open_call_says_who_may_still_apply(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    text = ("I have already started my IMT visiting period abroad in Lucca's programme. Can I still apply "
            "for the Erasmus grant?")
    await respond(dispatcher, text=text, intent="faq_application_deadline", slots={"call": "imt-lucca-2015"})
    reply = texts(dispatcher)
    assert "18 January 2016" in reply and "31 January 2016" in reply, reply


async def test_an_unsure_out_of_scope_with_a_goal_close_behind_is_that_goal(dispatcher, monkeypatch):
    from actions.dialogue import ActionRespond
    from tests.actions.conftest import make_tracker
    from tests.actions.test_dialogue import DOMAIN

    monkeypatch.setenv("MOBILITY_TODAY", "2025-09-15")
    text = "What is the deadline of the ITM Antwerp Erasmus+ call?"
    ranking = [{"name": "out_of_scope", "confidence": 0.48}, {"name": "ask_deadline", "confidence": 0.47}]
    tracker = make_tracker(slots={}, text=text, intent="out_of_scope", ranking=ranking,
                           entities=[said(text, "institution", "itm", "ITM Antwerp")])
    tracker.latest_message["intent"]["confidence"] = 0.48
    await ActionRespond().run(dispatcher, tracker, DOMAIN)
    assert "31 July 2026" in texts(dispatcher), texts(dispatcher)
