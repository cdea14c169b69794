"""Round 53 (r53-hh: an Italian PhD student at ITM Antwerp, not ITM staff, formal "Lei"; a 12-day short-term
doctoral mobility at the Istituto Superiore di Sanità in Rome, 2-13 March 2026, refused because Italy is his
citizenship, then NOVA University Lisbon; today 1 October 2025).

1. "Mi scusi, ma perché non è possibile? ... e io studio in Belgio, non in Italia." was answered
   "Aggiornato: il tipo di mobilità: Mobilità dottorale breve → Periodo di studio" and a refusal for wrong
   reasons: where one studies is no activity asked for (actions/selfdesc.py, phrase study_place), and the why
   is answered: the rule of the call with its source, whatever country one studies in, and another
   destination would work (actions/why.py counts a why-question's words from its why-word).
2. The same message emptied the nationality ("non in Italia" read as a nationality taken back), and "Mostra
   tutti i controlli" listed "✓ Destinazione ammessa: Italia": a country negated after words of studying
   somewhere is no nationality taken back (actions/negated.py)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "IT",
        "destination_city": "Rome", "receiving_org": "research_institute", "start_date": "2026-03-02",
        "end_date": "2026-03-13", "goal": "eligibility", "citizenship": ["IT"], "itm_staff_member": False,
        "gender": "m"}
WHY_NOT = {
    "it": "Mi scusi, ma perché non è possibile? L'Istituto Superiore di Sanità è un ente molto importante "
          "per la mia ricerca, e io studio in Belgio, non in Italia.",
    "en": "why not? I study in Belgium, not in Italy",
    "fr": "pourquoi ? j'étudie en Belgique, pas en Italie",
    "nl": "waarom niet? ik studeer in België, niet in Italië",
}
OWN_COUNTRY = {"it": "paese di cui ha la cittadinanza", "en": "country of your own nationality",
               "fr": "pays dont vous avez la nationalité", "nl": "land waarvan u de nationaliteit"}
WOULD_WORK = {"it": "Cosa funzionerebbe", "en": "What would work", "fr": "Ce qui", "nl": "Wat wel"}
SOURCE = {"it": "fonte:", "en": "source:", "fr": "source", "nl": "bron:"}


async def _why(monkeypatch, lang, intent):
    return await play(monkeypatch, {**PLAN, "language": lang},
                      [("?", "check_eligibility"), (WHY_NOT[lang], intent)], TODAY, user_event="parsed",
                      keep_slot_events=True)


@pytest.mark.parametrize("intent", ["ask_why", "inform", "check_eligibility"])
@pytest.mark.parametrize("lang", ["it", "en", "fr", "nl"])
async def test_why_not_where_one_studies_keeps_the_plan_and_answers_why(monkeypatch, lang, intent):
    got = await _why(monkeypatch, lang, intent)
    reply = got.replies[1]
    assert got.slots["activity"] == "short_term_doctoral", reply
    assert got.slots["citizenship"] == ["IT"], reply
    assert "activity" not in got.last and "citizenship" not in got.last, got.last
    assert OWN_COUNTRY[lang] in reply, reply
    assert SOURCE[lang] in reply, reply
    assert WOULD_WORK[lang] in reply, reply
    assert "2 " not in reply.split("✗", 1)[-1].split("\n", 1)[0], reply  # no "shorter than 2 months"


@pytest.mark.parametrize("lang", ["it", "en"])
async def test_all_checks_after_it_still_refuse_the_own_country(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [("?", "check_eligibility"), (WHY_NOT[lang], "inform"),
                      ({"it": "Mostra tutti i controlli", "en": "Show all checks"}[lang], "show_checks")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    checks = got.replies[2]
    refused = {"it": "Destinazione non ammessa: Italia", "en": "Italy is a country of your citizenship"}
    assert "✗ " + refused[lang] in checks, checks


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Can I study in Spain instead?"),
    ("it", "Allora vorrei fare un periodo di studio in Spagna."),
])
async def test_a_study_period_asked_for_after_it_still_changes_the_activity(monkeypatch, lang, text):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [("?", "check_eligibility"), (WHY_NOT[lang], "ask_why"), (text, "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots["activity"] == "study", got.last
    assert got.slots["citizenship"] == ["IT"], got.last  # kept through both messages


# 3 and 4. NOVA Lisbon: "Come faccio a sapere se la NOVA ha la Carta ECHE? E il 2 gennaio 2026 è proprio
# l'ultimo giorno utile?" got the call's whole ECHE topic (staff training, third countries not associated),
# the condition and the contact again, and nothing on the date: both parts, the ECHE for this plan.
LISBON = {**PLAN, "destination": "PT", "destination_city": "Lisbon", "receiving_org": "hei"}
ECHE_AND_DATE = {
    "it": "Come faccio a sapere se la NOVA ha la Carta ECHE? E il 2 gennaio 2026 è proprio l'ultimo giorno "
          "utile?",
    "en": "How do I find out whether NOVA has the ECHE charter? And is 2 January 2026 really the last day to "
          "apply?",
    "fr": "Comment savoir si la NOVA a la charte ECHE ? Et le 2 janvier 2026, c'est vraiment le dernier "
          "jour ?",
    "nl": "Hoe weet ik of de NOVA het ECHE-handvest heeft? En is 2 januari 2026 echt de laatste dag?",
}
FOR_PLAN = {"it": "Per il Suo piano (una mobilità dottorale breve presso un'università, Portogallo)",
            "en": "For your plan (a short-term doctoral mobility at a university, Portugal)",
            "fr": "Pour votre projet (une mobilité doctorale de courte durée dans une université, Portugal)",
            "nl": "Voor uw plan (een korte doctorale mobiliteit aan een universiteit, Portugal)"}
NO_LIST = {"en": "The call names no list", "fr": "L'appel ne cite aucune liste",
           "nl": "De oproep noemt geen lijst", "it": "Il bando non indica alcun elenco"}
YES_DATE = {"it": "Sì: si candidi entro il 2 gennaio 2026", "en": "Yes: apply by 2 January 2026",
            "fr": "Oui : postulez au plus tard le 2 janvier 2026",
            "nl": "Ja: vraag uiterlijk op 2 januari 2026 aan"}
OFF_TOPIC = {"it": ("formazione del personale", "paesi terzi non associati"),
             "en": ("staff training", "third countries not associated"),
             "fr": ("formation du personnel", "pays tiers non associés"),
             "nl": ("opleiding van personeel", "niet-geassocieerde derde landen")}


@pytest.mark.parametrize("intent", ["faq_receiving_org", "ask_deadline", "check_eligibility"])
@pytest.mark.parametrize("lang", ["it", "en", "fr", "nl"])
async def test_the_eche_for_this_plan_and_the_date_both_answered(monkeypatch, lang, intent):
    got = await play(monkeypatch, {**LISBON, "language": lang},
                     [("?", "check_eligibility"), (ECHE_AND_DATE[lang], intent)], TODAY, user_event="parsed",
                     keep_slot_events=True)
    reply = got.replies[1]
    assert FOR_PLAN[lang] in reply and NO_LIST[lang] in reply, reply
    assert YES_DATE[lang] in reply.replace("\u00a0", " "), reply
    assert not any(words in reply for words in OFF_TOPIC[lang]), reply


# 5. The amount block said "una fonte indica ancora 70/50 EUR" without saying which applies: 79/56 is the
# figure used (calls 2023 onwards), 70/50 the older one a source still shows (erasmus-figures.md).
USED = {"it": "la cifra usata qui, per i bandi dal 2023 in poi",
        "en": "the figure used here, for calls from 2023",
        "fr": "le chiffre retenu ici, pour les appels à partir de 2023",
        "nl": "het bedrag dat hier geldt, voor oproepen vanaf 2023"}
OLDER = {"it": "70/50 EUR è la cifra precedente", "en": "70/50 EUR is the older figure",
         "fr": "70/50 EUR est l'ancien chiffre", "nl": "70/50 EUR is het oudere bedrag"}


@pytest.mark.parametrize("lang", ["it", "en", "fr", "nl"])
async def test_the_rate_note_says_which_figure_applies(monkeypatch, lang):
    got = await play(monkeypatch, {**LISBON, "language": lang}, [("?", "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[0].replace("\u00a0", " ")
    assert "12 " in reply and "79 EUR" in reply, reply
    assert USED[lang] in reply and OLDER[lang] in reply, reply
