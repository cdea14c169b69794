"""No institution named, or only "IMT": the one call the person's facts leave is taken, and said so, instead
of "which institution?" (a staff member, a staff training or a 2026 stay rule out IMT Lucca's 2015/2016 PhD
call). Several calls left: the question comes."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond


@pytest.mark.parametrize(("slots", "lang", "words"), [
    ({"role": "staff"}, "fr", "Je suppose qu'il s'agit de"),
    ({"role": "msc_student"}, "en", "I take it this is about"),
    ({"role": "phd_student", "activity": "short_term_doctoral"}, "nl", "Ik neem aan dat het over"),
    ({"activity": "staff_training"}, "it", "Presumo che si tratti di"),
])
async def test_facts_only_one_call_admits_settle_the_call(monkeypatch, slots, lang, words):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    dispatcher = CollectingDispatcher()
    text = {"en": "yes please", "fr": "oui, d'accord", "nl": "ja, graag", "it": "sì, va bene"}[lang]
    got = await respond(dispatcher, text=text, slots={**slots, "language": lang, "goal": "eligibility"},
                        intent="affirm")
    assert got.get("call") == "itm-2024", got
    reply = texts(dispatcher)
    assert words in reply and "Anvers" in reply.replace("Antwerp", "Anvers"), reply


async def test_a_2026_stay_of_a_phd_student_settles_itm(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    text = "from 1 March to 30 April 2026"
    got = await respond(CollectingDispatcher(), text=text,
                        slots={"role": "phd_student", "language": "en", "goal": "eligibility"},
                        entities=[said(text, "start_date", "2026-03-01", "1 March"),
                                  said(text, "end_date", "2026-04-30", "30 April 2026")])
    assert got.get("call") == "itm-2024", got


@pytest.mark.parametrize("slots", [
    {"role": "phd_student"},  # both calls are for PhD students
    {"activity": "traineeship"},
    {},
])
async def test_facts_two_calls_admit_ask_which(monkeypatch, slots):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    dispatcher = CollectingDispatcher()
    got = await respond(dispatcher, text="ok", slots={**slots, "language": "en", "goal": "eligibility"},
                        intent="affirm")
    assert not got.get("call"), got
    assert "Which institution" in texts(dispatcher) or "Which call" in texts(dispatcher), texts(dispatcher)


async def test_a_staff_member_s_tu_gets_tu(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text="salut, tu peux m'aider ? je suis technicien de labo",
                  slots={"role": "staff", "language": "fr", "goal": "eligibility"})
    assert "tu pensais" in texts(dispatcher) and "vous" not in texts(dispatcher), texts(dispatcher)
