"""Round 19 of simulated users, questions asked in the flow that got the wrong block: "should I apply early,
it's first come, first served?" (the dates alone, or the documents), "can I keep my scholarship or do they
reduce it?" (the priority text again), "how much a day for housing and meals?" ("the call says nothing about
housing"). Each is played on the slots the conversation had reached once the person had their answer, with
the intent and entities the NLU gave; a nearby question keeps its own answer."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

STAFF_PARIS = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
               "destination_city": "Paris", "citizenship": ["BE"], "start_date": "2026-03-09",
               "end_date": "2026-03-13", "receiving_org": "research_institute", "goal": "eligibility"}
MSC_SCHOLAR = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "ES",
               "destination_city": "Madrid", "citizenship": ["IT"], "start_date": "2026-05-04",
               "end_date": "2026-07-20", "receiving_org": "enterprise", "goal": "eligibility",
               "has_scholarship": True}
BLENDED_PORTO = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
                 "destination": "PT", "destination_city": "Porto", "citizenship": ["BE"],
                 "start_date": "2026-04-13", "end_date": "2026-04-22", "receiving_org": "hei",
                 "virtual_component": True, "goal": "eligibility"}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "NL",
         "destination_city": "Amsterdam", "receiving_org": "enterprise", "start_date": "2016-03-01",
         "end_date": "2016-06-30", "prior_erasmus_months": 0, "supervisor_authorised": True,
         "board_authorised": True, "goal": "eligibility", "has_scholarship": True}
PROFILES = {"staff": STAFF_PARIS, "scholar": MSC_SCHOLAR, "blended": BLENDED_PORTO, "lucca": LUCCA}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


async def ask(slots: dict[str, Any], lang: str, text: str, intent: str,
              entities: list[dict[str, Any]] | None = None, **extra: Any) -> tuple[str, dict[str, Any]]:
    """The reply and the slot events for `text` asked once the person has had their answer."""
    known = await answered(slots, lang)
    dispatcher = CollectingDispatcher()
    got = await respond(dispatcher, text=text, intent=intent, slots={**known, **extra},
                        entities=entities or [])
    return texts(dispatcher), got


# 1. Applying early: "Yes" with the call's first come, first served rule and its source, then the date.
FRENCH_EARLY = ("avec seulement 5 mobilités financées, je devrais postuler tout de suite plutôt "
                "qu'attendre le 9 janvier ?")


@pytest.mark.parametrize(("profile", "lang", "text", "intent", "first", "date"), [
    ("staff", "en", "Should I apply early, since it is first come first served?", "faq_application",
     "Yes: grants are awarded to positively evaluated applications on a first come, first served basis",
     "you must apply by 9 January 2026"),
    ("staff", "fr", FRENCH_EARLY, "ask_deadline",
     "Oui : les bourses sont attribuées aux candidatures évaluées positivement selon le principe du premier "
     "arrivé, premier servi", "vous devez postuler au plus tard le 9 janvier 2026"),
    ("blended", "nl", "moet ik vroeg aanvragen?", "ask_deadline",
     "Ja: beurzen worden toegekend aan positief beoordeelde aanvragen in volgorde van aankomst",
     "moet u uiterlijk op 13 februari 2026 aanvragen"),
    ("scholar", "it", "conviene fare domanda subito?", "faq_application",
     "Sì: le borse sono assegnate alle candidature valutate positivamente in ordine di arrivo",
     "deve candidarsi entro il 4 marzo 2026"),
])
async def test_applying_early_is_yes_first_come_first_served_with_the_date(profile, lang, text, intent, first,
                                                                            date):
    # (the NLU's "9 janvier": a date of 2027 without a role, the apply-by date said back)
    entities = [said(text, "start_date", "2027-01-09", "9 janvier")] if "9 janvier" in text else []
    reply, got = await ask(PROFILES[profile], lang, text, intent, entities)
    assert reply.startswith(first), reply
    # the call's heading "Application process", in the reply language
    source = {"en": "(source: Application process)", "fr": "(source : Procédure de candidature)",
              "nl": "(bron: Aanvraagprocedure)", "it": "(fonte: Procedura di candidatura)"}[lang]
    assert source in reply, reply
    assert date in reply, reply
    # It got the documents to send, or the dates block without an answer.
    assert "motivation" not in reply and "motivatie" not in reply, reply
    assert "start_date" not in got, got  # 9 January is when to apply by, not the stay's start


async def test_applying_in_december_instead_is_yes_and_december_is_in_time():
    text = "if I apply in December instead, are my chances better since it's first come first served?"
    december = {**said(text, "start_date", "2025-12-01", "December"), "month_only": True}
    reply, got = await ask(MSC_SCHOLAR, "en", text, "faq_application", [december])
    assert reply.startswith("Yes: grants are awarded"), reply
    assert "you must apply by 4 March 2026" in reply and "December 2025 is in time." in reply, reply
    assert "not every priority" not in reply and "start_date" not in got, reply


@pytest.mark.parametrize(("lang", "text", "intent", "first"), [
    ("en", "Should I apply early, since it is first come first served?", "faq_application",
     "No: the IMT Lucca (Erasmus+ 2015/2016) call does not award its grants first come, first served; it "
     "ranks the applications received by 18 January 2016:"),
    ("it", "conviene fare domanda subito?", "faq_application",
     "No: il bando IMT Lucca (Erasmus+ 2015/2016) non assegna le borse in ordine di arrivo; mette in "
     "graduatoria le candidature ricevute entro il 18 gennaio 2016:"),
])
async def test_a_call_that_ranks_by_its_deadline_says_so_instead(monkeypatch, lang, text, intent, first):
    monkeypatch.setenv("MOBILITY_TODAY", "2015-12-01")  # IMT Lucca open
    reply, _ = await ask(LUCCA, lang, text, intent)
    assert reply.startswith(first), reply
    assert "younger candidates come first" in reply or "precedono i più giovani" in reply, reply
    deadline = ("18 January 2016, the call's deadline", "18 gennaio 2016, la scadenza del bando")
    assert any(words in reply for words in deadline), reply


@pytest.mark.parametrize(("text", "intent", "expected", "not_expected"), [
    ("when must I apply?", "ask_deadline", "Apply by 9 January 2026", "first come"),
    ("is the call still open?", "ask_deadline", "call is open", "So the earlier"),
])
async def test_the_dates_and_the_status_keep_their_answers(text, intent, expected, not_expected):
    reply, _ = await ask(STAFF_PARIS, "en", text, intent)
    assert expected in reply and not_expected not in reply, reply


async def test_do_i_get_priority_keeps_its_answer():
    reply, _ = await ask(MSC_SCHOLAR, "en", "do I get priority?", "faq_selection")
    assert reply.startswith("No: not every priority"), reply
    assert "So the earlier" not in reply, reply


# 2. Keeping one's scholarship: the combining answer, and that the ITM call does not say it is kept or cut.
@pytest.mark.parametrize(("lang", "text", "intent", "lead", "topic"), [
    ("en", "If I get the grant, can I keep my scholarship too, or do they reduce it?",
     "faq_scholarship_compatibility", "The ITM Antwerp (Erasmus+ 2024-2026) call does not say whether you "
     "keep another scholarship in full next to the Erasmus+ grant, or whether it is reduced",
     "does not exclude you"),
    ("fr", "Si j'obtiens la bourse, est-ce que je garde ma bourse de doctorat, ou est-elle réduite ?",
     "faq_scholarship_compatibility",
     "L'appel IMT Anvers (Erasmus+ 2024-2026) ne dit pas si une autre bourse est maintenue entièrement",
     "Une bourse ne vous exclut pas"),
    ("nl", "Als ik de beurs krijg, mag ik mijn beurs dan houden of wordt die verminderd?",
     "check_eligibility",
     "De oproep ITG Antwerpen (Erasmus+ 2024-2026) zegt niet of u een andere beurs volledig behoudt",
     "Een beurs sluit u niet uit"),
    ("it", "Se ottengo il contributo, posso tenere la mia borsa o la riducono?", "check_eligibility",
     "Il bando ITM Anversa (Erasmus+ 2024-2026) non dice se un'altra borsa resta intera",
     "Una borsa non La esclude"),
])
async def test_keeping_a_scholarship_is_the_combining_answer(lang, text, intent, lead, topic):
    reply, _ = await ask(MSC_SCHOLAR, lang, text, intent)
    assert reply.startswith(lead), reply
    assert topic in reply and "erasmusplusmobility@itg.be" in reply, reply
    no_cant_find(reply)


async def test_a_call_that_says_the_grants_combine_answers_yes(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2015-12-01")
    text = "If I get the grant, can I keep my scholarship too, or do they reduce it?"
    reply, _ = await ask(LUCCA, "en", text, "faq_scholarship_compatibility")
    assert "Yes. The mobility funds are combinable with the PhD scholarship" in reply, reply
    assert "does not say" not in reply, reply


async def test_keeping_the_salary_is_not_the_scholarship_topic():
    reply, _ = await ask(STAFF_PARIS, "en", "do I keep my salary?", "out_of_scope")
    assert "scholarship" not in reply, reply


# 3. An amount a day for housing and meals is the individual support: the grant answer.
@pytest.mark.parametrize(("lang", "text", "unknown"), [
    ("fr", "Combien environ par jour pour le logement et les repas ?",
     "annexe 1 de l'IMT (appel 2024), non publiée"),
    ("en", "How much per day for housing and meals, roughly?", "ITM's Annex 1 (2024 call), not published"),
    ("nl", "Hoeveel ongeveer per dag voor huisvesting en maaltijden?", "bijlage 1 van het ITG (oproep 2024)"),
    ("it", "Quanto circa al giorno per alloggio e pasti?",
     "allegato 1 dell'ITM (bando 2024), non pubblicato"),
])
async def test_a_daily_amount_for_living_costs_is_the_grant(lang, text, unknown):
    reply, _ = await ask(STAFF_PARIS, lang, text, "ask_grant")
    assert unknown in reply and "cmorantin@itg.be" in reply, reply
    assert "211,00" in reply or "211.00" in reply, reply  # what is known: the travel support
    assert not any(words in reply for words in ("ne dit rien sur le logement", "says nothing about housing",
                                                 "zegt niets over huisvesting", "non dice nulla su"))


@pytest.mark.parametrize(("lang", "text", "intent", "expected"), [
    ("fr", "Comment trouver un logement ?", "out_of_scope", "ne dit rien sur le logement"),
    ("fr", "Combien coûte un logement à Paris ?", "out_of_scope", "ne dit rien sur le logement"),
    ("en", "how do I find housing?", "greet", "says nothing about housing"),
    ("en", "how do I find housing?", "out_of_scope", "says nothing about housing"),
])
async def test_finding_housing_keeps_the_housing_answer(lang, text, intent, expected):
    reply, _ = await ask(STAFF_PARIS, lang, text, intent)
    assert expected in reply, reply
    assert "Hello!" not in reply, reply  # the NLU read "how do I find housing?" as a greeting


@pytest.mark.parametrize(("text", "words", "kept"), [
    ("plutôt qu'attendre le 9 janvier ?", "9 janvier", False),  # the apply-by date said back, no year
    ("je pars finalement le 9 janvier 2027", "9 janvier 2027", True),  # a date with its year: a new start
])
def test_the_apply_by_date_said_back_without_a_year_is_no_stay_date(text, words, kept):
    from actions.when import drop_told_dates
    from tests.actions.conftest import make_tracker

    tracker = make_tracker({"last_decision": {"apply_by": "2026-01-09"}}, text=text)
    entities = [said(text, "start_date", "2027-01-09", words)]
    assert bool(drop_told_dates(tracker, entities)) is kept
