"""Round 48.

r48-c (ITM call open, today 1 December 2025; a Dutch MSc student at ITM, a 2-month traineeship at a local NGO
in Kisumu, Kenya, 1 April - 31 May 2026):
1. "een lokale ngo in kisumu. heb ik een samenwerkingsovereenkomst nodig met die ngo?" got "Ja: Toegelaten
   ontvangende organisatie (ngo ...)": the host rule's line, whose "Ja" read as "yes, you need one". The call
   asks an inter-institutional agreement of ITM traineeships only with universities of non-associated third
   countries: "Nee: ... niet nodig" with that reason.
2. "ok. krijg ik extra omdat het een stage is?" and "je zei eerder iets over een stagetoeslag? hoeveel is dat"
   got "Ik vind het antwoord daarop niet in de tekst van de oproep" although the amount had shown
   "Stagetoeslag (EU): € 300,00": now yes, with the figure and where it comes from.

r48-d (IMT Lucca call open, today 10 January 2016; a PhD student, study period at Salamanca, March-June):
3. "È un problema?" about an inter-institutional agreement not known got a bare "Sì:": now not for applying,
   but the mobility needs the agreement signed before it starts, and who can say whether it exists.
4. "come ottengo l'autorizzazione del Consiglio Scientifico?" repeated the condition, then answered of the
   supervisor: now at once what the call says (not how it is asked) and whom to ask.
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
ITM_TODAY = "2025-12-01"
LUCCA_TODAY = "2016-01-10"
KISUMU = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "KE", "citizenship": ["NL"], "start_date": "2026-04-01", "end_date": "2026-05-31"}
SALAMANCA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "ES", "destination_city": "Salamanca", "receiving_org": "hei",
             "start_date": "2016-03-01", "end_date": "2016-06-30"}
ELIGIBLE = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idoneo?"}


async def _play(monkeypatch, slots, lang, messages, today):
    return await play(monkeypatch, {**slots, "language": lang}, messages, today, user_event="parsed",
                      keep_slot_events=True)


NGO_AGREEMENT = {
    "en": ["a local NGO in Kisumu. do I need a cooperation agreement with that NGO?",
           "do I need an agreement with the NGO?"],
    "fr": ["une ONG locale à Kisumu. est-ce que j'ai besoin d'un accord de coopération avec cette ONG ?",
           "faut-il un accord avec l'ONG ?"],
    "nl": ["een lokale ngo in kisumu. heb ik een samenwerkingsovereenkomst nodig met die ngo?",
           "heb ik een overeenkomst nodig met de ngo?"],
    "it": ["una ONG locale a Kisumu. ho bisogno di un accordo di cooperazione con quella ONG?",
           "serve un accordo con la ONG?"],
}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}
NOT_NEEDED = {"en": "not needed", "fr": "n'est pas exigé", "nl": "niet nodig", "it": "non serve"}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in NGO_AGREEMENT[lang]])
async def test_agreement_with_an_ngo_is_not_needed(monkeypatch, lang, text):
    intent = "check_eligibility" if "." in text else "nlu_fallback"
    got = await _play(monkeypatch, KISUMU, lang, [(text, intent)], ITM_TODAY)
    first = got.replies[-1]
    assert first.startswith(NO[lang]), first
    assert NOT_NEEDED[lang] in first.split("\n")[0], first
    assert got.slots.get("receiving_org") == "ngo", got.slots


TOPUP = {
    "en": ["ok. do I get extra because it is a traineeship?",
           "you said something earlier about a traineeship top-up? how much is that"],
    "fr": ["ok. j'ai un supplément parce que c'est un stage ?",
           "tu as parlé d'un complément pour les stages ? c'est combien"],
    "nl": ["ok. krijg ik extra omdat het een stage is?",
           "je zei eerder iets over een stagetoeslag? hoeveel is dat"],
    "it": ["ok. ricevo qualcosa in più perché è un tirocinio?",
           "prima ha parlato di un'integrazione per i tirocini? quant'è"],
}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
CANT_FIND = ("can't find", "ne trouve pas", "niet in de tekst", "Non trovo")


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in TOPUP[lang]])
async def test_traineeship_topup_is_answered(monkeypatch, lang, text):
    slots = {**KISUMU, "receiving_org": "ngo", "destination_city": "Nairobi", "green_travel": False}
    intent = "check_eligibility" if text.startswith("ok") else "nlu_fallback"
    got = await _play(monkeypatch, slots, lang, [(ELIGIBLE[lang], "check_eligibility"), (text, intent)],
                      ITM_TODAY)
    assert "300" in got.replies[0], got.replies[0]  # the amount shown first has the top-up
    last = got.replies[-1]
    assert not any(c in last for c in CANT_FIND), last
    assert last.startswith(YES[lang]), last
    assert "300" in last and "150" in last, last
    assert GUIDE[lang] in last, last  # an EU-wide guide rate: the call publishes no amount


GUIDE = {"en": "for orientation only", "fr": "à titre d'orientation", "nl": "alleen ter oriëntatie",
         "it": "solo come orientamento"}


UNKNOWN_AGREEMENT = {
    "en": "I don't know if there is an agreement between IMT and Salamanca. Is that a problem?",
    "fr": "Je ne sais pas s'il existe un accord entre l'IMT et Salamanque. C'est un problème ?",
    "nl": "Ik weet niet of er een overeenkomst is tussen IMT en Salamanca. Is dat een probleem?",
    "it": "Capito. Sull'accordo interistituzionale tra IMT e Salamanca: non lo so se esiste. È un problema?",
}
NOT_FOR_APPLYING = {"en": "not for applying", "fr": "pas pour postuler",
                    "nl": "niet om u kandidaat te stellen", "it": "non per candidarsi"}
BEFORE = {"en": "before the mobility", "fr": "avant le début de la mobilité",
          "nl": "vóór de mobiliteit", "it": "prima dell'inizio della mobilità"}


@pytest.mark.parametrize("lang", LANGS)
async def test_unknown_agreement_is_no_problem_for_applying(monkeypatch, lang):
    slots = {**SALAMANCA, "prior_erasmus_months": 0}
    got = await _play(monkeypatch, slots, lang, [(ELIGIBLE[lang], "check_eligibility"),
                                                 (UNKNOWN_AGREEMENT[lang], "check_eligibility")], LUCCA_TODAY)
    last = got.replies[-1]
    assert not last.startswith(YES[lang] + ":") and not last.startswith(YES[lang] + " :"), last
    assert NOT_FOR_APPLYING[lang] in last.split("\n")[0], last
    assert BEFORE[lang].lower() in last.lower(), last
    assert "erasmus@imtlucca.it" in last, last


HOW_BOARD = {
    "en": [("how do I get the Scientific Board's authorisation?", "faq_selection"),
           ("Thanks. So I need the Board's authorisation? How do I get it?", "faq_who_can_apply"),
           ("how do I ask the Scientific Board for it?", "out_of_scope"),
           ("what do I have to do to get the Board's approval?", "out_of_scope")],
    "fr": [("comment j'obtiens l'autorisation du Conseil scientifique ?", "out_of_scope"),
           ("comment obtenir l'autorisation du Conseil scientifique ?", "out_of_scope")],
    "nl": [("hoe krijg ik de toestemming van de Wetenschappelijke Raad?", "out_of_scope"),
           ("hoe vraag ik de toestemming van de Wetenschappelijke Raad aan?", "out_of_scope")],
    "it": [("come ottengo l'autorizzazione del Consiglio Scientifico?", "out_of_scope"),
           ("Grazie. Quindi serve l'autorizzazione del collegio, cioè dello Scientific Board? Come devo fare "
            "per ottenerla?", "faq_who_can_apply")],
}
NOT_SAID = {"en": "does not say", "fr": "ne dit pas", "nl": "zegt niet", "it": "non dice"}
NOT_SAID_HOW = {"en": "how its authorisation is asked", "fr": "comment demander son autorisation",
                "nl": "hoe de toestemming wordt gevraagd", "it": "come si chiede la sua autorizzazione"}


@pytest.mark.parametrize(("lang", "text", "intent"),
                         [(lang, text, intent) for lang in LANGS for text, intent in HOW_BOARD[lang]])
async def test_how_to_get_the_board_authorisation(monkeypatch, lang, text, intent):
    slots = {**SALAMANCA, "prior_erasmus_months": 0}
    got = await _play(monkeypatch, slots, lang, [(ELIGIBLE[lang], "check_eligibility"), (text, intent)],
                      LUCCA_TODAY)
    last = got.replies[-1]
    assert NOT_SAID_HOW[lang] in last or NOT_SAID[lang] in last, last
    assert "erasmus@imtlucca.it" in last or "Giorgetti" in last, last
