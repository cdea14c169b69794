"""Round 58 (r58-j2, r58-h2, r58-g2, r58-f2): amount answers.
1. "ok cool. so how much money incl flights? like what do i actually get" (ITM, an MSc traineeship at a
   research institute in Entebbe, 1 April-30 June 2026) got only "€1,188.00 of travel support for the round
   trip ...": now the whole amount block, the travel support, the indicative EU-wide parts and the total of
   about €3,738.00, labelled. "and the monthly part? so total its around 3700?" got the list of the call's
   countries: now the month's figure (about €850.00, indicative) and "Yes, roughly: about €3,738.00 in all".
2. "ok. et du coup combien je toucherais par mois à peu près ?" (ITM, a study period in Geneva) got an older,
   undated Flemish table whose country groups never place Switzerland: now that no figure for Switzerland is
   known and whom to ask, in a line.
3. "how much will I get exactly? the 1290 is total or per month?" (IMT Lucca, a PhD traineeship in
   Barcelona) said "indicative; the office confirms the final amount" twice in one reply: now once.
4. "reis ik beter met de trein? ik zou eigenlijk vliegen" (ITM, a PhD's short-term doctoral mobility in
   Stockholm) got "regio's 1 tot 12" and "417 in plaats van 309 EUR", figures of other cases: now the plain
   answer for his own case, not known, and who decides and whom to ask.
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
ELIGIBLE = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idoneo?"}

ENTEBBE = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility",
           "activity": "traineeship", "destination": "UG", "destination_city": "Entebbe",
           "receiving_org": "research_institute",
           "citizenship": ["NL"], "start_date": "2026-04-01", "end_date": "2026-06-30"}
GENEVA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
          "destination": "CH", "destination_city": "Geneva", "receiving_org": "hei",
          "other_scholarship": True,
          "citizenship": ["FR"], "start_date": "2026-02-01", "end_date": "2026-06-30"}
BARCELONA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility",
             "activity": "traineeship", "destination": "ES", "destination_city": "Barcelona",
             "receiving_org": "enterprise",
             "citizenship": ["IT"], "prior_erasmus_months": 0, "start_date": "2016-03-01",
             "end_date": "2016-05-31"}
STOCKHOLM = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility",
             "activity": "short_term_doctoral", "destination": "SE", "destination_city": "Stockholm",
             "receiving_org": "hei", "citizenship": ["BE"],
             "itm_staff_member": False, "other_scholarship": True, "start_date": "2026-03-09",
             "end_date": "2026-03-20"}


async def _play(monkeypatch, slots, lang, today, messages):
    got = await play(monkeypatch, {**slots, "language": lang}, messages, today, user_event="parsed",
                     keep_slot_events=True)
    got.replies = [r.replace("\xa0", " ").replace("\u202f", " ") for r in got.replies]
    return got


# 1. The amount with the flights: the whole block and its total; the month's part and the total checked
ALL_IN = {"en": "ok cool. so how much money incl flights? like what do i actually get",
          "fr": "ok alors combien d'argent vols compris ? genre qu'est-ce que je touche vraiment",
          "nl": "ok top. dus hoeveel geld incl vluchten? wat krijg ik eigenlijk",
          "it": "ok bene. quindi quanti soldi voli compresi? cioè cosa ricevo davvero"}
# (the intents the trained model gives these words)
ALL_IN_INTENT = {"en": "ask_grant", "fr": "ask_grant", "nl": "ask_grant", "it": "nlu_fallback"}
TOTAL = {"en": "about €3,738.00", "fr": "environ 3 738,00 €", "nl": "ongeveer € 3.738,00",
         "it": "circa 3.738,00 €"}
ORIENTATION = {"en": "For orientation only", "fr": "À titre d'orientation seulement",
               "nl": "Alleen ter oriëntatie", "it": "Solo come orientamento"}
TRAVEL = {"en": "€1,188.00", "fr": "1 188,00 €", "nl": "€ 1.188,00", "it": "1.188,00 €"}
PARTS = {"en": ("€2,100.00", "€450.00"), "fr": ("2 100,00 €", "450,00 €"), "nl": ("€ 2.100,00", "€ 450,00"),
         "it": ("2.100,00 €", "450,00 €")}


@pytest.mark.parametrize("lang", LANGS)
async def test_how_much_incl_flights_gets_the_whole_amount(monkeypatch, lang):
    got = await _play(monkeypatch, ENTEBBE, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (ALL_IN[lang], ALL_IN_INTENT[lang])])
    reply = got.replies[-1]
    assert TRAVEL[lang] in reply and all(p in reply for p in PARTS[lang]), reply
    assert TOTAL[lang] in reply and ORIENTATION[lang] in reply, reply


MONTHLY_PART = {"en": "and the monthly part? so total its around 3700?",
                "fr": "et la partie mensuelle ? donc au total c'est environ 3700 ?",
                "nl": "en het maandelijkse deel? dus totaal rond de 3700?",
                "it": "e la parte mensile? quindi in totale circa 3700?"}
MONTHLY_INTENT = {"en": "nlu_fallback", "fr": "inform", "nl": "check_eligibility", "it": "check_eligibility"}
MONTH = {"en": "About €850.00 a month", "fr": "Environ 850,00 € par mois",
         "nl": "Ongeveer € 850,00 per maand", "it": "Circa 850,00 € al mese"}
YES_TOTAL = {"en": "Yes, roughly: about €3,738.00 in all for your 90 funded days, travel support included",
             "fr": "Oui, à peu près : environ 3 738,00 € en tout pour vos 90 jours financés, aide au voyage "
                   "comprise",
             "nl": "Ja, ongeveer: zo'n € 3.738,00 in totaal voor uw 90 gefinancierde dagen, reissteun "
                   "inbegrepen",
             "it": "Sì, più o meno: circa 3.738,00 € in tutto per i Suoi 90 giorni finanziati, contributo di "
                   "viaggio compreso"}
INDICATIVE = {"en": "(indicative)", "fr": "(montant indicatif)", "nl": "(indicatief)",
              "it": "(importo indicativo)"}
ANNEX = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_monthly_part_and_the_total_checked(monkeypatch, lang):
    got = await _play(monkeypatch, ENTEBBE, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (ALL_IN[lang], ALL_IN_INTENT[lang]),
                       (MONTHLY_PART[lang], MONTHLY_INTENT[lang])])
    reply = got.replies[-1]
    lines = reply.split("\n")
    assert lines[0].startswith(MONTH[lang]), reply
    assert lines[1].startswith(YES_TOTAL[lang]) and INDICATIVE[lang] in lines[1], reply
    assert reply.count(ANNEX[lang]) == 1 and len(lines) == 3, reply


async def test_a_wrong_total_is_no_with_the_estimate(monkeypatch):
    got = await _play(monkeypatch, ENTEBBE, "en", "2025-10-01",
                      [(ELIGIBLE["en"], "check_eligibility"),
                       ("and the monthly part? so total its around 5000?", "nlu_fallback")])
    assert got.replies[-1].split("\n")[1].startswith("No: about €3,738.00 in all"), got.replies[-1]


# 2. Geneva: no figure for Switzerland known, and whom to ask, without a table that cannot place it
ROUGH = {"en": "ok. so how much would I get per month, roughly?",
         "fr": "ok. et du coup combien je toucherais par mois à peu près ?",
         "nl": "ok. en hoeveel zou ik dan ongeveer per maand krijgen?",
         "it": "ok. e quindi quanto prenderei al mese più o meno?"}
NO_SWISS = {"en": "No monthly figure is known here for this country (Switzerland)",
            "fr": "Aucun montant mensuel n'est connu ici pour ce pays (Suisse)",
            "nl": "Voor dit land (Zwitserland) is hier geen maandbedrag bekend",
            "it": "Per questo paese (Svizzera) non è noto qui alcun importo mensile"}


@pytest.mark.parametrize("lang", LANGS)
async def test_geneva_gets_no_table_that_cannot_place_switzerland(monkeypatch, lang):
    got = await _play(monkeypatch, GENEVA, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (ROUGH[lang], "ask_grant")])
    reply = got.replies[-1]
    assert reply.startswith(NO_SWISS[lang]) and "erasmusplusmobility@itg.be" in reply, reply
    assert "419" not in reply and "369" not in reply and "\n" not in reply, reply


async def test_spain_keeps_its_reference_figure(monkeypatch):
    """Nearby: a destination the older table places keeps its labelled reference figure."""
    slots = {**GENEVA, "destination": "ES", "destination_city": "Salamanca"}
    got = await _play(monkeypatch, slots, "en", "2025-10-01",
                      [(ELIGIBLE["en"], "check_eligibility"), (ROUGH["en"], "ask_grant")])
    assert "369" in got.replies[-1], got.replies[-1]


# 3. IMT Lucca: "indicative; the office confirms the final amount" once in a reply
EXACTLY = {"en": "how much will I get exactly? the 1290 is total or per month?",
           "fr": "combien je vais toucher exactement ? les 1290 c'est le total ou par mois ?",
           "nl": "hoeveel krijg ik precies? is die 1290 het totaal of per maand?",
           "it": "quanto riceverò esattamente? i 1290 sono il totale o al mese?"}
CONFIRMS = {"en": "the office confirms the final amount", "fr": "le bureau confirme le montant final",
            "nl": "het bureau bevestigt het", "it": "l'ufficio conferma l'importo finale"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_lucca_caveat_once_in_a_reply(monkeypatch, lang):
    got = await _play(monkeypatch, BARCELONA, lang, "2016-01-10",
                      [(ELIGIBLE[lang], "check_eligibility"), (EXACTLY[lang], "ask_grant")])
    reply = got.replies[-1]
    assert reply.count(CONFIRMS[lang]) == 1, reply


# 4. The train: the plain answer for the person's own case, no figures of other cases
TRAIN = {"en": "would I better go by train? I'd actually fly",
         "fr": "je ferais mieux de prendre le train ? en fait je comptais prendre l'avion",
         "nl": "reis ik beter met de trein? ik zou eigenlijk vliegen",
         "it": "è meglio se vado in treno? in realtà volevo prendere l'aereo"}
NOT_KNOWN = {"en": "Not known for your case:", "fr": "Pas connu pour votre cas",
             "nl": "Niet bekend voor uw geval:", "it": "Non noto per il Suo caso"}
REGIONS = {"en": "regions 1 to 12", "fr": "régions 1 à 12", "nl": "regio's 1 tot 12",
           "it": "regioni da 1 a 12"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_train_gets_the_plain_answer_for_his_case(monkeypatch, lang):
    got = await _play(monkeypatch, STOCKHOLM, lang, "2025-10-01",
                      [(ELIGIBLE[lang], "check_eligibility"), (TRAIN[lang], "inform")])
    reply = got.replies[-1]
    assert reply.startswith(NOT_KNOWN[lang]), reply
    assert "417" not in reply and "309" not in reply and REGIONS[lang] not in reply, reply
    assert "erasmusplusmobility@itg.be" in reply.split("\n")[0] and ANNEX[lang] in reply.split("\n")[0], reply
