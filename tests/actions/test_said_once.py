"""An answer that changes with a new fact says the new outcome in full, but the dates, the contact and the
amount it said before, word for word, come back as one short line each (round 14: "the same blocks over and
over"); what changed is said in full."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

LUCCA_GRAD = {"call": "imt-lucca-2015", "role": "recent_graduate", "activity": "traineeship",
              "destination": "FR", "receiving_org": "research_institute", "citizenship": ["IT"],
              "start_date": "2016-04-01", "end_date": "2016-06-30", "graduation_date": "2015-11-20",
              "prior_erasmus_months": 0, "goal": "eligibility", "supervisor_authorised": True}
FULL_CONTACT = {"en": "+39 0583 4326 562", "it": "+39 0583 4326 562"}
SHORT_CONTACT = {"en": "Next step, as above: Daniela Giorgetti (erasmus@imtlucca.it)",
                 "it": "Prossimo passo, come sopra: Daniela Giorgetti (erasmus@imtlucca.it)"}
SHORT_GRANT = {"en": "Grant estimate as above: €1,440.00",
               "it": "Stima della borsa come sopra: 1.440,00\xa0€"}


async def _first_answer(lang: str, slots: dict) -> tuple[str, dict]:
    first = CollectingDispatcher()
    words = {"en": "so am I eligible?", "it": "quindi sono idonea?"}[lang]
    got = await respond(first, text=words, intent="check_eligibility",
                        slots={**slots, "language": lang})
    return texts(first), {**slots, "language": lang, "last_decision": got["last_decision"]}


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_a_changed_outcome_repeats_only_what_changed(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    before, slots = await _first_answer(lang, LUCCA_GRAD)
    assert FULL_CONTACT[lang] in before and SHORT_CONTACT[lang] not in before
    again = CollectingDispatcher()
    words = {"en": "actually, my supervisor's authorisation: I don't know yet",
             "it": "in realtà l'autorizzazione del relatore non la so ancora"}[lang]
    await respond(again, text=words, slots=slots)
    after = texts(again)
    # The outcome changed (a condition now): said in full, with the condition.
    assert "supervisor" in after.lower() or "relatore" in after.lower(), after
    # The same contact and amount: one short line each, not the block again.
    assert SHORT_CONTACT[lang] in after and FULL_CONTACT[lang] not in after, after
    assert SHORT_GRANT[lang] in after, after
    assert "3 × 480" not in after, after
    assert "non è idone" not in after, after  # "non la so ancora" is no "No"
    # The date to apply by stays, in its one line.
    assert ("18 January 2016" if lang == "en" else "18 gennaio 2016") in after, after


async def test_what_changed_is_said_in_full(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    _, slots = await _first_answer("en", LUCCA_GRAD)
    again = CollectingDispatcher()
    text = "sorry, it ends on 31 May 2016, not 30 June"
    ends = said(text, "end_date", "2016-05-31", "31 May 2016")
    await respond(again, text=text, slots=slots, entities=[ends])
    after = texts(again)
    # Two months now: a different amount, shown with its parts. The contact did not change, nor did the
    # outcome (eligible): no contact line again, not even the short one (round 31); the button stays.
    assert "2 × 480" in after and "€960.00" in after, after
    assert SHORT_CONTACT["en"] not in after and FULL_CONTACT["en"] not in after, after


async def test_a_first_answer_in_another_call_is_said_in_full(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    _, slots = await _first_answer("en", LUCCA_GRAD)
    slots["last_decision"] = {**slots["last_decision"], "call": "itm-2024"}
    again = CollectingDispatcher()
    await respond(again, text="my supervisor's authorisation: I don't know yet", slots=slots)
    assert FULL_CONTACT["en"] in texts(again)
