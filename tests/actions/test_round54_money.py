"""Round 54 (r54-kk, r54-pp, r54-nn): money and length follow-ups.
1. "so like 850 a month? and when is the last day to apply?" after the indicative 700/month individual support
   and 150/month traineeship top-up: only the deadline was answered, with "(Say "show all checks" for the rest
   of the answer.)". Now "Yes, roughly: 700 + 150 = 850 EUR a month (indicative ...)" first.
2. "only 2 grants for uganda type countries? so better apply early right" got "Yes: Uganda is one of the third
   countries...": a sentence ending in a tag ("right") asks too; now the call's first come, first served rule.
3. "So how much is the grant for Poland per month exactly? Is it the same as for Germany?" got the totals
   alone: now each country's monthly rate first, from the rules core (Poland group 3, Germany group 2).
4. "est-ce que 4 mois suffisent ?" got the call's durations quoted ("suffisent" was not read as "enough"):
   now "Oui : votre séjour de 120 jours respecte la durée autorisée ...".
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
ELIGIBLE = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idoneo?"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}

KK = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
      "destination": "UG", "destination_city": "Kampala", "receiving_org": "research_institute",
      "citizenship": ["KE"], "start_date": "2026-06-01", "end_date": "2026-07-31"}
PP = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
      "destination": "PL", "destination_city": "Warsaw", "receiving_org": "hei", "citizenship": ["PL"],
      "prior_erasmus_months": 0, "start_date": "2016-03-01", "end_date": "2016-07-31"}
NN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
      "destination": "ES", "destination_city": "Salamanca", "receiving_org": "hei",
      "citizenship": ["PT"], "start_date": "2026-02-01", "end_date": "2026-05-31"}


async def _play(monkeypatch, slots, lang, today, messages):
    return await play(monkeypatch, {**slots, "language": lang}, messages, today, user_event="parsed",
                      keep_slot_events=True)


# 1. "so like 850 a month?": the sum of the monthly rates shown
EIGHT_FIFTY = {"en": "so like 850 a month? and when is the last day to apply?",
               "fr": "donc genre 850 par mois ?", "nl": "dus zo'n 850 per maand?",
               "it": "quindi tipo 850 al mese?"}
ROUGHLY = {"en": "Yes, roughly: 700 + 150 = 850 EUR a month (indicative",
           "fr": "Oui, à peu près : 700 + 150 = 850 EUR par mois (indicatif",
           "nl": "Ja, ongeveer: 700 + 150 = 850 EUR per maand (indicatief",
           "it": "Sì, più o meno: 700 + 150 = 850 EUR al mese (indicativo"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_amount", "nlu_fallback"])
async def test_850_a_month_is_the_sum_of_the_rates(monkeypatch, lang, intent):
    got = await _play(monkeypatch, KK, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (EIGHT_FIFTY[lang], intent)])
    reply = got.replies[-1]
    assert reply.startswith(ROUGHLY[lang]), reply
    assert "show all checks" not in reply.lower(), reply


async def test_850_and_the_deadline_both_answered(monkeypatch):
    got = await _play(monkeypatch, KK, "en", "2025-10-01",
                      [(ELIGIBLE["en"], "check_eligibility"), (EIGHT_FIFTY["en"], "ask_deadline")])
    reply = got.replies[-1]
    assert reply.startswith(ROUGHLY["en"]) and "1 April 2026" in reply, reply


async def test_a_sum_that_is_not_the_rates_is_not_yes(monkeypatch):
    got = await _play(monkeypatch, KK, "en", "2025-10-01",
                      [(ELIGIBLE["en"], "check_eligibility"), ("so like 900 a month?", "ask_amount")])
    assert "Yes, roughly: 700 + 150" not in got.replies[-1], got.replies[-1]


# 2. "so better apply early right": first come, first served, from the call
EARLY = {"en": "only 2 grants for uganda type countries? so better apply early right",
         "fr": "seulement 2 bourses pour les pays comme l'ouganda ? donc mieux vaut postuler tôt, non",
         "nl": "maar 2 beurzen voor landen zoals oeganda? dus beter vroeg aanvragen toch",
         "it": "solo 2 borse per paesi come l'uganda? quindi meglio fare domanda subito, giusto"}
FIRST_COME = {"en": "first come, first served", "fr": "premier arrivé, premier servi",
              "nl": "volgorde van aankomst", "it": "ordine di arrivo"}


@pytest.mark.parametrize("lang", LANGS)
async def test_apply_early_right_gets_first_come_first_served(monkeypatch, lang):
    got = await _play(monkeypatch, KK, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (EARLY[lang], "check_eligibility")])
    reply = got.replies[-1]
    assert reply.startswith(YES[lang]) and FIRST_COME[lang] in reply, reply
    assert "Uganda" not in reply.split("\n")[0] and "Ouganda" not in reply.split("\n")[0], reply


# 3. Poland per month, and Germany's own monthly figure
POLAND = {"en": "So how much is the grant for Poland per month exactly? Is it the same as for Germany?",
          "fr": "Combien est la bourse pour la Pologne par mois exactement ? Est-ce la même chose que pour "
                "l'Allemagne ?",
          "nl": "Hoeveel is de beurs voor Polen per maand precies? Is dat hetzelfde als voor Duitsland?",
          "it": "Quanto è la borsa per la Polonia al mese esattamente? È la stessa che per la Germania?"}
MONTHLY = {"en": ("Per month: Poland: 230 EUR a month (Group 3", "Germany: 230 EUR a month (Group 2"),
           "fr": ("Par mois : Pologne : 230 EUR par mois", "Allemagne : 230 EUR par mois"),
           "nl": ("Per maand: Polen: 230 EUR per maand", "Duitsland: 230 EUR per maand"),
           "it": ("Al mese: Polonia: 230 EUR al mese", "Germania: 230 EUR al mese")}


@pytest.mark.parametrize("lang", LANGS)
async def test_poland_per_month_and_germany(monkeypatch, lang):
    got = await _play(monkeypatch, PP, lang, "2016-01-10",
                      [(ELIGIBLE[lang], "check_eligibility"), (POLAND[lang], "ask_amount")])
    reply = got.replies[-1]
    poland, germany = MONTHLY[lang]
    assert reply.startswith(poland), reply
    assert germany in reply.split("\n")[0], reply


# 4. "est-ce que 4 mois suffisent ?"
@pytest.mark.parametrize("text", ["est-ce que 4 mois suffisent ?", "4 mois suffiront ?"])
@pytest.mark.parametrize("intent", ["faq_duration", "check_eligibility"])
async def test_four_months_suffisent_is_oui_first(monkeypatch, text, intent):
    got = await _play(monkeypatch, NN, "fr", "2025-10-01",
                      [(ELIGIBLE["fr"], "check_eligibility"), (text, intent)])
    reply = got.replies[-1]
    assert reply.startswith("Oui : votre séjour de 120 jours respecte la durée autorisée de 2 mois à 12 "
                            "mois"), reply
