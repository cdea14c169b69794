"""Round 15 of simulated users: questions that got "I can't find", the grant block or the welcome screen. Each
is played on the slots the conversation had reached, with the message as the NLU read it (intent, ranking and
entities from the trained model), in the user's language and the others."""
from __future__ import annotations

from typing import Any

import pytest

from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

ITM_LISBON = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "PT",
              "destination_city": "Lisbon", "receiving_org": "hei", "citizenship": ["SN"],
              "start_date": "2026-04-13", "end_date": "2026-07-20", "receiving_org_has_eche": True,
              "goal": "eligibility"}
LUCCA_PHD = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "FR",
             "destination_city": "Paris", "receiving_org": "hei", "start_date": "2016-03-01",
             "end_date": "2016-06-30", "supervisor_authorised": True, "board_authorised": True,
             "citizenship": ["IT"], "goal": "eligibility"}
EMAIL = "erasmusplusmobility@itg.be"


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


def citizen(text: str, code: str, words: str) -> dict[str, Any]:
    return {**said(text, "country", code, words), "role": "citizenship"}


# 1. A length question mid-form: the limits for the activity and the person's own stay, not "I can't find".
async def test_a_length_question_mid_form_gets_the_limits_and_the_stay(dispatcher):
    text = "12 Jan 2026 until 30 April. What's the min and max length for a study period btw?"
    slots = {**ITM_LISBON, "start_date": None, "end_date": None, "asked": "start_date"}
    got = await respond(dispatcher, text=text, intent="ask_grant", slots=slots, entities=[
        said(text, "start_date", "2026-01-12", "12 Jan 2026"),
        said(text, "end_date", "2026-04-30", "30 April"),
        said(text, "activity", "study", "study period")], ranking=[
        {"name": "ask_grant", "confidence": 0.54}, {"name": "out_of_scope", "confidence": 0.23},
        {"name": "faq_duration", "confidence": 0.15}])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith("• Study period: 2 months to 12 months (source: Type, venue and duration of the "
                            "student mobility)"), reply
    assert "✓ Your stay of 109 days is within the 2 months to 12 months allowed for a study period." in reply
    assert got.get("goal") in (None, "eligibility"), got  # no grant was asked
    assert got["start_date"] == "2026-01-12" and got["end_date"] == "2026-04-30"


@pytest.mark.parametrize(("lang", "text", "words", "first"), [
    ("en", "Is 4 months long enough for a study period?", "study period",
     "Yes: your stay of 120 days is within"),
    ("fr", "Quelle est la durée minimale et maximale d'un stage ?", "stage", "• Stage : de 2 mois à 12 mois"),
    ("nl", "Hoe lang mag een stage duren?", "stage", "• Stage: 2 maanden tot 12 maanden"),
    ("it", "Quanto può durare un tirocinio?", "tirocinio", "• Tirocinio: da 2 mesi a 12 mesi"),
])
async def test_a_length_question_after_the_answer_gets_the_limits(dispatcher, lang, text, words, first):
    slots = await answered({**ITM_LISBON, "end_date": "2026-08-12", "start_date": "2026-04-13"}, lang)
    activity = "study" if lang == "en" else "traineeship"
    await respond(dispatcher, text=text, intent="faq_duration", slots=slots,
                  entities=[said(text, "activity", activity, words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply


async def test_an_unplaced_question_gets_the_topic_the_nlu_ranked(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="and what about the thing with the months I asked about?",
                  intent="nlu_fallback", slots=slots,
                  ranking=[{"name": "nlu_fallback", "confidence": 0.35},
                           {"name": "faq_duration", "confidence": 0.2}])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert "Staff training: 2 to 60 days" in reply or "2 to 12 months" in reply, reply


# 2. Nationality as a problem or an obstacle: "No", it is no condition; only where one may go.
@pytest.mark.parametrize(("lang", "text", "words", "intent", "first"), [
    ("fr", "Je suis sénégalais, est-ce un problème ?", "sénégalais", "check_eligibility",
     "Non : votre nationalité n'est pas une condition de cet appel"),
    ("fr", "Donc être Sénégalais n'est pas un obstacle ? Je n'ai pas de passeport européen.", "Sénégalais",
     "dont_know", "Non : votre nationalité n'est pas une condition de cet appel"),
    ("en", "I'm Senegalese, is that a problem?", "Senegalese", "check_eligibility",
     "No: your nationality is no condition of this call"),
    ("nl", "Ik ben Senegalees, is dat een probleem?", "Senegalees", "inform",
     "Nee: uw nationaliteit is geen voorwaarde van deze oproep"),
    ("it", "Sono senegalese, è un ostacolo?", "senegalese", "inform",
     "No: la Sua cittadinanza non è una condizione di questo bando"),
])
async def test_a_nationality_as_an_obstacle_is_no_condition(dispatcher, lang, text, words, intent, first):
    slots = await answered(ITM_LISBON, lang)
    await respond(dispatcher, text=text, intent=intent, slots=slots, entities=[citizen(text, "SN", words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    # the call's heading, in the reply language
    heading = {"fr": "Type, lieu et durée de la mobilité des étudiants",
               "en": "Type, venue and duration of the student mobility",
               "nl": "Soort, plaats en duur van de studentenmobiliteit",
               "it": "Tipo, sede e durata della mobilità degli studenti"}[lang]
    assert "✓" in reply and heading in reply


async def test_a_non_european_passport_question_is_a_nationality_question(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="I don't have a European passport, is that a problem?", intent="inform",
                  slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("No: your nationality is no condition of this call"), reply


# 3. What no call addresses (a visa, a residence permit, insurance, housing): said so, with whom to ask.
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("fr", "Et pour le visa pour la France ? J'ai un titre de séjour belge.",
     "L'appel IMT Anvers (Erasmus+ 2024-2026) ne dit rien sur les visas ;"),
    ("en", "Do I need a residence permit in France?",
     "The ITM Antwerp (Erasmus+ 2024-2026) call says nothing about residence permits;"),
    ("nl", "En welke verzekering heb ik nodig?",
     "De oproep van ITG Antwerpen (Erasmus+ 2024-2026) zegt niets over verzekering;"),
    ("it", "E per l'alloggio a Parigi?",
     "Il bando ITM Anversa (Erasmus+ 2024-2026) non dice nulla su alloggio;"),
])
@pytest.mark.parametrize("goal", ["eligibility", "grant"])
async def test_a_question_no_call_addresses_is_said_so_never_the_grant(dispatcher, lang, text, first, goal):
    slots = await answered({**ITM_LISBON, "destination": "FR", "destination_city": "Paris"}, lang)
    got = await respond(dispatcher, text=text, intent="ask_grant", slots={**slots, "goal": goal})
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert EMAIL in reply and "💶" not in reply, reply
    assert got.get("goal") in (None, goal), got


async def test_whether_the_grant_covers_insurance_is_no_silent_topic(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="Does the grant cover my insurance?", intent="faq_grant_covers",
                  slots=slots)
    reply = texts(dispatcher)
    assert "says nothing about" not in reply and "insurance" in reply, reply


# 4. A summary after the answer: the answer again in short.
@pytest.mark.parametrize(("lang", "text", "intent", "first", "date"), [
    ("nl", "samenvatting graag", "greet", "Kort: u komt in aanmerking.", "13 februari 2026"),
    ("nl", "Kun je alles nog eens kort samenvatten?", "nlu_fallback", "Kort: je komt in aanmerking.",
     "13 februari 2026"),
    ("it", "Mi fai un riepilogo finale?", "out_of_scope", "In breve: idoneo/a.", "13 febbraio 2026"),
    ("en", "Can you sum it all up for me?", "nlu_fallback", "In short: eligible.", "13 February 2026"),
    ("fr", "Vous pouvez me faire un petit récapitulatif ?", "nlu_fallback", "En bref : éligible.",
     "13 février 2026"),
])
async def test_a_summary_request_gets_the_answer_in_short(dispatcher, lang, text, intent, first, date):
    slots = await answered(ITM_LISBON, lang)
    await respond(dispatcher, text=text, intent=intent, slots=slots)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    assert f"📅 {date}" not in reply and date in reply and EMAIL in reply and "💶" in reply, reply
    assert "ITG Antwerpen en IMT Lucca" not in reply  # not the welcome screen


async def test_a_summary_with_conditions_and_an_amount(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-05")
    slots = await answered({**LUCCA_PHD, "prior_erasmus_months": 0})
    await respond(dispatcher, text="can you give me a quick summary?", intent="nlu_fallback", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("In short: eligible, on these conditions:\n• "), reply
    assert "📅 Apply by 18 January 2016." in reply and "💶 Grant estimate: €1,120.00" in reply, reply
    assert "erasmus@imtlucca.it" in reply


async def test_a_resume_to_send_is_no_summary_request(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="Do I need to send my résumé?", intent="faq_documents", slots=slots)
    assert "In short" not in texts(dispatcher), texts(dispatcher)


# 5. "Why 13 February? ... is that a fixed rule?": how the date to apply by is set, yes first.
@pytest.mark.parametrize(("lang", "text", "words", "first"), [
    ("en", "Why 13 February? That's two months before, is that a fixed rule?", "13 February",
     "Yes: the call asks you to apply at least 2 months before your departure, so for your departure on "
     "13 April 2026 by 13 February 2026. (source: Application and selection process)"),
    ("en", "why 13 February?", "13 February", "Because the call asks you to apply at least 2 months before"),
    ("fr", "Pourquoi le 13 février ? C'est une règle fixe ?", "13 février",
     "Oui : l'appel demande de postuler au moins 2\xa0mois avant le départ"),
    ("nl", "Waarom 13 februari? Is dat een vaste regel?", "13 februari", "Ja: de oproep vraagt om minstens 2"
     " maanden voor vertrek aan te vragen"),
    ("it", "Perché il 13 febbraio? È una regola fissa?", "13 febbraio", "Sì: il bando chiede di candidarsi "
     "almeno 2 mesi prima della partenza"),
])
@pytest.mark.parametrize("year", ["2026", "2027"])
async def test_why_the_apply_by_date_gets_its_rule(dispatcher, lang, text, words, first, year):
    slots = await answered(ITM_LISBON, lang)
    got = await respond(dispatcher, text=text, intent="ask_why", slots=slots,
                        entities=[said(text, "start_date", f"{year}-02-13", words)])
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert "✓" not in reply and "start_date" not in got, reply


async def test_why_this_deadline_in_words_gets_its_rule(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="why this deadline?", intent="ask_why", slots=slots)
    assert texts(dispatcher).startswith("Because the call asks you to apply at least 2 months before your "
                                        "departure: for your departure on 13 April 2026 that is 13 February "
                                        "2026."), texts(dispatcher)


# 6. Thanks or a goodbye in German or Spanish: answered in the conversation's language, no language notice.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Alles klar, danke schön!", "Avec plaisir ! Autre chose ?"),
    ("en", "Alles klar, danke schön!", "You're welcome! Anything else?"),
    ("nl", "muchas gracias", "Graag gedaan"),
    ("it", "Vielen Dank, tschüss!", "Arrivederci"),
    ("en", "vale, gracias, adiós", "Goodbye, and good luck with your mobility!"),
])
async def test_german_or_spanish_thanks_get_a_plain_reply(dispatcher, lang, text, expected):
    slots = await answered(ITM_LISBON, lang)
    got = await respond(dispatcher, text=text, intent="nlu_fallback", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(expected), reply
    assert "I speak English" not in reply and got["language"] == lang, reply


# 7. An earlier degree's Erasmus months and this cycle's cap: "No", with the cap and its source.
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("it", "quei 2 mesi della magistrale quindi non mi tolgono niente? contano per il dottorato sì o no?",
     "No: i mesi di Erasmus di un titolo precedente (laurea magistrale) non contano per il massimo di 12"),
    ("en", "So the 2 months from my master's, do they count for my PhD or not?",
     "No: Erasmus months from an earlier degree (master's) do not count towards the 12-month maximum"),
    ("fr", "Et mes 2 mois de master, ils comptent pour le doctorat ?",
     "Non : les mois d'Erasmus d'un diplôme antérieur (master) ne comptent pas pour le maximum de 12 mois"),
    ("nl", "Tellen die 2 maanden van mijn master mee voor mijn doctoraat?",
     "Nee: Erasmusmaanden uit een eerder diploma (master) tellen niet mee voor het maximum van 12 maanden"),
])
@pytest.mark.parametrize("asked", [None, "prior_erasmus_months"])
async def test_an_earlier_degree_does_not_count_for_this_cycle(dispatcher, monkeypatch, lang, text, first,
                                                              asked):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-05")
    if asked:
        slots = {**LUCCA_PHD, "language": lang, "asked": asked}
    else:
        slots = await answered({**LUCCA_PHD, "prior_erasmus_months": 0}, lang)
    words = {"it": "dottorato", "en": "PhD", "fr": "doctorat", "nl": "doctoraat"}[lang]
    await respond(dispatcher, text=text, intent="check_eligibility", slots=slots,
                  entities=[said(text, "role", "phd_student", words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    heading = {"it": "Chi può candidarsi?", "en": "Who can apply?", "fr": "Qui peut postuler ?",
               "nl": "Wie kan zich kandidaat stellen?"}[lang]  # the call's heading, in the reply language
    assert heading in reply and reply.count("Periodi di studio") == 0, reply


async def test_thanks_for_the_summary_is_thanks(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="thanks for the summary!", intent="thank", slots=slots)
    assert texts(dispatcher).startswith("You're welcome! Anything else?"), texts(dispatcher)


async def test_a_topic_behind_out_of_scope_is_no_answer(dispatcher):
    slots = await answered(ITM_LISBON)
    await respond(dispatcher, text="and what about the weather there?", intent="out_of_scope", slots=slots,
                  ranking=[{"name": "out_of_scope", "confidence": 0.4},
                           {"name": "faq_duration", "confidence": 0.2}])
    assert "2 to 12 months" not in texts(dispatcher) and "can't find" in texts(dispatcher), texts(dispatcher)
