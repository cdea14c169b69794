"""Round 11 of simulated users: facts given later or mentioned in passing."""
from __future__ import annotations

import pytest

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

VIENNA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "goal": "eligibility",
          "destination": "AT", "destination_city": "Vienna", "receiving_org": "hei", "citizenship": ["IT"],
          "start_date": "2016-03-01", "end_date": "2016-06-30", "skipped": ["prior_erasmus_months"],
          "language": "en"}


@pytest.fixture(autouse=True)
def lucca_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")


@pytest.mark.parametrize("text", ["previous erasmus months: 0", "0", "I had 0 months of erasmus before",
                                  "mesi di erasmus precedenti: 0"])
async def test_prior_months_left_open_can_be_given_later(dispatcher, text):
    # "not sure" first, then the number once known: it used to get "Your answer stays the same" for ever.
    got = await respond(dispatcher, text=text, slots=VIENNA)
    assert got.get("prior_erasmus_months") == 0.0, (got, texts(dispatcher))
    assert "eligible" in texts(dispatcher)


async def test_a_number_in_another_sentence_is_not_the_prior_months(dispatcher):
    text = "the end is 30 June"
    got = await respond(dispatcher, text=text, slots=VIENNA,
                        entities=[said(text, "end_date", "2016-06-30", "30 June")])
    assert "prior_erasmus_months" not in got


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "so what do I have to send? and do I need some english certificate?", "english"),
    ("fr", "et faut-il un certificat d'anglais ?", "anglais"),
    ("it", "serve un certificato di inglese?", "inglese"),
    ("nl", "moet ik een Engelse taaltest doen?", "Engelse"),
])
async def test_a_language_certificate_is_no_nationality(dispatcher, lang, text, word):
    got = await respond(dispatcher, text=text, slots={**VIENNA, "language": lang, "prior_erasmus_months": 0,
                                                       "skipped": []},
                        entities=[{**said(text, "country", "GB", word), "role": "citizenship"}])
    assert "citizenship" not in got, got


@pytest.mark.parametrize(("text", "month_words", "expected"), [
    ("So I just finished my PhD at IMT Lucca (defended in November) and want a traineeship", "November",
     "2015-11-01"),
    ("j'ai soutenu ma thèse en novembre", "novembre", "2015-11-01"),
    ("I'll graduate in February", "February", "2016-02-01"),  # the future stays the future
])
async def test_a_graduation_told_in_the_past_without_a_year_is_the_last_one(dispatcher, text, month_words,
                                                                           expected):
    # The NLU takes the next November (2016) on 10 January 2016: a wrong "graduation after 31 March 2016".
    nlu_value = "2016-11-01" if expected == "2015-11-01" else expected
    got = await respond(dispatcher, text=text, slots={"call": "imt-lucca-2015", "language": "en"},
                        entities=[said(text, "start_date", nlu_value, month_words)])
    assert got.get("graduation_date") == expected, got


async def test_how_much_scholarship_is_the_grant_not_another_scholarship(dispatcher):
    text = "quanto prenderei di borsa?"
    await respond(dispatcher, text=text, intent="faq_scholarship_compatibility",
                  slots={"call": "itm-2024", "language": "it", "role": "phd_student", "goal": "eligibility"})
    assert "riduce la Sua priorità" not in texts(dispatcher), texts(dispatcher)


async def test_the_dates_of_an_ended_call_are_its_window_not_a_date_to_apply_by(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-09-15")
    text = "Between which dates must the IMT Lucca 2015/2016 mobility take place?"
    await respond(dispatcher, text=text, intent="ask_deadline",
                  slots={"call": "imt-lucca-2015", "language": "en"})
    reply = texts(dispatcher)
    assert "closed" in reply and "1 February 2016" in reply and "30 September 2016" in reply, reply
    assert "Applying on 15 September 2025" not in reply and "Apply by" not in reply, reply
