"""Round 55 (r54-kk, r54-pp): the amount of a month asked.
1. "how much per month roughly?" (ITM, an MSc traineeship in Kampala, the EU-wide guide rates) got the whole
   amount block a third time, the month's figure only as "60 days × 700/30 EUR": now about €850.00 a month,
   700 individual support + 150 traineeship top-up, indicative, and where ITM's own amounts are, once.
2. "ok but per month? I asked the monthly amount" (IMT Lucca, Warsaw) began "Not for sure: the amounts for
   your case are indicative." and repeated the paragraph on the INDIRE rates said one turn before: now 230 a
   month first, with the total of the funded days.
3. A monthly figure checked: "Yes"/"No" against the sum of the monthly rates (a few euros either way is yes),
   with the exact figure ("quindi circa 430 al mese?" got "I can't find the answer").
4. A figure checked where no monthly figure is known (ITM, Geneva: Annex 2 unpublished, no EU-wide guide
   rate): that and whom to ask, in one line.
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play
from tests.actions.test_round54_money import ELIGIBLE, KK, NN, POLAND, PP

LANGS = ("en", "fr", "nl", "it")


async def _play(monkeypatch, slots, lang, today, messages):
    got = await play(monkeypatch, {**slots, "language": lang}, messages, today, user_event="parsed",
                     keep_slot_events=True)
    got.replies = [r.replace("\xa0", " ").replace("\u202f", " ") for r in got.replies]
    return got


# 1. "how much per month roughly?" after the amount block (ITM, EU-wide guide rates)
ROUGHLY = {"en": "how much per month roughly?", "fr": "combien par mois environ ?",
           "nl": "hoeveel per maand ongeveer?", "it": "quanto al mese più o meno?"}
ABOUT = {"en": "About €850.00 a month (Individual support (indicative EU-wide monthly rate) €700.00 + "
               "Traineeship top-up (EU-wide) €150.00) (indicative",
         "fr": "Environ 850,00 € par mois (Soutien individuel (taux mensuel UE indicatif) 700,00 € + "
               "Complément stage (UE) 150,00 €) (indicatif",
         "nl": "Ongeveer € 850,00 per maand (Individuele steun (indicatief EU-maandbedrag) € 700,00 + "
               "Stagetoeslag (EU) € 150,00) (indicatief",
         "it": "Circa 850,00 € al mese (Sostegno individuale (importo mensile UE indicativo) 700,00 € + "
               "Integrazione tirocinio (UE) 150,00 €) (indicativo"}
ANNEX = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}
DAYS_X = {"en": "60 days ×", "fr": "60 jours ×", "nl": "60 dagen ×", "it": "60 giorni ×"}


@pytest.mark.parametrize("lang", LANGS)
async def test_how_much_per_month_roughly_gives_the_month(monkeypatch, lang):
    got = await _play(monkeypatch, KK, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (ROUGHLY[lang], "ask_amount")])
    reply = got.replies[-1]
    assert reply.startswith(ABOUT[lang]), reply
    assert reply.count(ANNEX[lang]) == 1 and DAYS_X[lang] not in reply and "1" + "188" not in reply, reply
    assert len(reply.split("\n")) == 2, reply


async def test_per_month_after_the_flight_question(monkeypatch):
    got = await _play(monkeypatch, KK, "en", "2025-10-01",
                      [(ELIGIBLE["en"], "check_eligibility"),
                       ("nice. is there money for the flight?", "ask_amount"),
                       ("how much per month roughly?", "ask_amount")])
    reply = got.replies[-1]
    assert reply.startswith(ABOUT["en"]) and "Not for sure" not in reply and "60 days ×" not in reply, reply


# 2. "ok but per month? I asked the monthly amount" (IMT Lucca, after the places compared)
BUT_MONTH = {"en": "ok but per month? I asked the monthly amount",
             "fr": "ok mais par mois ? j'ai demandé le montant mensuel",
             "nl": "ok maar per maand? ik vroeg het maandbedrag",
             "it": "ok ma al mese? ho chiesto l'importo mensile"}
RATE = {"en": "€230.00 a month (Group 3 (lower living costs), study period): €1,150.00 for your 150 funded "
              "days (indicative",
        "fr": "230,00 € par mois (Groupe 3 (coût de la vie plus bas), période d'études) : 1 150,00 € pour "
              "vos 150 jours financés (montant indicatif",
        "nl": "€ 230,00 per maand (Groep 3 (lagere levensduurte), studieperiode): € 1.150,00 voor uw 150 "
              "gefinancierde dagen (indicatief",
        "it": "230,00 € al mese (Gruppo 3 (costo della vita più basso), periodo di studio): 1.150,00 € per "
              "i Suoi 150 giorni finanziati (importo indicativo"}
# (the French of round 54, "Est-ce la même chose que pour l'Allemagne ?", moves the destination to Germany: a
# separate fault, left out here)
PLACES = {**POLAND, "fr": "Combien est la bourse pour la Pologne par mois exactement ? Est-ce la même que "
                          "pour l'Allemagne ?"}
NOT_SURE = {"en": "Not for sure", "fr": "Pas avec certitude", "nl": "Niet met zekerheid",
            "it": "Non con certezza"}


@pytest.mark.parametrize("lang", LANGS)
async def test_ok_but_per_month_leads_with_the_rate(monkeypatch, lang):
    got = await _play(monkeypatch, PP, lang, "2016-01-10",
                      [(ELIGIBLE[lang], "check_eligibility"), (PLACES[lang], "ask_amount"),
                       (BUT_MONTH[lang], "ask_amount")])
    reply = got.replies[-1]
    assert got.slots.get("destination") == "PL", got.slots
    assert reply.startswith(RATE[lang]), reply
    assert "INDIRE" not in reply and NOT_SURE[lang] not in reply and "\n" not in reply, reply


MONTHLY_WORD = {"en": "what is it monthly?", "fr": "c'est combien mensuellement ?",
                "nl": "hoeveel is het maandelijks?", "it": "quanto è mensilmente?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_monthly_in_one_word(monkeypatch, lang):
    got = await _play(monkeypatch, PP, lang, "2016-01-10",
                      [(ELIGIBLE[lang], "check_eligibility"), (MONTHLY_WORD[lang], "nlu_fallback")])
    assert got.replies[-1].startswith(RATE[lang]), got.replies[-1]


# 3. A monthly figure checked: yes or no against the sum of the rates
WRONG = {"en": "so like 430 a month?", "fr": "donc environ 430 par mois ?",
         "nl": "dus ongeveer 430 per maand?",
         "it": "quindi circa 430 al mese?"}
NO_230 = {"en": "No: 230 EUR a month (Group 3 (lower living costs), study period) (indicative",
          "fr": "Non : 230 EUR par mois (Groupe 3 (coût de la vie plus bas), période d'études) (montant "
                "indicatif",
          "nl": "Nee: 230 EUR per maand (Groep 3 (lagere levensduurte), studieperiode) (indicatief",
          "it": "No: 230 EUR al mese (Gruppo 3 (costo della vita più basso), periodo di studio) (importo "
                "indicativo"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_wrong_monthly_figure_is_no_with_the_rate(monkeypatch, lang):
    got = await _play(monkeypatch, PP, lang, "2016-01-10",
                      [(ELIGIBLE[lang], "check_eligibility"), (WRONG[lang], "ask_amount")])
    reply = got.replies[-1]
    assert reply.startswith(NO_230[lang]) and "\n" not in reply, reply


NEAR = {"en": "so like 845 a month?", "fr": "donc environ 845 par mois ?",
        "nl": "dus ongeveer 845 per maand?",
        "it": "quindi circa 845 al mese?"}
NINE = {"en": "so like 900 a month?", "fr": "donc environ 900 par mois ?",
        "nl": "dus ongeveer 900 per maand?",
        "it": "quindi circa 900 al mese?"}
YES_850 = {"en": "Yes, roughly: 700 + 150 = 850 EUR a month (indicative",
           "fr": "Oui, à peu près : 700 + 150 = 850 EUR par mois (indicatif",
           "nl": "Ja, ongeveer: 700 + 150 = 850 EUR per maand (indicatief",
           "it": "Sì, più o meno: 700 + 150 = 850 EUR al mese (indicativo"}
NO_850 = {"en": "No: 700 + 150 = 850 EUR a month (indicative",
          "fr": "Non : 700 + 150 = 850 EUR par mois (indicatif",
          "nl": "Nee: 700 + 150 = 850 EUR per maand (indicatief",
          "it": "No: 700 + 150 = 850 EUR al mese (indicativo"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_near_sum_is_yes_with_the_exact_figure(monkeypatch, lang):
    got = await _play(monkeypatch, KK, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (NEAR[lang], "ask_amount")])
    assert got.replies[-1].startswith(YES_850[lang]), got.replies[-1]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_far_sum_is_no_with_the_exact_figure(monkeypatch, lang):
    got = await _play(monkeypatch, KK, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (NINE[lang], "ask_amount")])
    assert got.replies[-1].startswith(NO_850[lang]), got.replies[-1]


# 4. No monthly figure known (ITM, Geneva: Annex 2 unpublished, no EU-wide guide rate, no older table's
# reference): a figure checked gets that, and whom to ask, in a line
GENEVA = {**NN, "destination": "CH", "destination_city": "Geneva"}
CANT = {"en": "I can't say: I have no monthly amount",
        "fr": "Je ne peux pas le dire : je n'ai pas de montant mensuel",
        "nl": "Dat kan ik niet zeggen: ik heb geen maandbedrag",
        "it": "Non posso dirlo: non ho un importo mensile"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_figure_checked_where_none_is_known(monkeypatch, lang):
    got = await _play(monkeypatch, GENEVA, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (NEAR[lang], "ask_amount")])
    reply = got.replies[-1]
    assert reply.startswith(CANT[lang]) and ANNEX[lang] in reply and "\n" not in reply, reply
