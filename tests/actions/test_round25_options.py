"""Round 25, group S (Z4: a Dutch PhD student at IMT Lucca, 10 earlier Erasmus months, a study period in
Amsterdam). S1: "what else could I do?" after "not eligible: only 60 days left" got "I can't find"; the rules
core now searches the variations the call allows (a 2-month traineeship fits, a study period needs 3 months).
S2: "must my promotor's approval be in the application or can it come later?" got the condition again; the
call's application form carries it. S3: "op voorwaarde dat:" was followed by a whole sentence."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from bot.nlu.extract import extract as read
from rules_core import source_label
from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_dialogue import respond
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN
from tests.actions.test_round41_polarity import board_timing

AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "NL",
             "destination_city": "Amsterdam", "receiving_org": "hei", "start_date": "2016-04-01",
             "end_date": "2016-06-30", "prior_erasmus_months": 10}
ASKED = {"en": ("What else could I do?", "help"), "fr": ("Que puis-je faire d'autre ?", "out_of_scope"),
         "nl": ("Wat kan ik nog wel?", "nlu_fallback"), "it": ("Cos'altro potrei fare?", "out_of_scope")}
TRAINEESHIP = {"en": "✓ Traineeship: 1 April 2016 to 31 May 2016",
               "fr": "✓ Stage : du 1er avril 2016 au 31 mai 2016",
               "nl": "✓ Stage: van 1 april 2016 tot en met 31 mei 2016",
               "it": "✓ Tirocinio: dal 1 aprile 2016 al 31 maggio 2016"}
STUDY_SHORT = {"en": "60 days is shorter than the 3 months", "fr": "60 jours", "nl": "60 dagen is korter",
               "it": "60 giorni"}


async def ask(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], text: str, intent: str, lang: str,
              today: str = LUCCA_OPEN) -> tuple[str, dict[str, Any], CollectingDispatcher]:
    """The reply to `text` once the person has had their answer."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    slots = await answered(slots, lang)
    dispatcher = CollectingDispatcher()
    got = await respond(dispatcher, text=text, intent=intent, slots=slots,
                        entities=read(text, dt.date.fromisoformat(today)))
    return texts(dispatcher), got, dispatcher


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_what_else_after_the_cycle_cap_lists_the_traineeship_and_why_not_study(monkeypatch, lang):
    text, intent = ASKED[lang]
    reply, _, _ = await ask(monkeypatch, AMSTERDAM, text, intent, lang)
    no_cant_find(reply)
    assert reply.startswith(t(lang, "options_intro")), reply
    assert TRAINEESHIP[lang] in reply, reply
    assert STUDY_SHORT[lang] in reply, reply
    assert reply.count(f"({t(lang, 'source')}: ") >= 3 or reply.count(f"({t(lang, 'source')} : ") >= 3, reply
    assert "erasmus@imtlucca.it" in reply and t(lang, "button_keep_case") in reply, reply


async def test_the_round_25_question_gets_no_for_two_months_of_study_then_the_traineeship(monkeypatch):
    replies = await converse(monkeypatch, {"language": "nl"}, [
        ("Ik ben promovendus (doctoraatsstudent) aan IMT Lucca en wil een studieperiode aan de Universiteit "
         "van Amsterdam doen van 1 april tot en met 30 juni 2016.", "inform"),
        ("Vorig jaar heb ik tijdens mijn doctoraat al een Erasmus-studieperiode gedaan, in totaal 10 "
         "maanden.", "inform"),
        ("Dat is jammer. Als ik nog 60 dagen over heb, kan ik dan niet gewoon een kortere studieperiode van "
         "twee maanden doen? Of wat zou ik anders nog kunnen doen?", "nlu_fallback"),
    ], LUCCA_OPEN)
    assert "❌" in replies[1], replies[1]
    reply = replies[2]
    no_cant_find(reply)
    assert reply.startswith("Nee: met deze data (studieperiode, van 1 april 2016 tot en met 31 mei 2016)"), \
        reply
    assert "minimum van 3 maanden" in reply and TRAINEESHIP["nl"] in reply, reply
    # Said once (the message's two questions), and no fact changed.
    assert reply.count(TRAINEESHIP["nl"]) == 1 and "Genoteerd" not in reply, reply


@pytest.mark.parametrize(("prior", "first", "words"), [
    (9, "options_intro_eligible", "✓ Traineeship: 1 April 2016 to 30 June 2016"),  # 90 days left: all fits
    (10, "options_intro", TRAINEESHIP["en"]),                                       # 60 left: 2 months
    (10.5, "options_none", "until 15 May 2016: Your stay of 45 days is shorter than the 2 months minimum"),
])
async def test_both_sides_of_the_days_left(monkeypatch, prior, first, words):
    reply, _, _ = await ask(monkeypatch, {**AMSTERDAM, "prior_erasmus_months": prior},
                            "what are my options?", "help", "en")
    assert reply.startswith(t("en", first)), reply
    assert words in reply, reply


@pytest.mark.parametrize(("prior", "opening"), [(10, "Yes: within the call's rules"),
                                                (10.5, "No: within the call's rules, no other")])
async def test_is_there_another_way_is_answered_yes_or_no(monkeypatch, prior, opening):
    reply, _, _ = await ask(monkeypatch, {**AMSTERDAM, "prior_erasmus_months": prior},
                            "Is there another way?", "deny", "en")
    assert reply.startswith(opening), reply


STAFF_70_DAYS = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
                 "destination_city": "Barcelona", "receiving_org": "hei", "citizenship": ["BE"],
                 "start_date": "2026-02-09", "end_date": "2026-04-19"}
SHORTER = {"en": ("Could I do a shorter training instead?",
                  "Yes: with these dates (staff training, 9 February 2026 to 9 April 2026)"),
           "fr": ("Je pourrais faire une formation plus courte ?",
                  "Oui : avec ces dates (formation du personnel, du 9 février 2026 au 9 avril 2026)"),
           "it": ("Potrei fare una formazione più breve?",
                  "Sì: con queste date (formazione del personale, dal 9 febbraio 2026 al 9 aprile 2026)")}


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
async def test_a_shorter_training_is_yes_with_the_longest_dates_and_can_become_the_plan(monkeypatch, lang):
    text, opening = SHORTER[lang]
    reply, got, _ = await ask(monkeypatch, STAFF_70_DAYS, text, "inform", lang, ITM_OPEN)
    assert reply.startswith(opening), reply
    assert "61" in reply and got.get("end_date") is None, reply  # one day more: 61 days; nothing changed yet
    slots = {**await answered(STAFF_70_DAYS, lang), **got}
    dispatcher = CollectingDispatcher()
    kept = await respond(dispatcher, text=t(lang, "button_keep_case"), intent="affirm", slots=slots)
    assert kept.get("end_date") == "2026-04-09" and "✅" in texts(dispatcher), texts(dispatcher)


async def test_two_months_of_study_that_would_fit_is_yes(monkeypatch):
    """The other side: with 9 earlier months (90 days left) a study period of 3 months is itself fine."""
    reply, _, _ = await ask(monkeypatch, {**AMSTERDAM, "prior_erasmus_months": 9},
                            "Could I do a shorter study period of 3 months instead?", "faq_duration", "en")
    assert reply.startswith("Yes: with these dates (study period, 1 April 2016 to 30 June 2016)"), reply


async def test_no_options_before_any_answer(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text="what are my options?", intent="help",
                  slots={"call": "imt-lucca-2015", "language": "en"})
    assert t("en", "options_intro") not in texts(dispatcher) and t("en", "help") in texts(dispatcher)


# S2: the supervisor's authorisation is part of Lucca's application form; the Board's timing is not stated.
TRAINEE_AMSTERDAM = {**AMSTERDAM, "activity": "traineeship", "receiving_org": "enterprise",
                     "end_date": "2016-05-31"}
IN_APPLICATION = {
    "nl": ("Mijn promotor heeft nog niets ondertekend. Is dat een probleem voor de aanvraag vóór 18 januari?",
           "Nee, als die er uiterlijk op 18 januari 2016 is:",
           "Moet de goedkeuring van mijn promotor al bij de aanvraag zitten, of mag die later komen?",
           "Die hoort bij de aanvraag:", "bevat het formulier voor de toestemming van uw promotor"),
    "en": ("My supervisor hasn't signed anything yet. Is that a problem for applying before 18 January?",
           "No, as long as you have it by 18 January 2016:",
           "Must my supervisor's approval be in the application, or can it come later?",
           "It goes with the application:", "application form includes the form for your advisor's"),
    "fr": ("Mon directeur de thèse n'a encore rien signé. Est-ce un problème pour postuler avant le 18 "
           "janvier ?", "Non, à condition qu'elle soit là d'ici le 18 janvier 2016 :",
           "L'autorisation de mon directeur doit-elle être dans la candidature ou peut-elle venir plus "
           "tard ?",
           "Elle fait partie de la candidature :", "comprend le formulaire d'autorisation"),
    "it": ("Il mio relatore non ha ancora firmato niente. È un problema per candidarmi entro il 18 gennaio?",
           "No, purché ci sia entro il 18 gennaio 2016:",
           "L'autorizzazione del relatore deve essere nella domanda o può arrivare dopo?",
           "Fa parte della candidatura:", "comprende il modulo per l'autorizzazione"),
}


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "it"])
async def test_the_advisor_authorisation_goes_in_the_application(monkeypatch, lang):
    problem, problem_opening, later, later_opening, words = IN_APPLICATION[lang]
    for text, opening in ((problem, problem_opening), (later, later_opening)):
        reply, _, _ = await ask(monkeypatch, TRAINEE_AMSTERDAM, text, "ask_deadline", lang)
        assert reply.startswith(opening), reply
        # the call's heading "Selection Criteria", in the reply language
        assert words in reply and source_label("imt-lucca-2015", "Selection Criteria", lang) in reply, reply
        assert t(lang, "condition_when", reason="", who="")[:25] not in reply, reply


async def test_the_board_timing_still_is_not_in_the_call(monkeypatch):
    """The other side: 91 days need the Scientific Board too, and the call says nothing of when."""
    reply, _, _ = await ask(monkeypatch, {**AMSTERDAM, "prior_erasmus_months": 0, "end_date": "2016-07-01"},
                            "Must the Scientific Board approve before the deadline or after?", "ask_deadline",
                            "en")
    # round 41: the advisor's authorisation goes with the application; the Board's has no date in the call
    assert "does not say how the Scientific Board" in reply and board_timing("en") in reply, reply


# S3: the conditions after "provided that" are whole sentences: the lists now open "on these conditions".
# (one condition: "on this condition", round 50)
SUMMARY = {"en": "In short: eligible, on this condition:\n• Your supervisor (advisor) must authorise",
           "fr": "En bref : éligible, sous cette condition :\n• Votre directeur ou directrice de thèse doit",
           "nl": "Kort: u komt in aanmerking, onder deze voorwaarde:\n• Uw promotor moet",
           "it": "In breve: idoneo/a, a questa condizione:\n• Il Suo supervisore (relatore) deve"}
ASK_SUMMARY = {"en": "can you give me a quick summary?", "fr": "Pouvez-vous me faire un petit résumé ?",
               "nl": "Kunt u alles nog even kort samenvatten?", "it": "Può farmi un breve riassunto?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_short_summary_lists_conditions_as_sentences(monkeypatch, lang):
    reply, _, _ = await ask(monkeypatch, {**TRAINEE_AMSTERDAM, "prior_erasmus_months": 0}, ASK_SUMMARY[lang],
                            "nlu_fallback", lang)
    assert SUMMARY[lang] in reply, reply
    assert "op voorwaarde dat" not in reply and "à condition que" not in reply, reply
    assert "a condizione che" not in reply and "provided that" not in reply, reply


STAFF_5_DAYS = {**STAFF_70_DAYS, "end_date": "2026-02-13"}


async def test_a_shorter_plan_that_passes_gets_its_range_and_the_only_kind_is_said(monkeypatch):
    """A staff training that fits (9-13 February): "a shorter one?" gets the days it may end on (2 days: 10
    February; 60 days: 9 April), and "what else?" says staff training is all the call offers staff."""
    reply, _, _ = await ask(monkeypatch, STAFF_5_DAYS, "Could I do a shorter training?", "inform", "en",
                            ITM_OPEN)
    assert reply.startswith("Yes: from 9 February 2026, your staff training can end on any day from "
                            "10 February 2026 to 9 April 2026"), reply
    reply, _, _ = await ask(monkeypatch, STAFF_5_DAYS, "Is there another way?", "deny", "en", ITM_OPEN)
    assert reply.startswith("No: your plan fits the call's rules as it is, and it is the only kind"), reply
