"""Round 20 of simulated users: an MSc student of ITM Antwerp going to Université Laval in Québec City.
"Laval" said with Canada given switched the destination to Laval, France; Québec was never read as the city;
"Je vais à Québec." was taken for a goodbye. Each is played on the slots the conversation had reached, with
the entities the extractor gives."""
from __future__ import annotations

from typing import Any

import pytest

from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

LAVAL = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "receiving_org": "hei",
         "destination": "CA", "destination_city": "Laval"}
QUEBEC = {**LAVAL, "destination_city": "Québec", "activity": "study", "asked": "start_date"}
FIRST = "Hi, I'm a master's student at ITM Antwerp and want a semester at Université Laval in Canada"
CANADA = {"en": "Canada", "fr": "Canada", "nl": "Canada", "it": "Canada"}
FRANCE = {"en": "France", "fr": "France", "nl": "Frankrijk", "it": "Francia"}
WHAT_IF = {lang: t(lang, "what_if_facts")[:20] for lang in ("en", "fr", "nl", "it")}
GOODBYE = {lang: t(lang, "goodbye") for lang in ("en", "fr", "nl", "it")}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


async def play(dispatcher: Any, slots: dict[str, Any], text: str, lang: str, intent: str = "inform",
               earlier: tuple[str, ...] = ()) -> tuple[dict[str, Any], str]:
    events = [{"event": "user", "text": said} for said in (*earlier, text)]
    got = await respond(dispatcher, text=text, intent=intent, slots={**slots, "language": lang},
                        entities=extract(text), events=events)
    return got, texts(dispatcher)


async def test_the_first_message_gives_laval_in_canada(dispatcher):
    got, _ = await play(dispatcher, {"call": "itm-2024", "goal": "eligibility"}, FIRST, "en")
    assert got["destination"] == "CA" and got["destination_city"] == "Laval", got


# 1 and 4. "Laval is not the city, the university is in Québec": the city is Québec and the country stays.
NOT_THE_CITY = [
    ("fr", "Études. Et Laval ce n'est pas la ville, l'université est à Québec."),
    ("en", "Study. And Laval isn't the city, the university is in Quebec City."),
    ("nl", "Studie. En Laval is niet de stad, de universiteit ligt in Quebec."),
    ("it", "Studio. E Laval non è la città, l'università è a Québec."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THE_CITY)
async def test_the_university_in_quebec_moves_the_city_not_the_country(dispatcher, lang, text):
    # Round 20: "Mis à jour : pays de destination: Canada → France."
    got, reply = await play(dispatcher, LAVAL, text, lang)
    assert got.get("destination_city") == "Québec", got
    assert "destination" not in got, got
    # Round 28: the new city is said back as the person wrote it ("Quebec City", "Quebec", "Québec").
    said = {"fr": "Québec", "en": "Quebec City", "nl": "Quebec", "it": "Québec"}[lang]
    assert f"Laval → {said}" in reply and FRANCE[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Laval"), ("en", "Laval, please"), ("nl", "naar Laval"), ("it", "a Laval"),
])
async def test_a_city_named_in_the_destination_country_given_is_that_countrys(dispatcher, lang, text):
    slots = {**LAVAL, "destination_city": None, "asked": "destination_city"}
    got, reply = await play(dispatcher, slots, text, lang)
    assert got.get("destination_city") == "Laval" and "destination" not in got, got
    assert FRANCE[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fr", "Laval, en France", "FR"), ("en", "Laval in France", "FR"), ("nl", "Laval in Frankrijk", "FR"),
    ("it", "Laval, in Francia", "FR"), ("en", "actually Paris", "FR"),
])
async def test_a_country_said_with_it_or_a_capital_still_moves_the_destination(dispatcher, lang, text,
                                                                                country):
    # Nearby: a country named in the same message decides; "Paris" is Paris, France whatever is given.
    got, _ = await play(dispatcher, {**LAVAL, "destination_city": None}, text, lang)
    assert got.get("destination") == country, got


async def test_laval_said_when_france_is_given_stays_in_france(dispatcher):
    slots = {**LAVAL, "destination": "FR", "destination_city": None, "asked": "destination_city"}
    got, _ = await play(dispatcher, slots, "Laval", "fr")
    assert got.get("destination_city") == "Laval" and "destination" not in got, got


# 1. "... si l'IMT en a un avec Laval ?": the university, or the city given named again, is no what-if.
AGREEMENT = [
    ("fr", "Je suis autofinancée. C'est quoi cet accord, et à qui je demande si l'IMT en a un avec Laval ?"),
    ("en", "I'm self-funded. What is that agreement, and who do I ask if ITM has one with Laval?"),
    ("nl", "Ik ben zelf gefinancierd. Wat is die overeenkomst, en aan wie vraag ik of het ITG er een met "
           "Laval heeft?"),
    ("it", "Sono autofinanziata. Cos'è questo accordo, e a chi chiedo se l'ITM ne ha uno con Laval?"),
]


@pytest.mark.parametrize(("lang", "text"), AGREEMENT)
async def test_the_university_named_by_its_citys_name_is_no_new_city(dispatcher, lang, text):
    got, reply = await play(dispatcher, QUEBEC, text, lang, earlier=(FIRST,))
    assert "destination_city" not in got and "destination" not in got, got
    assert WHAT_IF[lang] not in reply and "Laval" not in reply and FRANCE[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), AGREEMENT)
async def test_the_destination_city_named_again_changes_nothing(dispatcher, lang, text):
    got, reply = await play(dispatcher, {**LAVAL, "activity": "study", "asked": "start_date"}, text, lang)
    assert "destination_city" not in got and "destination" not in got, got
    assert WHAT_IF[lang] not in reply and FRANCE[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Finalement je vais plutôt à Laval."), ("en", "Actually I'll go to Laval instead."),
    ("nl", "Ik ga toch liever naar Laval."), ("it", "Anzi, vado a Laval invece."),
])
async def test_laval_said_as_a_place_after_the_university_still_moves_the_city(dispatcher, lang, text):
    got, reply = await play(dispatcher, QUEBEC, text, lang, earlier=(FIRST,))
    assert got.get("destination_city") == "Laval" and "destination" not in got, got
    assert "Québec → Laval" in reply and FRANCE[lang] not in reply, reply


# 2. Québec answers the question about the city.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Québec"), ("fr", "la ville de Québec"), ("fr", "ville de destination : Québec"),
    ("en", "Quebec City"), ("en", "Quebec"), ("nl", "Quebec"), ("it", "Québec"),
])
async def test_quebec_answers_the_city_question(dispatcher, lang, text):
    slots = {**LAVAL, "destination": None, "destination_city": None, "asked": "destination_city"}
    got, reply = await play(dispatcher, slots, text, lang)
    assert got.get("destination_city") == "Québec" and got.get("destination") == "CA", got
    assert CANADA[lang] in reply, reply


@pytest.mark.parametrize(("lang", "text", "city"), [
    ("fr", "Montréal", "Montréal"), ("en", "Montreal", "Montréal"), ("nl", "Ottawa", "Ottawa"),
    ("it", "Toronto", "Toronto"),
])
async def test_other_canadian_cities_still_answer_it(dispatcher, lang, text, city):
    slots = {**LAVAL, "destination": None, "destination_city": None, "asked": "destination_city"}
    got, _ = await play(dispatcher, slots, text, lang)
    assert got.get("destination_city") == city and got.get("destination") == "CA", got


# 3. "Je vais à Québec." is where the stay is, no goodbye (the NLU gave `goodbye`).
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je vais à Québec."), ("en", "I'm going to Quebec City."), ("nl", "Ik ga naar Quebec."),
    ("it", "Vado a Québec."),
])
async def test_going_to_a_named_place_is_no_goodbye(dispatcher, lang, text):
    got, reply = await play(dispatcher, QUEBEC, text, lang, intent="goodbye")
    assert GOODBYE[lang] not in reply, reply
    assert "destination_city" not in got, got  # the city given, said again


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "bon, j'y vais, merci !"), ("fr", "à bientôt"), ("fr", "au revoir"), ("en", "ok bye"),
    ("en", "I'm going to go now"), ("nl", "ik ga naar huis, doei"), ("nl", "ik moet gaan"),
    ("it", "vado a casa, arrivederci"), ("it", "devo andare"),
])
async def test_real_goodbyes_still_take_leave(dispatcher, lang, text):
    _, reply = await play(dispatcher, QUEBEC, text, lang, intent="goodbye")
    assert GOODBYE[lang] in reply, reply


# 4. The travel distance is from Antwerp to the city stored, in Canada.
@pytest.mark.parametrize(("city", "km"), [("Québec", "5288 km"), ("Laval", "5524 km")])
async def test_the_travel_distance_is_to_the_canadian_city(dispatcher, city, km):
    slots = {**LAVAL, "destination_city": city, "activity": "study", "citizenship": ["FR"],
             "start_date": "2026-02-02", "end_date": "2026-06-30", "has_scholarship": False}
    await play(dispatcher, slots, "combien je recevrais pour le voyage ?", "fr", intent="ask_grant")
    reply = texts(dispatcher)
    assert km in reply and "4000-7999 km" in reply, reply
