"""Round 49 (a Lucca PhD student today, asking about the ended 2015/2016 call for 2027):
- "Is Ms Giorgetti still the right person?" got a plain "Yes: ..." although the call ended ten years ago: an
  ended call's contact is confirmed for that call only, with who can say whether it still holds.
- "when I write to Ms Giorgetti, what information should I include in my email?" got "Yes: <the contact>":
  it asks for the summary to paste into the e-mail."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
          "destination": "DE", "destination_city": "Munich", "receiving_org": "hei", "citizenship": ["IT"],
          "start_date": "2027-03-01", "end_date": "2027-06-30"}
STILL = {"en": "Who should I write to exactly? Is Ms Giorgetti still the right person?",
         "fr": "Mme Giorgetti, c'est toujours la bonne personne ?",
         "nl": "Is mevrouw Giorgetti nog altijd de juiste persoon?",
         "it": "La dottoressa Giorgetti è ancora la persona giusta?"}
FOR_THAT_CALL = {"en": "For that call, yes:", "fr": "Pour cet appel, oui :", "nl": "Voor die oproep wel:",
                 "it": "Per quel bando sì:"}


async def _play(monkeypatch, lang, messages, today="2026-12-04"):
    return await play(monkeypatch, {**MUNICH, "language": lang}, messages, today, user_event="parsed",
                      keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_an_ended_calls_contact_is_confirmed_for_that_call(monkeypatch, lang):
    got = await _play(monkeypatch, lang, [(STILL[lang], "ask_contact")])
    last = got.replies[-1]
    assert last.startswith(FOR_THAT_CALL[lang]), last
    assert "erasmus@imtlucca.it" in last, last


async def test_an_open_calls_contact_is_a_plain_yes(monkeypatch):
    got = await _play(monkeypatch, "en", [("Is Ms Giorgetti the right person?", "ask_contact")], "2016-01-10")
    assert got.replies[-1].startswith("Yes:"), got.replies[-1]


@pytest.mark.parametrize("intent", ["ask_contact", "nlu_fallback", "ask_documents"])
async def test_what_to_put_in_the_email_is_the_summary(monkeypatch, intent):
    text = "Thank you. One last question: when I write to Ms Giorgetti, what information should I include " \
           "in my email?"
    got = await _play(monkeypatch, "en", [(text, intent)])
    last = got.replies[-1]
    assert not last.startswith("Yes:"), last
    assert "Munich" in last, last
