"""Round 40: the verdict asked again in its shortest forms after it was given ("so can I?", "yes or no?",
"mag dat?", "quindi posso?") got "I can't find the answer to that in the call text"; the NLU reads them as
check_eligibility, and the verdict is their answer. A question about something else that starts the same way
("can I bring my family?") is not the verdict asked again."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LUCCA_VIENNA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
                "destination": "AT", "destination_city": "Vienna", "prior_erasmus_months": 0}
PLAN = {"en": "I'd study in Vienna from 1 April to 31 May 2016",
        "fr": "j'étudierais à Vienne du 1er avril au 31 mai 2016",
        "nl": "ik zou in Wenen studeren van 1 april tot 31 mei 2016",
        "it": "studierei a Vienna dal 1 aprile al 31 maggio 2016"}
REFUSED = {"en": "not eligible", "fr": "pas éligible", "nl": "niet in aanmerking", "it": "non è idone"}
CANNOT = {"en": "I can't find", "fr": "Je ne trouve pas", "nl": "Ik vind het antwoord", "it": "Non trovo"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "so can I?"), ("en", "can I?"), ("en", "so yes or no?"), ("en", "ok, can I then?"),
    ("fr", "donc je peux ?"), ("fr", "alors, oui ou non ?"), ("fr", "je peux ?"),
    ("nl", "mag dat?"), ("nl", "kan ik dan?"), ("nl", "dus ja of nee?"),
    ("it", "quindi posso?"), ("it", "posso?"), ("it", "allora, sì o no?"),
])
async def test_the_verdict_asked_again_in_few_words_is_the_verdict(monkeypatch, lang, text):
    slots = {**LUCCA_VIENNA, "language": lang}
    got = await play(monkeypatch, slots, [(PLAN[lang], "inform"), (text, "check_eligibility")], "2016-01-10",
                     user_event="parsed", keep_slot_events=True)
    assert REFUSED[lang] in got.replies[0], got.replies[0]  # the 61-day study period is too short
    assert REFUSED[lang] in got.replies[-1], got.replies[-1]
    assert CANNOT[lang] not in got.replies[-1], got.replies[-1]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can I bring my family?"), ("fr", "je peux emmener mon chien ?"),
    ("it", "posso portare il cane?"),
])
async def test_a_question_that_starts_the_same_way_is_not_the_verdict_again(monkeypatch, lang, text):
    slots = {**LUCCA_VIENNA, "language": lang}
    got = await play(monkeypatch, slots, [(PLAN[lang], "inform"), (text, "check_eligibility")], "2016-01-10",
                     user_event="parsed", keep_slot_events=True)
    assert REFUSED[lang] not in got.replies[-1].split("\n")[0], got.replies[-1]


# "c'est bon ?" while only the host type is open: "I can't tell yet: it depends on the host", and the date to
# apply by, known from the departure, with it (it was not said at all).
ITM_DOCTORAL = {"call": "itm-2024", "role": "phd_student", "itm_staff_member": False, "goal": "eligibility",
                "activity": "short_term_doctoral", "destination": "ES", "destination_city": "Barcelona",
                "citizenship": ["FR"], "start_date": "2026-03-09", "end_date": "2026-03-20",
                "asked": "receiving_org"}
APPLY_BY = {"en": "9 January 2026", "fr": "9 janvier 2026", "nl": "9 januari 2026", "it": "9 gennaio 2026"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "so am I eligible?"), ("fr", "c'est bon ?"), ("nl", "kom ik in aanmerking?"),
    ("it", "posso andare?"),
])
async def test_cannot_tell_yet_still_says_the_date_to_apply_by(monkeypatch, lang, text):
    got = await play(monkeypatch, {**ITM_DOCTORAL, "language": lang}, [(text, "check_eligibility")],
                     "2025-10-01", user_event="parsed", keep_slot_events=True)
    assert APPLY_BY[lang] in got.replies[-1], got.replies[-1]
