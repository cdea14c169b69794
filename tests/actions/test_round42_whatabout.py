"""Round 42: after "not eligible" for ETH Zurich, "what about TU Munich then? same dates" got "I can't find
the answer to that in the call text": a two-word name with "then" was not read as the same plan with another
place, as "what about Munich then?" was."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

ZURICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "goal": "eligibility",
          "destination": "CH", "destination_city": "Zurich", "receiving_org": "hei",
          "start_date": "2016-03-01", "end_date": "2016-06-30", "language": "en"}


@pytest.mark.parametrize("text", ["what about TU Munich then? same dates", "what about TU Munich then?",
                                  "how about TU Munich instead?"])
async def test_another_place_with_a_two_word_name_is_the_case_asked(monkeypatch, text):
    got = await play(monkeypatch, ZURICH, [("ok", "affirm"), (text, "nlu_fallback")], "2016-01-10")
    assert "I can't find" not in got.replies[-1], got.replies[-1]
    assert "Munich" in got.replies[-1], got.replies[-1]


async def test_what_about_the_deadline_is_no_case(monkeypatch):
    asked = ("what about the deadline then?", "ask_deadline")
    got = await play(monkeypatch, ZURICH, [("ok", "affirm"), asked], "2016-01-10")
    assert "18 January 2016" in got.replies[-1], got.replies[-1]
    assert "Only for this case" not in got.replies[-1]
