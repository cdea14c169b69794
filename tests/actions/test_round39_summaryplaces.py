"""Round 38 (IMT Lucca, Dutch): the e-mail summary of a PhD student who said she has an IMT doctoral
scholarship read "Financiering: een andere beurs (of bench fee) financiert dit verblijf al." (ITM's words; she
never said it funds the stay, and Lucca's call says the PhD scholarship is compatible). The line now comes
from each call's data (`chat.facts`). And "hoeveel plekken zijn er?" was skipped beside a question on the
chances, then answered with the grant amount: now how many grants the call funds (ITM), or that the call does
not say (Lucca) and whom to ask, in four languages."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import fact_words
from actions.contact import summary
from actions.profile import core
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, answered, hear

LANGS = ("en", "fr", "nl", "it")
LISBON = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "PT",
          "destination_city": "Lisbon", "start_date": "2016-04-01", "end_date": "2016-07-31",
          "receiving_org": "enterprise", "prior_erasmus_months": 0, "citizenship": ["NL"],
          "goal": "eligibility"}
ANTWERP_MADRID = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "ES",
                  "destination_city": "Madrid", "start_date": "2026-03-02", "end_date": "2026-05-29",
                  "receiving_org": "enterprise", "citizenship": ["BE"], "goal": "eligibility"}
SCHOLARSHIP = {"en": "PhD scholarship", "fr": "bourse de doctorat", "nl": "doctoraatsbeurs",
               "it": "borsa di dottorato"}
PLACES = {"en": "but how many places are there?", "fr": "mais combien de places y a-t-il ?",
          "nl": "ja maar hoeveel plekken zijn er?", "it": "ma quanti posti ci sono?"}


# 1. The scholarship in the summary: in the call's own words.
@pytest.mark.parametrize("lang", LANGS)
def test_lucca_summary_says_the_phd_scholarship_not_that_it_funds_the_stay(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    slots = {**LISBON, "language": lang, "has_scholarship": True}
    body = summary(make_tracker(slots), lang, "imt-lucca-2015")
    line = fact_words("imt-lucca-2015", "has_scholarship", lang, True)
    assert line and line in body and SCHOLARSHIP[lang] in line, body
    assert "bench fee" not in body and fact_words("itm-2024", "has_scholarship", lang, True) not in body, body


@pytest.mark.parametrize("lang", LANGS)
def test_itm_summary_keeps_its_bench_fee_words(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = {**ANTWERP_MADRID, "language": lang, "has_scholarship": True}
    body = summary(make_tracker(slots), lang, "itm-2024")
    assert fact_words("itm-2024", "has_scholarship", lang, True) in body and "bench fee" in body, body


def test_the_fact_words_are_call_data_in_four_languages():
    for call_id in ("itm-2024", "imt-lucca-2015"):
        words = core().get_call(call_id).chat.facts["has_scholarship"]
        texts_ = (words.if_yes, words.if_no, words.meaning)
        assert all(getattr(text, lang) for text in texts_ for lang in LANGS), call_id


async def _reply(monkeypatch, slots: dict, lang: str, text: str, today: str, intent: str) -> str:
    slots = await answered(monkeypatch, {**slots, "language": lang}, today)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, today, intent)
    return texts(dispatcher)


# 2. "How many places are there?": its own question, never the amount.
@pytest.mark.parametrize("intent", ["ask_grant", "faq_grant_count", "nlu_fallback"])
@pytest.mark.parametrize("lang", LANGS)
async def test_lucca_places_the_call_does_not_say_and_whom_to_ask(monkeypatch, lang, intent):
    reply = await _reply(monkeypatch, LISBON, lang, PLACES[lang], LUCCA_OPEN, intent)
    from actions import i18n

    sentence = i18n.label(lang, "topic_not_said", "grant_count").split("{call}")[0]
    assert sentence in reply and "erasmus@imtlucca.it" in reply, reply
    assert "€" not in reply and "EUR" not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_itm_places_gives_its_number_of_grants(monkeypatch, lang):
    reply = await _reply(monkeypatch, ANTWERP_MADRID, lang, PLACES[lang], ITM_OPEN, "ask_grant")
    topic = core().get_call("itm-2024").topics["grant_count"].text.get(lang)
    assert topic in reply and "€" not in reply, reply


async def test_places_beside_the_chances_gets_both(monkeypatch):
    text = "en over die voorrang: hoeveel plekken zijn er eigenlijk? maak ik nog een kans met mijn beurs?"
    from actions import i18n

    reply = await _reply(monkeypatch, {**LISBON, "has_scholarship": True}, "nl", text, LUCCA_OPEN,
                         "faq_selection")
    assert i18n.label("nl", "topic_not_said", "grant_count").split("{call}")[0] in reply, reply
    assert "Voorkeur gaat naar studenten zonder beurs" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("nl", "hoeveel krijg ik dan per maand?"),
                                            ("en", "how much would I get?")])
async def test_the_amount_question_keeps_the_amount(monkeypatch, lang, text):
    reply = await _reply(monkeypatch, LISBON, lang, text, LUCCA_OPEN, "ask_grant")
    assert "1.720" in reply or "1,720" in reply, reply  # the grant, as before
