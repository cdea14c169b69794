"""Round 24 of simulated users: questions answered with the wrong block, or with "I can't find the answer"
before the right one. An amount asked with the dates (C1), "what do you mean by <the fact asked>" (C2), a
rough estimate asked again (C3), whether the person's own length is acceptable (C4, C5), first come, first
served and the priorities asked together (C6); each in the four languages, with the nearby questions that
keep their answer."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.answered import CANT_FIND, no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear

ITM_OPEN = "2025-10-01"
HEIDELBERG = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
              "receiving_org": "research_institute", "destination": "DE", "destination_city": "Heidelberg",
              "goal": "eligibility"}
LJUBLJANA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
             "destination": "SI", "destination_city": "Ljubljana", "goal": "eligibility"}
BERGEN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
          "destination": "NO", "destination_city": "Bergen", "goal": "eligibility", "citizenship": ["BE"],
          "start_date": "2026-02-01", "end_date": "2026-06-30", "has_scholarship": False}


CAN_I_GO = {"en": "so can I go?", "fr": "donc je peux partir ?", "nl": "kan ik dus gaan?",
            "it": "quindi posso partire?"}


async def told(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str) -> dict[str, Any]:
    """The slots once the person has had their answer ("so can I go?"), on the day the ITM call is open."""
    slots = {**slots, "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, CAN_I_GO[lang], slots, ITM_OPEN,
                     "check_eligibility")
    assert got.get("last_decision"), got
    return {**slots, "last_decision": got["last_decision"]}


def cant_find(reply: str) -> bool:
    return any(words in reply for words in CANT_FIND)


# C1. Dates and "how much?" in one message: the grant answer, with no "I can't find" before it, whether the
# NLU read a grant question or only facts.
AMOUNT_WITH_DATES = [
    ("en", HEIDELBERG, "From 11 May to 22 May 2026. How much would I get per day for that?", "2026-05-11"),
    ("fr", LJUBLJANA, "du 20 au 24 avril 2026. Combien ça rapporte ?", "2026-04-20"),
    ("nl", LJUBLJANA, "van 20 tot 24 april 2026. Hoeveel krijg ik daarvoor?", "2026-04-20"),
    ("it", LJUBLJANA, "dal 20 al 24 aprile 2026. Quanto prenderei?", "2026-04-20"),
]


@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
@pytest.mark.parametrize(("lang", "slots", "text", "start"), AMOUNT_WITH_DATES)
async def test_dates_with_an_amount_question_get_the_grant_without_cant_find(dispatcher, monkeypatch, lang,
                                                                          slots, text, start, intent):
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang, "asked": "start_date"},
                     ITM_OPEN, intent)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert got.get("start_date") == start, got
    assert "💶" in reply, reply   # the grant answer follows
    if slots is LJUBLJANA:        # 937 km one way: the EU distance band of 500-1999 km
        assert "309" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How much would I get per day?"),
    ("fr", "Combien je toucherais par jour ?"),
    ("nl", "Hoeveel krijg ik per dag?"),
    ("it", "Quanto prenderei al giorno?"),
])
async def test_an_amount_question_mid_form_is_the_grant_question(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**LJUBLJANA, "language": lang, "asked": "start_date"},
                     ITM_OPEN)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert got.get("goal") == "grant", got
    assert t(lang, "ask_start_date", example="")[:12] in reply, reply  # the dates it needs, asked


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "From 11 May to 22 May 2026. Do I keep my salary during the stay?"),
    ("fr", "du 11 au 22 mai 2026. Est-ce que je garde mon salaire pendant le séjour ?"),
    ("en", "From 11 May to 22 May 2026. How much time do I have to prepare?"),
    ("en", "From 11 May to 22 May 2026. How much does a room cost in Heidelberg?"),
    ("it", "Dall'11 al 22 maggio 2026. Quanto costa una stanza a Heidelberg?"),
])
async def test_a_question_the_grant_does_not_answer_still_gets_the_fallback(dispatcher, monkeypatch, lang,
                                                                            text):
    got = await hear(dispatcher, monkeypatch, text, {**HEIDELBERG, "language": lang, "asked": "start_date"},
                     ITM_OPEN)
    reply = texts(dispatcher)
    # (a question about the salary is said to be one the call does not answer, with whom to ask: round 25)
    assert cant_find(reply) or any(w in reply for w in ("says nothing about", "ne dit rien sur")), reply
    assert "💶" not in reply and got.get("goal") != "grant", got


# C2. "What do you mean by <the fact asked>?": that question explained (what each answer leads to under the
# call's rules), then the question again; not "I can't find".
MEANING = [
    ("en", "Thank you. I'm Indian, by the way. And I'm not sure what you mean by ITM staff membership?"),
    ("fr", "Merci. Je suis indien. Et c'est quoi exactement, l'appartenance au personnel de l'IMT ?"),
    ("nl", "Dank u. Ik ben Indiër. Wat bedoelt u met ITG-personeelslid?"),
    ("it", "Grazie. Sono indiano. Cosa intende per personale dell'ITM?"),
]


def explained(lang: str, reply: str) -> None:
    assert t(lang, "meaning_intro", question=t(lang, "ask_itm_staff_member")) in reply, reply
    assert t(lang, "meaning_if_yes", check="✗") in reply, reply   # staff status: apply as staff instead
    assert t(lang, "meaning_if_no", check="✓") in reply, reply    # without it: as a student


@pytest.mark.parametrize(("lang", "text"), MEANING)
async def test_what_do_you_mean_by_the_fact_explains_it(dispatcher, monkeypatch, lang, text):
    slots = {**HEIDELBERG, "language": lang, "start_date": "2026-05-11", "end_date": "2026-05-22"}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    no_cant_find(reply)
    explained(lang, reply)
    assert got.get("citizenship") == ["IN"], got
    assert got.get("asked") == "itm_staff_member", got          # the question comes after its explanation
    assert reply.index(t(lang, "meaning_if_no", check="")) < reply.rindex(t(lang, "ask_itm_staff_member"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what do you mean by that?"), ("fr", "c'est quoi ?"), ("nl", "wat bedoelt u daarmee?"),
    ("it", "cosa intende?"),
])
async def test_a_bare_what_do_you_mean_explains_the_question_asked(dispatcher, monkeypatch, lang, text):
    slots = {**HEIDELBERG, "language": lang, "start_date": "2026-05-11", "end_date": "2026-05-22",
             "citizenship": ["IN"], "asked": "itm_staff_member"}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    no_cant_find(reply)
    explained(lang, reply)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "c'est quoi le job shadowing ?"),
    ("en", "what do you mean by Annex 2?"),
])
async def test_what_is_something_else_is_not_the_question_asked(dispatcher, monkeypatch, lang, text):
    slots = {**HEIDELBERG, "language": lang, "start_date": "2026-05-11", "end_date": "2026-05-22",
             "citizenship": ["IN"], "asked": "itm_staff_member"}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert t(lang, "meaning_intro", question="")[:10] not in texts(dispatcher)


# C3. "Not even a rough estimate for Norway?" after the amount answer: the amount again (none is published,
# who knows), not where Norway stands in the programme.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "echt niks? zelfs geen ruwe schatting voor noorwegen?"),
    ("en", "Really nothing? Not even a rough estimate for Norway?"),
    ("fr", "Vraiment rien ? Même pas une estimation pour la Norvège ?"),
    ("it", "Proprio niente? Nemmeno una stima per la Norvegia?"),
])
async def test_a_rough_estimate_asked_again_is_the_amount(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, BERGEN, lang)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "inform")
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert "Annex 2" in reply or "2" in reply and "erasmusplusmobility@itg.be" in reply, reply
    # No amount for the case, where (round 33: or no figure of the call's own, with the older reference table)
    assert t(lang, "grant_sure_unknown", basis="")[5:25] in reply \
        or reply.startswith(t(lang, "no_figure_own", basis="")[:20]), reply
    assert t(lang, "destination_status", country="", sets="")[-12:] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("nl", "mag ik naar noorwegen?"), ("en", "can I go to Norway?")])
async def test_whether_the_country_is_allowed_keeps_its_answer(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, BERGEN, lang)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "inform")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert t(lang, "grant_sure_unknown", basis="")[5:25] not in reply, reply


# C4, C5. "So that's fine, 5 months?": the person's own length checked, yes or no first, with the limits.
OWN_LENGTH = [
    ("nl", BERGEN, "dus dat mag gewoon, 5 maanden?", "150"),
    ("en", BERGEN, "so that's fine then, 5 months?", "150"),
    ("fr", BERGEN, "donc c'est possible, 5 mois ?", "150"),
    ("it", BERGEN, "quindi va bene, 5 mesi?", "150"),
    ("fr", {**LJUBLJANA, "citizenship": ["BE"], "start_date": "2026-05-04", "end_date": "2026-05-08"},
     "Non, trop long, je reste sur l'avion. Une semaine du lundi au vendredi, c'est une durée acceptable ?",
     "5"),
    ("en", {**LJUBLJANA, "citizenship": ["BE"], "start_date": "2026-05-04", "end_date": "2026-05-08"},
     "A week, Monday to Friday: is that an acceptable length?", "5"),
    ("nl", {**LJUBLJANA, "citizenship": ["BE"], "start_date": "2026-05-04", "end_date": "2026-05-08"},
     "Een week van maandag tot vrijdag, is dat een aanvaardbare duur?", "5"),
    ("it", {**LJUBLJANA, "citizenship": ["BE"], "start_date": "2026-05-04", "end_date": "2026-05-08"},
     "Una settimana dal lunedì al venerdì, è una durata accettabile?", "5"),
    ("fr", {**LJUBLJANA, "citizenship": ["BE"], "start_date": "2026-05-04", "end_date": "2026-05-08"},
     "5 jours, c'est assez long pour être accepté ?", "5"),
]


@pytest.mark.parametrize(("lang", "slots", "text", "days"), OWN_LENGTH)
async def test_whether_the_own_length_is_acceptable_gets_its_check(dispatcher, monkeypatch, lang, slots, text,
                                                                   days):
    slots = await told(monkeypatch, slots, lang)
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "inform")
    reply = texts(dispatcher)
    no_cant_find(reply)
    first = reply.split("\n")[0]
    assert first.startswith(t(lang, "answer_yes", answer="")), reply
    assert f" {days} " in first, reply                       # the stay's own days
    assert "end_date" not in got and "start_date" not in got, got
    assert "€" not in reply and "(3 ECTS)" not in reply, reply  # not the travel support, nor every duration


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "dus dat mag gewoon, 6 weken?"), ("en", "so that's fine, 6 weeks?"),
])
async def test_an_own_length_too_short_gets_no(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, {**BERGEN, "end_date": "2026-03-14"}, lang)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "inform")
    first = texts(dispatcher).split("\n")[0]
    assert first.startswith(t(lang, "answer_no", answer="")), first


async def test_another_length_than_the_plan_is_not_the_own_check(dispatcher, monkeypatch):
    slots = await told(monkeypatch, BERGEN, "nl")
    await hear(dispatcher, monkeypatch, "dus dat mag gewoon, 3 maanden?", slots, ITM_OPEN, "inform")
    assert " 150 " not in texts(dispatcher).split("\n")[0], texts(dispatcher)


# C6. First come, first served and the priorities asked together: both reconciled, "yes, apply early" first.
EARLY_AND_PRIORITY = [
    ("en", "Earlier you mentioned first come, first served, but also that students without a scholarship get "
           "priority. Which is it? Should I apply as early as possible?"),
    ("en", "Is selection first come first served, or priority to students without funding? Should I apply "
           "early?"),
    ("fr", "C'est premier arrivé, premier servi, ou la priorité aux étudiants sans bourse ? Je dois postuler "
           "tôt ?"),
    ("nl", "Is het wie eerst komt, eerst maalt, of voorrang voor studenten zonder beurs? Moet ik vroeg "
           "aanvragen?"),
    ("it", "È in ordine di arrivo o c'è priorità per chi non ha una borsa? Conviene fare domanda subito?"),
]


@pytest.mark.parametrize(("lang", "text"), EARLY_AND_PRIORITY)
async def test_first_come_and_priority_are_reconciled(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, {**HEIDELBERG, "citizenship": ["IN"], "itm_staff_member": False,
                                     "has_scholarship": True, "start_date": "2026-05-11",
                                     "end_date": "2026-05-22"}, lang)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "inform")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "apply_early_both", rule="", source="")[:20]), reply
    assert t(lang, "apply_early_priorities") in reply, reply
    assert "\n✗ " in reply, reply    # the priority for students without a scholarship does not favour them
    assert "11 " in reply and "2026" in reply, reply  # the date to apply by for the departure


async def test_apply_early_alone_keeps_its_answer(dispatcher, monkeypatch):
    slots = await told(monkeypatch, {**HEIDELBERG, "citizenship": ["IN"], "itm_staff_member": False,
                                     "has_scholarship": True, "start_date": "2026-05-11",
                                     "end_date": "2026-05-22"}, "en")
    text = "Is it better to apply early since grants are first come, first served?"
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "inform")
    reply = texts(dispatcher)
    assert reply.startswith(t("en", "apply_early_yes", rule="", source="")[:5]), reply
    assert t("en", "apply_early_priorities") not in reply, reply


async def test_a_priority_question_alone_keeps_its_answer(dispatcher, monkeypatch):
    slots = await told(monkeypatch, {**HEIDELBERG, "citizenship": ["IN"], "itm_staff_member": False,
                                     "has_scholarship": True, "start_date": "2026-05-11",
                                     "end_date": "2026-05-22"}, "en")
    await hear(dispatcher, monkeypatch, "Does the DGD scholarship lower my chances of being selected?", slots,
               ITM_OPEN, "inform")
    reply = texts(dispatcher)
    assert t("en", "apply_early_both", rule="", source="")[:20] not in reply, reply
    assert "\n✗ " in reply, reply
