"""Round 61, r61-l3 (Dimitar, IMT Lucca PhD student, Charles University in Prague, 1 April - 30 June 2016;
today 10 January 2016) and r61-i3 (French "vous", IMT Lucca PhD student, KU Leuven 1 March - 30 June 2016).

1. "du 1er mars au 30 juin 2016, 920 € au total ?" got "✗ pas 2 016 920,00 €": the year before ", 920 €" was
   read as part of the amount. Now the amount is 920 and the recap is right.
2. After an as-if case (extending to the end of July), "and the grant in that case?" got the conditions block
   again with no amount, and "I mean the amount of money for April-July, 4 months" stored the end of July as
   his plan ("Updated: end date: 30 June 2016 → 31 July 2016"). Now both give that case's amount, 4 x 230 =
   920 EUR, and nothing is stored.
3. "Et la destination et les dates, c'est bien KU Leuven du 1er mars au 30 juin ?" got "Je ne trouve pas la
   réponse dans le texte de l'appel": now each fact named is confirmed from the stored plan."""
from __future__ import annotations

import pytest

from actions import i18n
from tests.actions.conversation import play

TODAY = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
DIMITAR = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
           "destination": "CZ", "destination_city": "Prague", "receiving_org": "hei",
           "start_date": "2016-04-01", "end_date": "2016-06-30", "prior_erasmus_months": 0, "gender": "male",
           "nationality": "BG"}
LEUVEN = {**DIMITAR, "destination": "BE", "destination_city": "Leuven", "start_date": "2016-03-01"}
CANNOT = {"en": "I can't find", "fr": "Je ne trouve pas", "nl": "Ik vind", "it": "Non trovo"}


async def _talk(monkeypatch, lang, messages, slots=DIMITAR):
    return await play(monkeypatch, {**slots, "language": lang},
                      [("ok", "affirm"), *messages], TODAY, user_event="parsed", keep_slot_events=True)


# 1. A year before the amount
RECAP = {"en": "Thanks. To sum up, my plan is still KU Leuven from 1 March to 30 June 2016, 920 € in total?",
         "fr": "Merci. Pour récapituler, mon projet reste bien KU Leuven du 1er mars au 30 juin 2016, "
               "920 € au total ?",
         "nl": "Bedankt. Samengevat: mijn plan blijft KU Leuven van 1 maart tot 30 juni 2016, 920 € in "
               "totaal?",
         "it": "Grazie. Riassumendo, il mio progetto resta la KU Leuven dal 1° marzo al 30 giugno 2016, "
               "920 € in totale?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_year_before_the_amount_is_not_part_of_it(monkeypatch, lang):
    text = (await _talk(monkeypatch, lang, [(RECAP[lang], "nlu_fallback")], LEUVEN)).replies[-1]
    assert "2 016" not in text and "2,016" not in text and "2.016" not in text, text
    assert "✗" not in text and "920" in text, text


# 2. The grant for the as-if case
CASE = {"en": "If the research runs long, could I extend to end of July once I'm there? What would change?",
        "fr": "Si la recherche prend plus de temps, pourrais-je prolonger jusqu'à fin juillet une fois sur "
              "place ? Qu'est-ce qui changerait ?",
        "nl": "Als het onderzoek uitloopt, kan ik dan eenmaal daar verlengen tot eind juli? Wat zou er "
              "veranderen?",
        "it": "Se la ricerca si prolunga, potrei estendere fino a fine luglio una volta lì? Cosa "
              "cambierebbe?"}
GRANT = {"en": "and the grant in that case?", "fr": "et la bourse dans ce cas ?",
         "nl": "en de beurs in dat geval?", "it": "e la borsa in quel caso?"}
MEAN = {"en": "I mean the amount of money for April-July, 4 months",
        "fr": "Je veux dire le montant pour avril-juillet, 4 mois",
        "nl": "Ik bedoel het bedrag voor april-juli, 4 maanden",
        "it": "Intendevo l'importo per aprile-luglio, 4 mesi"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_grant_in_that_case_is_the_cases_amount(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(CASE[lang], "nlu_fallback"), (GRANT[lang], "ask_grant")])
    text = got.replies[-1]
    assert "920" in text and "230" in text, text
    assert got.slots.get("end_date") == "2016-06-30", got.last


@pytest.mark.parametrize("lang", LANGS)
async def test_i_mean_the_amount_for_the_case_stores_nothing(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(CASE[lang], "nlu_fallback"), (GRANT[lang], "ask_grant"),
                                          (MEAN[lang], "inform")])
    text = got.replies[-1]
    assert "920" in text, text
    assert got.slots.get("end_date") == "2016-06-30", got.last
    assert "→" not in text, text



# 3. The plan's facts checked
PLAN = {"fr": "Et la destination et les dates, c'est bien KU Leuven du 1er mars au 30 juin ?",
        "en": "And the destination and the dates, is it still KU Leuven from 1 March to 30 June?",
        "nl": "En de bestemming en de data, is het wel KU Leuven van 1 maart tot 30 juni?",
        "it": "E la destinazione e le date, è proprio la KU Leuven dal 1° marzo al 30 giugno?"}
RIGHT = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_plans_destination_and_dates_are_confirmed_from_the_plan(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(PLAN[lang], "nlu_fallback")], LEUVEN)
    text = got.replies[-1]
    assert text.startswith(RIGHT[lang]) and CANNOT[lang] not in text, text
    assert "Leuven" in text and "✗" not in text, text
    for day in ("2016-03-01", "2016-06-30"):
        assert i18n.fmt_date(day, lang) in text, text
    assert not {"destination_city", "start_date", "end_date"} & set(got.last), got.last
