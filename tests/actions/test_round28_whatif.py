"""Round 28: a what-if about the person's own plan ("if I extend it to 8 May, is it still OK?", "et si je
prolonge jusqu'au 8 mai, ça passe ?", "what if I only went 4 days?", "could I go June to September instead?")
got the case's facts, the answer's details or the next form question, but never a plain yes or no first. Now
the first line is "Yes: ..." or "No: ..., because ..." (the rules core's verdict for the case), the plan stays
as it was (the case is kept aside), and a plain change of mind still updates the plan."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from actions.profile import core
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

LANGS = ["en", "fr", "nl", "it"]
BERLIN = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
          "destination": "DE", "destination_city": "Berlin", "citizenship": ["BE"], "itm_staff_member": True,
          "start_date": "2026-05-04", "end_date": "2026-05-07", "receiving_org": "hei",
          "receiving_org_has_eche": True}
DOCTORAL = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility",
            "activity": "short_term_doctoral", "destination": "DE", "destination_city": "Berlin",
            "citizenship": ["BE"], "itm_staff_member": False, "start_date": "2026-03-02",
            "end_date": "2026-03-13", "receiving_org": "hei",
            "receiving_org_has_eche": True}
EXTEND = {"en": "if I extend it to 8 May, is it still OK?",
          "fr": "et si je prolonge jusqu'au 8 mai, ça passe ?",
          "nl": "als ik verleng tot 8 mei, kan dat nog?",
          "it": "se allungo fino all'8 maggio, va bene lo stesso?"}
FOUR_DAYS = {"en": "what if I only went 4 days?",
             "fr": "et si je n'y allais que 4 jours ?",
             "nl": "en als ik maar 4 dagen zou gaan?",
             "it": "e se ci andassi solo 4 giorni?"}
SUMMER = {"en": "could I go June to September instead?",
          "fr": "je pourrais partir de juin à septembre à la place ?",
          "nl": "zou ik in plaats daarvan van juni tot september kunnen gaan?",
          "it": "potrei andare da giugno a settembre invece?"}
CHANGE = {"en": "actually it's until 8 May",
          "fr": "en fait c'est jusqu'au 8 mai",
          "nl": "eigenlijk is het tot 8 mei",
          "it": "in realtà è fino all'8 maggio"}


def opening(lang: str, key: str) -> str:
    return t(lang, key, answer="").strip()


async def _after_the_answer(monkeypatch: pytest.MonkeyPatch, plan: dict[str, Any], lang: str,
                            text: str) -> tuple[dict[str, Any], CollectingDispatcher]:
    """The slots the what-if sets and what was said, once the person has had the answer for their plan."""
    slots = {**plan, "language": lang}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)}
    assert "what_if_case" not in slots or not slots["what_if_case"]
    dispatcher = CollectingDispatcher()
    return await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN), dispatcher


def _reasons(plan: dict[str, Any], case: dict[str, Any], lang: str) -> list[str]:
    """What the rules core says fails for the case (never written here)."""
    profile = {k: v for k, v in {**plan, **case}.items() if k != "goal"}
    decision = core().evaluate({**profile, "as_of": ITM_OPEN}, lang=lang)
    assert decision["verdict"] == "not_eligible", decision
    return [str(f["explanation"]).rstrip(".")[1:] for f in decision["failed"]]


@pytest.mark.parametrize("lang", LANGS)
async def test_extending_the_stay_is_yes_first_and_the_plan_stays(monkeypatch, lang):
    got, dispatcher = await _after_the_answer(monkeypatch, BERLIN, lang, EXTEND[lang])
    first = dispatcher.messages[0]["text"]
    assert first.startswith(opening(lang, "answer_yes")), texts(dispatcher)
    assert "end_date" not in got and got["what_if_case"].get("end_date") == "2026-05-08", got
    assert t(lang, "button_keep_case") in texts(dispatcher), texts(dispatcher)  # the case can still be kept


@pytest.mark.parametrize("lang", LANGS)
async def test_four_days_of_doctoral_mobility_is_no_with_the_minimum(monkeypatch, lang):
    got, dispatcher = await _after_the_answer(monkeypatch, DOCTORAL, lang, FOUR_DAYS[lang])
    first = dispatcher.messages[0]["text"]
    assert first.startswith(opening(lang, "answer_no")), texts(dispatcher)
    for reason in _reasons(DOCTORAL, {"end_date": "2026-03-05"}, lang):
        assert reason in first, (reason, texts(dispatcher))
    assert "end_date" not in got and got["what_if_case"].get("end_date") == "2026-03-05", got


@pytest.mark.parametrize("lang", LANGS)
async def test_june_to_september_is_no_because_of_the_end_of_july(monkeypatch, lang):
    got, dispatcher = await _after_the_answer(monkeypatch, BERLIN, lang, SUMMER[lang])
    first = dispatcher.messages[0]["text"]
    assert first.startswith(opening(lang, "answer_no")), texts(dispatcher)
    case = {"start_date": "2026-06-01", "end_date": "2026-09-30"}
    for reason in _reasons(BERLIN, case, lang):
        assert reason in first, (reason, texts(dispatcher))
    assert "start_date" not in got and "end_date" not in got, got
    assert got["what_if_case"].get("end_date") == "2026-09-30", got


@pytest.mark.parametrize("lang", LANGS)
async def test_mid_form_the_yes_comes_before_the_next_question(monkeypatch, lang):
    slots = {k: v for k, v in BERLIN.items() if k != "citizenship"}
    slots = {**slots, "language": lang}
    asked = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)
    assert asked.get("asked") == "citizenship", asked
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, EXTEND[lang], {**slots, **asked}, ITM_OPEN)
    said = [m["text"] for m in dispatcher.messages]
    assert said[0].startswith(opening(lang, "answer_yes")), said
    assert "end_date" not in got, got
    question = t(lang, "ask_citizenship")[:15]
    assert question in said[-1] and question not in said[0], said  # the question still comes, last


@pytest.mark.parametrize("lang", LANGS)
async def test_a_change_of_mind_still_updates_the_plan(monkeypatch, lang):
    got, dispatcher = await _after_the_answer(monkeypatch, BERLIN, lang, CHANGE[lang])
    reply = texts(dispatcher)
    assert got.get("end_date") == "2026-05-08" and not got.get("what_if_case"), got
    assert reply.startswith(t(lang, "changed_facts", facts="").split(" ")[0]), reply
    assert t(lang, "what_if_facts", facts="")[:20] not in reply, reply
    assert t(lang, "button_keep_case") not in reply, reply
    assert not reply.startswith((opening(lang, "answer_yes"), opening(lang, "answer_no"))), reply


async def test_a_what_if_that_asks_something_else_keeps_that_answer(monkeypatch):
    """The other side: "how much would I get?" about a case is answered with the amount, no "Yes:" added."""
    _, dispatcher = await _after_the_answer(monkeypatch, BERLIN, "en",
                                            "what if I extend it to 8 May, how much would I get?")
    reply = texts(dispatcher)
    assert not reply.startswith(("Yes:", "No:")), reply


CHANGES_ANYTHING = {"en": "Would it change anything if I extended it to 8 May?",
                    "fr": "Est-ce que ça changerait quelque chose si je prolongeais jusqu'au 8 mai ?",
                    "nl": "Zou het iets uitmaken als ik tot 8 mei zou blijven?",
                    "it": "Cambierebbe qualcosa se restassi fino all'8 maggio?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_would_it_change_anything_is_no_when_the_answer_is_the_same(monkeypatch, lang):
    """Asked the other way round: the same answer is "No" (it changes nothing), still first."""
    got, dispatcher = await _after_the_answer(monkeypatch, BERLIN, lang, CHANGES_ANYTHING[lang])
    assert dispatcher.messages[0]["text"].startswith(opening(lang, "answer_no")), texts(dispatcher)
    assert "end_date" not in got, got


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_case_answered_yes_can_still_become_the_plan(monkeypatch, lang):
    got, _ = await _after_the_answer(monkeypatch, BERLIN, lang, EXTEND[lang])
    slots = {**BERLIN, "language": lang, **got}
    dispatcher = CollectingDispatcher()
    kept = await hear(dispatcher, monkeypatch, t(lang, "button_keep_case"), slots, ITM_OPEN, intent="affirm")
    assert kept.get("end_date") == "2026-05-08", kept
    assert texts(dispatcher).startswith(t(lang, "changed_facts", facts="").split(" ")[0]), texts(dispatcher)
