"""Whether a country is in the set a question names ("Is Switzerland in the EU?", "la Suisse est-elle un pays
tiers non associé ?", "la Svizzera è un paese del programma?"), yes or no first, in the call's own words for
each set (their kind is `status` in the call data). Before, "Is Switzerland in the EU?" got the list of every
destination, and "Oui : Suisse relève de ce groupe" read as a yes to any question; French and Italian named
the country without its article."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, hear

MSC = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "citizenship": ["BE"]}
PHD = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "citizenship": ["IT"]}


@pytest.mark.parametrize(("lang", "slots", "today", "text", "first", "then"), [
    ("en", MSC, ITM_OPEN, "Is Switzerland in the EU?",
     "No: Switzerland is not one of the EU member states; it is one of the third countries not associated",
     "you may go there"),
    ("fr", MSC, ITM_OPEN, "La Suisse est-elle un pays tiers non associé ?",
     "Oui : ce pays (Suisse) fait partie de ce groupe : les pays tiers non associés", "vous pouvez y aller"),
    ("nl", MSC, ITM_OPEN, "Zit Noorwegen eigenlijk in de EU?",
     "Nee: Noorwegen hoort niet bij de EU-lidstaten, maar bij de met het programma geassocieerde derde "
     "landen",
     "daarheen binnen deze oproep"),
    ("it", PHD, LUCCA_OPEN, "La Svizzera è un paese del programma?",
     "No: questo paese (Svizzera) non rientra tra i Paesi del Programma Erasmus+ 2015/2016 e non è una "
     "destinazione del bando.", None),
    ("en", MSC, ITM_OPEN, "Is Türkiye an associated country?",
     "Yes: Türkiye is one of the third countries associated to the programme.", "you may go there"),
])
async def test_the_set_asked_is_answered_first(monkeypatch, lang, slots, today, text, first, then):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, today)
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    if then:
        assert then in reply, reply
    assert reply.count(first.split(":")[1].split(";")[0].split(",")[0].strip()[:20]) == 1, reply


async def test_a_question_without_a_set_keeps_its_answer(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Is Norway OK?", {**MSC, "language": "en"}, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith("Yes: Norway is one of the third countries associated to the programme"), reply


async def test_french_names_the_country_with_its_noun(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "La Norvège, ça va ?", {**MSC, "language": "fr"}, ITM_OPEN)
    reply = texts(dispatcher)
    # (round 50: "relève de ce groupe" named no group before it; the country is a destination of the plan)
    assert reply.startswith("Oui : ce pays (Norvège) est une destination possible pour"), reply
    assert t("fr", "destination_status", country="Norvège", sets="x").startswith("Ce pays"), reply


async def test_a_country_asked_about_is_no_new_destination(monkeypatch):
    """Bergen, Norway is the plan; "Is Switzerland in the EU?" asks, it does not choose: the plan stays.
    Said with a city to go to, the change is taken."""
    plan = {**MSC, "destination": "NO", "destination_city": "Bergen", "language": "en"}
    got = await hear(CollectingDispatcher(), monkeypatch, "Is Switzerland in the EU?", plan, ITM_OPEN)
    assert "destination" not in got and "destination_city" not in got, got
    got = await hear(CollectingDispatcher(), monkeypatch, "Is Switzerland in the EU? I might go to Geneva "
                     "instead.", plan, ITM_OPEN)
    assert got.get("destination") == "CH" and got.get("destination_city") == "Geneva", got
    got = await hear(CollectingDispatcher(), monkeypatch, "Is Switzerland in the EU?",
                     {**MSC, "language": "en"}, ITM_OPEN)
    assert got.get("destination") == "CH", got  # no plan yet: the country asked about is noted


@pytest.mark.parametrize(("lang", "text", "yes"), [
    ("nl", "Kan dat eigenlijk, Noorwegen zit toch niet in de EU?", "Ja: Noorwegen hoort bij"),
    ("en", "Norway isn't in the EU, is that OK?", "Yes: Norway is one of"),
])
async def test_not_in_the_eu_said_by_the_person_gets_whether_it_can_be_chosen(monkeypatch, lang, text, yes):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**MSC, "language": lang}, ITM_OPEN)
    assert texts(dispatcher).startswith(yes), texts(dispatcher)


async def test_a_set_question_for_a_plan_that_fails_says_no_once(monkeypatch):
    """Round 25: "La Suisse n'est pas associée ? T'es sûr ?" for a staff training in Geneva got two lines both
    opening "Non :"; the second, the plan's check, is now a ✗ line under the set's answer."""
    staff = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "CH",
             "destination_city": "Geneva", "citizenship": ["FR"], "language": "fr", "goal": "eligibility"}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Sérieusement ? La Suisse n'est pas associée à Erasmus+ ? T'es sûr ?",
               staff, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.count("Non :") == 1, reply
    assert "\n✗ Destination non éligible : Suisse" in reply, reply
