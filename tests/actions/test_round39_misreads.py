"""Round 39 (echo39): what the person said, misread (simulated users of round 38).
1. "⏳ Dat is over 8 dagen: beter niet wachten." (the days left to apply) answered "oh wauw 8 dagen, dat is
   krap. Even checken: wordt dan mijn doctoraatsbeurs met 50% verhoogd of de erasmusbeurs?" made the stay 8
   days long ("Bijgewerkt: einddatum: 31 juli 2016 → 8 april 2016", not eligible): a length the last reply
   said about time ahead, echoed back, is no length of the stay (actions/echoedlength.py). The question got
   "I can't find" or the grant amounts: a percentage the call's topic on other scholarships states, asked
   with a word for funding, is answered by that topic (actions/cumulate.py), without its "Yes." under a
   which-question.
2. An ended call's as-if case on March-May 2016: "Donc pour mars-mai j'aurais eu 690 € en tout, c'est ça ?"
   got "Pas tout à fait ... ✗ pas 1 mars 2027": the months said without a year take the stored stay's year
   for the answers as for the facts (actions/turn.py).
3. "Allora Barcellona, stesse date." after the destination was refused got "Posso aiutarLa in qualcos'altro?":
   a place alone after "then" words moves the plan (actions/earlierplaces.py).
Nearby answers kept: "actually only 8 days" and a length with no countdown before it still change the stay,
the grant amount asked still gets the amount, a wrong amount in a recap is still corrected, a question about
a place or an earlier stay there moves nothing.
"""
from __future__ import annotations

from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LUCCA = "imt-lucca-2015"
ENDED = "2026-12-03"  # the simulated users' server: both calls ended
LISBON = {"call": LUCCA, "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "PT", "destination_city": "Lisbon", "receiving_org": "enterprise",
          "start_date": "2016-04-01", "end_date": "2016-07-31", "prior_erasmus_months": 0.0,
          "has_scholarship": True}
HEIDELBERG = {"call": LUCCA, "role": "phd_student", "goal": "eligibility", "activity": "study",
              "destination": "DE", "destination_city": "Heidelberg", "receiving_org": "hei",
              "start_date": "2016-03-01", "end_date": "2016-05-31", "prior_erasmus_months": 0.0,
              "hypothetical": True}
BOLOGNA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
           "destination": "IT", "destination_city": "Bologna", "receiving_org": "hei",
           "start_date": "2026-02-01", "end_date": "2026-06-30"}
GO = {"en": "So can I go?", "fr": "Donc je peux partir ?", "nl": "Kan ik dus gaan?",
      "it": "Quindi posso partire?"}
LANGS = ("en", "fr", "nl", "it")


async def talk(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]],
               today: str) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """Each message in turn as Rasa has it (its user event parsed, the slot events kept): the replies, the
    slots the last message set, all slots."""
    played = await play(monkeypatch, slots, messages, today, user_event="parsed", keep_slot_events=True)
    return played.replies, played.last, played.slots


def _updated(lang: str) -> str:
    return t(lang, "changed_facts", facts="")[:8]


# 1. The countdown echoed back; the question of the same message answered.
ECHO = {
    "nl": "oh wauw 8 dagen, dat is krap. Even checken: wordt dan mijn doctoraatsbeurs met 50% verhoogd of de "
          "erasmusbeurs? en krijg ik dan allebei?",
    "en": "wow 8 days, that's tight. Quick check: is it my PhD scholarship that goes up by 50% or the "
          "Erasmus grant? and do I get both?",
    "fr": "ah 8 jours, c'est court. Juste pour vérifier : c'est ma bourse de doctorat qui est majorée de "
          "50 % ou la bourse Erasmus ? et je touche les deux ?",
    "it": "accidenti, 8 giorni, è poco. Per capire: è la mia borsa di dottorato che aumenta del 50% o quella "
          "Erasmus? e le ricevo entrambe?",
}
TOPIC_WORDS = {"en": "increased by 50%", "fr": "majorées de 50 %", "nl": "met 50% verhoogd",
               "it": "aumentate del 50%"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["inform", "nlu_fallback", "ask_grant"])
async def test_the_countdown_said_back_is_no_length_of_the_stay(monkeypatch, lang, intent):
    replies, got, _ = await talk(monkeypatch, {**LISBON, "language": lang},
                                 [(GO[lang], "check_eligibility"), (ECHO[lang], intent)], LUCCA_OPEN)
    assert t(lang, "deadline_soon", when=i18n.fmt_days_ahead(8, lang)) in replies[0], replies[0]
    assert "end_date" not in got and "start_date" not in got, got
    assert _updated(lang) not in replies[1], replies[1]
    assert TOPIC_WORDS[lang] in replies[1], replies[1]  # the call's answer: the PhD scholarship +50%, plus
    assert not replies[1].split("\n")[1].startswith(("Yes", "Oui", "Ja", "Sì")), replies[1]


CORRECTED = {"en": "actually, only 8 days.", "fr": "en fait, seulement 8 jours.",
             "nl": "eigenlijk maar 8 dagen.", "it": "anzi, solo 8 giorni."}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_length_said_as_a_correction_still_changes_the_stay(monkeypatch, lang):
    replies, got, _ = await talk(monkeypatch, {**LISBON, "language": lang},
                                 [(GO[lang], "check_eligibility"), (CORRECTED[lang], "inform")], LUCCA_OPEN)
    assert t(lang, "deadline_soon", when=i18n.fmt_days_ahead(8, lang)) in replies[0], replies[0]
    assert got.get("end_date") == "2016-04-08", got


NEW_LENGTH = {"en": "I'll stay 3 months only.", "fr": "je reste seulement 3 mois.",
              "nl": "ik blijf maar 3 maanden.", "it": "resto solo 3 mesi."}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_length_the_reply_did_not_count_down_changes_the_stay(monkeypatch, lang):
    _, got, _ = await talk(monkeypatch, {**LISBON, "language": lang},
                           [(GO[lang], "check_eligibility"), (NEW_LENGTH[lang], "inform")], LUCCA_OPEN)
    assert got.get("end_date") == "2016-06-30", got


WHICH = [("nl", "welke beurs gaat met 50% omhoog?"), ("en", "which grant goes up by 50%?"),
         ("fr", "quelle bourse est majorée de 50 % ?"), ("it", "quale borsa aumenta del 50%?"),
         ("nl", "En je hebt mijn vraag niet beantwoord: welke beurs gaat met 50% omhoog?"),
         ("en", "You didn't answer my question: which scholarship is increased by 50%?")]


@pytest.mark.parametrize(("lang", "text"), WHICH)
@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
async def test_which_grant_goes_up_50_percent_is_the_calls_answer(monkeypatch, lang, text, intent):
    replies, _, _ = await talk(monkeypatch, {**LISBON, "language": lang},
                               [(GO[lang], "check_eligibility"), (text, intent)], LUCCA_OPEN)
    assert TOPIC_WORDS[lang] in replies[1], replies[1]
    assert "1.720" not in replies[1] and "1,720" not in replies[1], replies[1]
    assert not replies[1].split("\n")[1].startswith(("Yes", "Oui", "Ja", "Sì")), replies[1]


HOW_MUCH = {"en": "How much would I get?", "fr": "Combien je toucherais ?", "nl": "Hoeveel zou ik krijgen?",
            "it": "Quanto riceverei?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_amount_asked_is_still_the_amount(monkeypatch, lang):
    replies, _, _ = await talk(monkeypatch, {**LISBON, "language": lang},
                               [(GO[lang], "check_eligibility"), (HOW_MUCH[lang], "ask_grant")], LUCCA_OPEN)
    assert i18n.fmt_eur(1720, lang) in replies[1], replies[1]


# 2. Months without a year in a recap of an ended call's case: the case's year.
RECAP = {
    "fr": "Très bien. Donc pour mars-mai j'aurais eu 690 € en tout, c'est ça ?",
    "en": "OK. So for March to May I would have got 690 € in total, right?",
    "nl": "Oké. Dus voor maart tot mei had ik in totaal 690 € gekregen, klopt dat?",
    "it": "Va bene. Quindi per marzo-maggio avrei avuto 690 € in tutto, giusto?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_months_said_back_without_a_year_are_the_cases(monkeypatch, lang):
    replies, _, _ = await talk(monkeypatch, {**HEIDELBERG, "language": lang},
                               [(GO[lang], "check_eligibility"), (RECAP[lang], "inform")], ENDED)
    assert i18n.fmt_eur(690, lang) in replies[0], replies[0]
    assert "2027" not in replies[1] and "✗" not in replies[1], replies[1]
    assert t(lang, "recap_right") in replies[1], replies[1]


WRONG_AMOUNT = {
    "fr": "Donc pour mars-mai j'aurais eu 900 € en tout, c'est ça ?",
    "en": "So for March to May I would have got 900 € in total, right?",
    "nl": "Dus voor maart tot mei had ik in totaal 900 € gekregen, klopt dat?",
    "it": "Quindi per marzo-maggio avrei avuto 900 € in tutto, giusto?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_wrong_amount_in_that_recap_is_still_corrected(monkeypatch, lang):
    replies, _, _ = await talk(monkeypatch, {**HEIDELBERG, "language": lang},
                               [(GO[lang], "check_eligibility"), (WRONG_AMOUNT[lang], "inform")], ENDED)
    assert t(lang, "recap_wrong") in replies[1] and "2027" not in replies[1], replies[1]
    assert i18n.fmt_eur(690, lang) in replies[1], replies[1]


# 3. A place alone after "then" words, the destination refused: the plan moved there.
THEN_PLACE = [
    ("it", "Capisco. Allora Barcellona, stesse date.", "Barcelona", "ES"),
    ("en", "ok then Lisbon, same dates", "Lisbon", "PT"),
    ("fr", "D'accord. Alors Lisbonne, mêmes dates.", "Lisbon", "PT"),
    ("nl", "Oké, dan Lissabon, zelfde data.", "Lisbon", "PT"),
    ("en", "Right. Lisbon then, same dates.", "Lisbon", "PT"),
    ("it", "Ok, allora Lisbona, sempre febbraio-giugno.", "Lisbon", "PT"),
]


@pytest.mark.parametrize(("lang", "text", "city", "country"), THEN_PLACE)
async def test_a_place_after_then_replaces_the_refused_destination(monkeypatch, lang, text, city, country):
    replies, got, _ = await talk(monkeypatch, {**BOLOGNA, "language": lang, "citizenship": ["IT"]},
                                 [(GO[lang], "check_eligibility"), (text, "inform")], ITM_OPEN)
    assert "❌" in replies[0], replies[0]  # Italy refused: a country of the person's citizenship
    assert got.get("destination_city") == city and got.get("destination") == country, got
    assert "start_date" not in got and "end_date" not in got, got
    assert _updated(lang) in replies[-1], replies[-1]


STAYS = [
    ("it", "Allora Barcellona va bene?"),
    ("en", "ok, my sister studied in Lisbon last year."),
    ("fr", "Alors, il y a un accord avec Lisbonne ?"),
    ("nl", "Oké, mijn zus heeft vorig jaar in Lissabon gestudeerd."),
]


@pytest.mark.parametrize(("lang", "text"), STAYS)
async def test_a_place_asked_about_or_of_an_earlier_stay_moves_nothing(monkeypatch, lang, text):
    slots = {**BOLOGNA, "destination": "ES", "destination_city": "Madrid", "language": lang,
             "citizenship": ["IT"]}
    _, got, _ = await talk(monkeypatch, slots, [(GO[lang], "check_eligibility"), (text, "inform")], ITM_OPEN)
    assert "destination_city" not in got and "destination" not in got, got
