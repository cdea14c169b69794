"""Round 43: "how do I actually apply by the 18th, is there a form or do I just email?" got only the apply-by
date, "la domanda come la mando? scrivo alla giorgetti e basta o c'è un modulo?" only the contact line: both
ask how to apply, which the call's application topic answers. "So how long could I still go then?" after the
12-month-cap refusal got the durations paragraph: the months left in the cycle and the latest end for the
planned start. "Waarom was mijn nationaliteit eigenlijk van belang?" after the verdict got "anything else?";
"why did it matter" is "why did you ask it". Every figure and date comes from the call data and the rules
core."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.conditions import length_text
from actions.faq import topics_of
from actions.i18n import t
from tests.actions.conversation import play
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LISBON = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "goal": "eligibility",
          "destination": "PT", "destination_city": "Lisbon", "receiving_org": "hei",
          "start_date": "2016-02-01", "end_date": "2016-05-31", "prior_erasmus_months": 8}


def _documents(lang: str) -> str:
    return topics_of("imt-lucca-2015", ("application_documents",), "phd_student")[0].answer(lang)


# 1. How to apply, asked with the date or the contact person.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok. how do I actually apply by the 18th, is there a form or do I just email?"),
    ("en", "how do I actually apply?"),
    ("it", "ok grazie. la domanda come la mando? scrivo alla giorgetti e basta o c'è un modulo?"),
    ("it", "come faccio la domanda entro il 18?"),
    ("fr", "comment est-ce que je postule d'ici le 18, il y a un formulaire ou j'envoie juste un mail ?"),
    ("nl", "hoe vraag ik het eigenlijk aan tegen de 18de, is er een formulier of mail ik gewoon?"),
])
@pytest.mark.parametrize("intent", ["ask_deadline", "ask_contact", "inform"])
async def test_how_to_apply_gets_the_application_procedure(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**LISBON, "language": lang}, [(text, intent)], LUCCA_OPEN)
    assert _documents(lang) in got.replies[-1], got.replies[-1]


@pytest.mark.parametrize(("lang", "text", "intent", "expected"), [
    ("en", "by when do I have to apply?", "ask_deadline", "18 January 2016"),
    ("it", "a chi scrivo?", "ask_contact", "erasmus@imtlucca.it"),
])
async def test_the_date_and_the_contact_alone_keep_their_answer(monkeypatch, lang, text, intent, expected):
    got = await play(monkeypatch, {**LISBON, "language": lang}, [(text, intent)], LUCCA_OPEN)
    assert expected in got.replies[-1], got.replies[-1]
    assert _documents(lang) not in got.replies[-1], got.replies[-1]


# 2. The longest stay left after the cycle cap turned the plan down.
OVER = {**LISBON, "end_date": "2016-07-31"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ah, I see. So how long could I still go then?"),
    ("en", "Sorry, I meant: given my 8 months, what's the longest stay I still have left?"),
    ("fr", "d'accord. combien de temps est-ce que je pourrais encore partir alors ?"),
    ("nl", "hoe lang kan ik dan nog gaan?"),
    ("it", "quanto tempo potrei ancora stare via allora?"),
])
@pytest.mark.parametrize("intent", ["ask_duration", "inform", "nlu_fallback"])
async def test_how_long_still_gets_the_months_left(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**OVER, "language": lang}, [(text, intent)], LUCCA_OPEN)
    reply = got.replies[-1]
    assert length_text(120, lang) in reply, reply
    assert i18n.fmt_date("2016-05-31", lang) in reply, reply


async def test_the_durations_question_keeps_its_answer(monkeypatch):
    got = await play(monkeypatch, {**OVER, "language": "en"},
                     [("how long can a traineeship last?", "ask_duration")], LUCCA_OPEN)
    assert "2 months to 12 months" in got.replies[-1], got.replies[-1]


# 3. Why the nationality mattered, after the verdict.
BRUSSELS = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SE",
            "destination_city": "Stockholm", "receiving_org": "hei", "start_date": "2026-03-09",
            "end_date": "2026-03-13", "citizenship": ["BE"], "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Waarom was mijn nationaliteit eigenlijk van belang?"),
    ("nl", "waarom deed mijn nationaliteit ertoe?"),
    ("en", "why did my nationality actually matter?"),
    ("en", "why was my nationality relevant?"),
    ("fr", "pourquoi ma nationalité comptait-elle, au fait ?"),
    ("fr", "pourquoi ma nationalité était importante ?"),
    ("it", "perché la mia cittadinanza era importante?"),
    ("it", "perché contava la mia nazionalità?"),
])
@pytest.mark.parametrize("intent", ["ask_why", "nlu_fallback", "inform"])
async def test_why_the_nationality_mattered(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**BRUSSELS, "language": lang}, [(text, intent)], ITM_OPEN)
    field = i18n.label(lang, "fields", "citizenship")
    assert t(lang, "why_intro", field=field) in got.replies[-1], got.replies[-1]


async def test_why_asked_keeps_its_answer(monkeypatch):
    got = await play(monkeypatch, {**BRUSSELS, "language": "nl"},
                     [("Waarom vroeg u naar mijn nationaliteit?", "ask_why")], ITM_OPEN)
    field = i18n.label("nl", "fields", "citizenship")
    assert t("nl", "why_intro", field=field) in got.replies[-1], got.replies[-1]
