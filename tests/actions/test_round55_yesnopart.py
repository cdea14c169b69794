"""Round 55: the part of a message a yes or no answers, and amounts asked again.

r55-tt (an ITM MSc student, Dutch "je", a traineeship at the Institut Pasteur de Dakar, April - June 2026):
1. "ok het is een onderzoeksinstituut denk ik ja. krijg ik mijn vlucht terugbetaald?" got "Ja: Toegelaten
   ontvangende organisatie ...": the sentence with the question mark decides what Yes or No answers
   (actions/askabout.py host_type); the kind of host said beside it is only noted. Then "Ja: € 1.188,00"
   read as a refund of the ticket: the travel support is a fixed contribution by distance band, not a refund,
   with its source (actions/travelq.py, the rules core's `travel_source`).
r55-vv (an ITM MSc student, Belgian and Turkish, a traineeship in Istanbul):
2. "but Turkey is in Erasmus, isn't it?" got "No: Türkiye is a country of your citizenship ..." then
   "Türkiye is one of the third countries associated to the programme": now "Yes, Türkiye takes part in
   Erasmus+ (...), but not as your destination: ..." (actions/inerasmus.py).
3. "how much would I get?" (a button's title, typed) got "💶 The amount: as above.": a message that asks the
   amount gets it (actions/lastamount.py).
r55-rr (an ITM MSc student, French "tu", a traineeship at the WHO in Geneva):
4. "... un complement de 150 euros par mois pour les stages ..., ca s'applique a moi en Suisse ?" got "Non :
   je n'ai pas de montant pour ton cas": now whether the call data gives the top-up for Switzerland, with its
   source, and what is not known and who knows (actions/topupq.py).
"""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
TODAY = "2025-10-01"
ELIGIBLE = {"en": "am I eligible?", "fr": "je suis éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idoneo?"}
SOURCE = {"en": "(source:", "fr": "(source", "nl": "(bron:", "it": "(fonte:"}
ANNEX_2 = {"en": "ITM's Annex 2, not published", "fr": "annexe 2 de l'IMT, non publiée",
           "nl": "bijlage 2 van het ITG, niet gepubliceerd", "it": "allegato 2 dell'ITM, non pubblicato"}

TT = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
      "destination": "SN", "destination_city": "Dakar", "receiving_org": "research_institute",
      "citizenship": ["BE"], "start_date": "2026-04-01", "end_date": "2026-06-30"}
VV = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
      "destination": "TR", "destination_city": "Istanbul", "receiving_org": "hei",
      "citizenship": ["BE", "TR"], "start_date": "2026-06-01", "end_date": "2026-07-31"}
ATHENS = {**VV, "destination": "GR", "destination_city": "Athens"}
RR = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
      "destination": "CH", "destination_city": "Geneva", "receiving_org": "public_body",
      "citizenship": ["BE"], "start_date": "2026-05-04", "end_date": "2026-07-03"}


async def _play(monkeypatch, slots, lang, messages):
    return await play(monkeypatch, {**slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


def _yes(lang: str) -> str:
    return t(lang, "answer_yes", answer="").strip()


# 1. The question's sentence decides what Yes answers; the travel support is no refund -----------------------
FLIGHT = {
    "nl": "ok het is een onderzoeksinstituut denk ik ja. krijg ik mijn vlucht terugbetaald?",
    "en": "ok it's a research institute I think yes. do I get my flight refunded?",
    "fr": "ok c'est un institut de recherche je crois oui. est-ce que mon vol est remboursé ?",
    "it": "ok è un istituto di ricerca credo, sì. il volo mi viene rimborsato?",
}
FLIGHT_AGAIN = {"nl": "en mijn vlucht? krijg ik die terugbetaald?", "en": "and my flight? is it refunded?",
                "fr": "et mon vol ? il est remboursé ?", "it": "e il mio volo? viene rimborsato?"}
HOST_OK = {"nl": "Toegelaten ontvangende organisatie", "en": "ccepted receiving organisation",
           "fr": "rganisme d'accueil admis", "it": "rganizzazione ospitante ammessa"}
NOT_REFUND = {"nl": "Niet als terugbetaling van je ticket", "en": "Not as a refund of your ticket",
              "fr": "Pas sous forme de remboursement de votre billet",
              "it": "Non come rimborso del biglietto"}
FIXED = {"nl": "vaste bijdrage per afstandsschijf", "en": "fixed contribution by distance band",
         "fr": "contribution fixe selon la tranche de distance", "it": "importo fisso per fascia di distanza"}
AMOUNT = {"nl": "1.188,00", "en": "1,188.00", "fr": "188,00", "it": "1.188,00"}  # (spaces vary: no-break)


@pytest.mark.parametrize("intent", ["ask_grant", "inform", "nlu_fallback"])
@pytest.mark.parametrize("lang", LANGS)
async def test_the_flight_question_is_answered_not_the_host_said_beside_it(monkeypatch, lang, intent):
    got = await _play(monkeypatch, TT, lang, [(ELIGIBLE[lang], "check_eligibility"), (FLIGHT[lang], intent)])
    reply = got.replies[-1]
    assert not reply.startswith(_yes(lang)), reply
    assert HOST_OK[lang].lower() not in reply.lower(), reply
    first = reply.splitlines()[0]
    assert NOT_REFUND[lang].replace("je ticket", "") in first, reply
    assert FIXED[lang] in first and AMOUNT[lang] in first, reply
    assert SOURCE[lang] in first, reply
    assert got.slots["receiving_org"] == "research_institute", got.slots


@pytest.mark.parametrize("lang", LANGS)
async def test_the_flight_asked_again_in_two_sentences_is_no_refund_said_once(monkeypatch, lang):
    got = await _play(monkeypatch, TT, lang, [(ELIGIBLE[lang], "check_eligibility"),
                                              (FLIGHT_AGAIN[lang], "ask_grant")])
    reply = got.replies[-1]
    assert not reply.startswith(_yes(lang)), reply
    assert FIXED[lang] in reply and reply.count(FIXED[lang]) == 1, reply


async def test_a_new_kind_of_host_beside_the_question_is_noted_not_answered_yes(monkeypatch):
    text = "ok it's an NGO I think. do I get my flight refunded?"
    got = await _play(monkeypatch, TT, "en", [(ELIGIBLE["en"], "check_eligibility"), (text, "ask_grant")])
    reply = got.replies[-1]
    assert got.slots["receiving_org"] == "ngo", got.slots
    assert not reply.startswith("Yes:"), reply
    assert FIXED["en"] in reply, reply


# 2. Whether a country takes part in Erasmus+, then what it means for the person -----------------------------
IN_ERASMUS = {
    "en": "but Turkey is in Erasmus, isn't it?",
    "fr": "mais la Turquie fait partie d'Erasmus, non ?",
    "nl": "maar Turkije doet toch mee aan Erasmus?",
    "it": "ma la Turchia fa parte dell'Erasmus, no?",
}
TAKES_PART = {"en": "Yes, Türkiye takes part in Erasmus+",
              "fr": "Oui, ce pays (Turquie) participe à Erasmus+",
              "nl": "Ja, Turkije doet mee aan Erasmus+",
              "it": "Sì, questo paese (Turchia) partecipa a Erasmus+"}
NOT_YOURS = {"en": "but not as your destination", "fr": "mais pas comme destination pour vous",
             "nl": "maar niet als bestemming voor u", "it": "ma non come Sua destinazione"}
CITIZENSHIP = {"en": "Türkiye is a country of your citizenship", "fr": "Turquie, un pays dont vous avez",
               "nl": "Turkije is een land van uw nationaliteit", "it": "Turchia, un paese di cui ha"}


@pytest.mark.parametrize("intent", ["ask_question", "inform", "nlu_fallback", "affirm"])
@pytest.mark.parametrize("lang", LANGS)
async def test_turkey_in_erasmus_is_yes_but_not_as_your_destination(monkeypatch, lang, intent):
    got = await _play(monkeypatch, VV, lang, [(ELIGIBLE[lang], "check_eligibility"),
                                              (IN_ERASMUS[lang], intent)])
    reply = got.replies[-1]
    first = reply.splitlines()[0]
    assert first.startswith(TAKES_PART[lang]), reply
    assert f"{NOT_YOURS[lang]}: {CITIZENSHIP[lang]}".replace(" :", ":") in first.replace(" :", ":"), reply
    assert SOURCE[lang] in first, reply
    assert not reply.startswith(t(lang, "answer_no", answer="").strip()), reply
    assert got.slots["destination"] == "TR", got.slots


# 3. "how much would I get?": the amount, never "as above" -----------------------------------------------
# (each the title of the amount button, typed, as r55-vv did)
HOW_MUCH = {"en": "how much would I get?", "fr": "combien vais-je recevoir ?", "nl": "hoeveel krijg ik?",
            "it": "quanto riceverei?"}


@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
@pytest.mark.parametrize("lang", LANGS)
async def test_how_much_would_i_get_gives_the_amount_line(monkeypatch, lang, intent):
    got = await _play(monkeypatch, ATHENS, lang, [(ELIGIBLE[lang], "check_eligibility"),
                                                  (HOW_MUCH[lang], intent)])
    reply = got.replies[-1]
    assert t(lang, "grant_same_unknown") not in reply, reply
    assert ANNEX_2[lang] in reply, reply


async def test_the_amount_button_gives_the_amount_line(monkeypatch):
    got = await _play(monkeypatch, ATHENS, "en", [(ELIGIBLE["en"], "check_eligibility"),
                                                  ("/ask_grant", "ask_grant")])
    reply = got.replies[-1]
    assert "as above" not in reply, reply
    assert ANNEX_2["en"] in reply, reply


# 4. The traineeship top-up asked for Switzerland ------------------------------------------------------------
TOP_UP = {
    "fr": "tu m'as parlé d'un complement de 150 euros par mois pour les stages tout a l'heure, ca s'applique "
          "a moi en Suisse ?",
    "en": "you told me about a top-up of 150 euros per month for traineeships earlier, does that apply to me "
          "in Switzerland?",
    "nl": "je had het eerder over een toeslag van 150 euro per maand voor stages, geldt die ook voor mij in "
          "Zwitserland?",
    "it": "prima mi ha parlato di un'integrazione di 150 euro al mese per i tirocini, vale anche per me in "
          "Svizzera?",
}
FOR_SWITZERLAND = {"en": "Yes, for Switzerland too:", "fr": "Oui, pour ce pays (Suisse) aussi :",
                   "nl": "Ja, ook voor Zwitserland:", "it": "Sì, anche per questo paese (Svizzera):"}
NOT_KNOWN_BASE = {"en": "What it comes on top of is not known here",
                  "fr": "Le montant auquel il s'ajoute n'est pas connu ici",
                  "nl": "Het bedrag waar die bovenop komt, is hier niet bekend",
                  "it": "L'importo a cui si aggiunge non è noto qui"}


@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
@pytest.mark.parametrize("lang", LANGS)
async def test_the_traineeship_top_up_for_switzerland(monkeypatch, lang, intent):
    got = await _play(monkeypatch, RR, lang, [(ELIGIBLE[lang], "check_eligibility"), (TOP_UP[lang], intent)])
    reply = got.replies[-1]
    first = reply.splitlines()[0]
    assert first.startswith(FOR_SWITZERLAND[lang]), reply
    assert "150 EUR" in first and SOURCE[lang] in first, reply
    assert NOT_KNOWN_BASE[lang] in reply and ANNEX_2[lang] in reply, reply
    assert not reply.startswith(t(lang, "answer_no", answer="").strip()), reply

