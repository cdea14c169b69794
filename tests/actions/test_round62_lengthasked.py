"""Round 62 (o3, integration): "2 mesi bastano per un tirocinio?" is answered yes or no by the rules core's
duration check of a stay of that length (actions/lengthenough.py); a length only asked about ("are 6 weeks
enough for a traineeship?") was stored as the plan's duration and a "not eligible" verdict followed. A length
asked about is not stored (actions/lengthq.py); said as the plan, it still is."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "DE", "destination_city": "Munich", "receiving_org": "research_institute",
          "citizenship": ["IT"], "prior_erasmus_months": 0, "asked": "start_date"}
ASKED = {"en": ("are 6 weeks enough for a traineeship?", "No"),
         "fr": ("6 semaines suffisent pour un stage ?", "Non"),
         "nl": ("is 6 weken genoeg voor een stage?", "Nee"),
         "it": ("6 settimane bastano per un tirocinio?", "No")}
NOT_ELIGIBLE = {"en": "not eligible", "fr": "pas éligible", "nl": "niet in aanmerking", "it": "non è idone"}


@pytest.mark.parametrize("intent", ["faq_duration", "ask_grant", "inform"])
@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_a_length_asked_about_is_not_stored(monkeypatch, lang, intent):
    text, no = ASKED[lang]
    got = await play(monkeypatch, {**MUNICH, "language": lang}, [(text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(no), reply
    assert "duration" not in got.last and not got.slots.get("duration"), got.last
    assert NOT_ELIGIBLE[lang] not in reply, reply


async def test_a_length_said_as_the_plan_is_stored(monkeypatch):
    got = await play(monkeypatch, {**MUNICH, "language": "en"},
                     [("I'd go for 3 months. Is that enough?", "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("duration") == "P3M", got.last
