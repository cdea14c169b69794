"""Round 17 of simulated users, the lead's fixes: Italian elision before a date ("entro l'11 marzo"), an
"impiegata" is staff, and "does it make sense to apply / do I have a real chance?" about priority is a
can-I-still-apply question, answered with the eligibility first, not a bare "No:"."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.elision import elide
from bot.nlu.extract import extract
from tests.actions.answered import answered
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond
from tests.actions.test_round13_answers import STAFF_LJUBLJANA


def test_italian_dates_after_il_dal_al_are_elided_before_8_and_11():
    assert elide("entro il 11 marzo 2026") == "entro l'11 marzo 2026"
    assert elide("dal 8 all'11 maggio") == "dal 8 all'11 maggio"  # "8" without its month: left as written
    assert elide("dal 8 maggio al 11 maggio") == "dall'8 maggio all'11 maggio"
    assert elide("Il 8 aprile") == "L'8 aprile"
    unchanged = "entro il 12 marzo, il 18 gennaio, il 1 aprile"
    assert elide(unchanged) == unchanged


def test_an_impiegata_is_staff():
    found = [(e["entity"], e["value"]) for e in extract("sono un'impiegata amministrativa dell'ITM")]
    assert ("role", "staff") in found


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


@pytest.mark.parametrize(("lang", "text", "yes"), [
    ("it", "Ha senso candidarmi, visto che non sono né dottoranda né postdoc?", "Sì"),
    ("en", "Do I have a real chance? I'm not a PhD or a postdoc.", "Yes"),
])
async def test_a_real_chance_question_answers_eligibility_first(lang, text, yes):
    slots = await answered({**STAFF_LJUBLJANA, "doctoral_or_postdoc_staff": False}, lang)
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text=text, intent="ask_priority", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(yes), reply
    assert not reply.startswith(("No:", "No :")), reply


async def test_a_day_said_as_a_number_is_not_called_assumed(monkeypatch):
    from tests.actions.conftest import said

    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "language": "en",
             "start_date": "2016-04-01", "goal": "eligibility", "asked": "end_date"}
    cases = (("until the end of July, so 31 July", "July", False), ("until July", "July", True))
    for text, words, assumed in cases:
        dispatcher = CollectingDispatcher()
        ends = {**said(text, "end_date", "2016-07-31", words), "month_only": True}
        await respond(dispatcher, text=text, slots=slots, entities=[ends])
        assert ("the day was not said" in texts(dispatcher)) is assumed, texts(dispatcher)


async def test_not_living_in_a_country_keeps_the_nationality():
    # Round 18: "I live in Belgium now, not in Ghana" took Ghana off the nationality ("looks possible").
    slots = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "GH",
             "destination_city": "Accra", "citizenship": ["GH"], "receiving_org": "ngo", "language": "en",
             "start_date": "2026-04-01", "end_date": "2026-06-30", "goal": "eligibility"}
    text = "Why is that the rule? I live in Belgium now, not in Ghana."
    got = await respond(CollectingDispatcher(), text=text, slots=slots, entities=[
        {"entity": "country", "value": "BE", "start": 32, "end": 39, "role": "origin"},
        {"entity": "country", "value": "GH", "start": 52, "end": 57, "role": "destination"}])
    assert got.get("citizenship", ["GH"]) == ["GH"], got
    assert got.get("destination", "GH") == "GH", got


async def test_not_a_country_s_citizen_still_takes_it_off():
    slots = {"call": "itm-2024", "role": "msc_student", "citizenship": ["GH", "BE"], "language": "en",
             "goal": "eligibility"}
    text = "sorry, I'm not Belgian, only Ghanaian"
    got = await respond(CollectingDispatcher(), text=text, slots=slots, entities=[
        {"entity": "country", "value": "BE", "start": 15, "end": 22, "role": "citizenship"},
        {"entity": "country", "value": "GH", "start": 29, "end": 37, "role": "citizenship"}])
    assert got.get("citizenship") == ["GH"], got


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("nl", "Ik ben geen doctoraatsstudent of postdoc. Maakt dat mijn kansen kleiner?", "Ja: "),
    ("en", "I'm not a PhD or postdoc. Does that lower my chances?", "Yes: "),
    ("en", "I'm not a PhD or postdoc. Do I get priority?", "No: "),
])
async def test_does_it_lower_my_chances_is_answered_the_right_way_round(lang, text, first):
    slots = await answered({**STAFF_LJUBLJANA, "doctoral_or_postdoc_staff": False}, lang)
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text=text, intent="ask_priority", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert "✗" in reply, reply


async def test_a_country_in_one_question_and_does_it_count_in_the_next_is_the_destination_answer():
    # Round 18: "… maar Noorwegen zit toch niet in de EU? telt dat wel?" mid-form got "can't find".
    from tests.actions.conftest import said

    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "NO",
             "destination_city": "Oslo", "receiving_org": "hei", "language": "nl", "goal": "eligibility",
             "asked": "start_date"}
    text = "van 7 tot 10 april 2026 … maar Noorwegen zit toch niet in de EU? telt dat wel?"
    dispatcher = CollectingDispatcher()
    # (the NLU read it as an eligibility question: the country then must still be what is asked)
    await respond(dispatcher, text=text, intent="check_eligibility", slots=slots, entities=[
        said(text, "start_date", "2026-04-07", "7"), said(text, "end_date", "2026-04-10", "10 april 2026"),
        {**said(text, "country", "NO", "Noorwegen"), "role": "destination"}])
    reply = texts(dispatcher)
    assert "Noorwegen" in reply and "geassocieerde" in reply, reply
    assert "Ik vind het antwoord daarop niet" not in reply, reply
