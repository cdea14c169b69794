"""Round 28: "je voudrais faire un stage à l'université de Grenade en Espagne" noted Spain and no city
("Grenade" is French for Granada and for the country Grenada); then "existe-t-il déjà un accord avec
Grenade ?", asked while the nationality was pending, gave "pays de destination: Espagne → Grenade",
"nationalité: Grenade" and "non éligible: Grenade est un pays dont vous avez la nationalité".

1. A name that is a city of the destination country (named in the message, or in the plan) is that city; a
   city's other names from geonames ("Gênes", "Courtrai") count so too. With the article ("à la Grenade") or
   no such country, the country.
2. A country inside a question about something else answers no nationality question.
3. A place named in a question about the agreement or the ECHE, without words that move the plan, is no change
   of destination.
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

SPAIN = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "receiving_org": "hei",
         "destination": "ES", "start_date": "2026-03-01", "end_date": "2026-05-31", "goal": "eligibility"}
NATIONALITY_ASKED = {**SPAIN, "asked": "citizenship"}
GRANADA = {**SPAIN, "destination_city": "Granada", "citizenship": ["BE"]}


def places(text: str) -> list[tuple]:
    return [(e["entity"], e["value"], e.get("country_code"), e.get("local")) for e in extract(text)
            if e["entity"] in ("city", "country")]


@pytest.mark.parametrize("text", [
    "je voudrais faire un stage à l'université de Grenade en Espagne de mars à mai 2026",
    "I want to do a traineeship at the University of Grenada in Spain",
    "ik wil een stage doen aan de universiteit van Grenade in Spanje",
    "vorrei fare un tirocinio all'università di Granada in Spagna",
])
def test_a_country_name_with_its_city_country_named_is_the_city(text):
    assert ("city", "Granada", "ES", None) in places(text), extract(text)
    assert not any(p[1] == "GD" for p in places(text)), extract(text)


@pytest.mark.parametrize(("text", "city", "code"), [
    ("Je vais à Gênes en Italie.", "Genoa", "IT"),
    ("je vais à l'université de Salamanque en Espagne", "Salamanca", "ES"),
    ("ik ga naar Doornik in België", "Tournai", "BE"),
    ("vado a Treviri, in Germania", "Trier", "DE"),
])
def test_a_citys_other_name_with_its_country_named_is_the_city(text, city, code):
    assert ("city", city, code, None) in places(text), extract(text)


@pytest.mark.parametrize(("text", "code"), [
    ("je vais à la Grenade (l'île) en mai", "GD"),
    ("Grenade", "GD"),
    ("je suis grenadienne", "GD"),
    ("I am Grenadian", "GD"),
])
def test_the_country_grenada_stays_the_country(text, code):
    assert [p[:2] for p in places(text)] == [("country", code)], extract(text)


async def test_the_first_message_notes_granada(monkeypatch):
    dispatcher = CollectingDispatcher()
    text = ("Bonjour, je suis étudiante en master à l'IMT d'Anvers, je voudrais faire un stage à "
            "l'université de Grenade en Espagne de mars à mai 2026")
    got = await hear(dispatcher, monkeypatch, text, {"language": "fr"}, ITM_OPEN)
    assert got.get("destination") == "ES" and got.get("destination_city") == "Granada", got
    assert "Grenade" in texts(dispatcher).splitlines()[0], texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "existe-t-il déjà un accord avec Grenade ?"),
    ("en", "is there already an agreement with Grenada?"),
    ("nl", "is er al een akkoord met Grenade?"),
])
async def test_an_agreement_asked_with_the_citys_name_changes_nothing(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**GRANADA, "language": lang, "citizenship": None,
                                                    "asked": "citizenship"}, ITM_OPEN)
    reply = texts(dispatcher)
    assert "destination" not in got and "citizenship" not in got, got
    assert got.get("destination_city", "Granada") == "Granada", got
    assert "❌" not in reply and "→" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Je vais à Gênes.", "Genoa"),
    ("it", "ci sono corsi a Treviri?", None),
])
async def test_a_citys_other_name_needs_its_country(monkeypatch, lang, text, name):
    slots = {**SPAIN, "destination": "IT", "citizenship": ["BE"], "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("destination_city") == name, got
    assert "destination" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "existe-t-il un accord avec le Portugal ?"),
    ("en", "is there an agreement with Portugal?"),
    ("nl", "is er een akkoord met Portugal?"),
    ("it", "c'è già un accordo con il Portogallo?"),
    ("fr", "accord avec Portugal ?"),
])
async def test_a_country_in_a_question_answers_no_nationality_question(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**NATIONALITY_ASKED, "language": lang}, ITM_OPEN)
    assert "citizenship" not in got, got
    assert "destination" not in got, got  # an agreement asked about moves no destination
    assert "→" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("fr", "Belgique", "BE"),
    ("fr", "la Belgique ?", "BE"),
    ("fr", "je suis française", "FR"),
    ("en", "Belgian", "BE"),
    ("nl", "Belgisch", "BE"),
    ("it", "sono belga, va bene?", "BE"),
    ("fr", "je suis grenadienne", "GD"),
    ("fr", "Grenade", "GD"),
])
async def test_an_answer_still_gives_the_nationality(monkeypatch, lang, text, code):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**NATIONALITY_ASKED, "language": lang},
                     ITM_OPEN)
    assert got.get("citizenship") == [code], got
    assert "destination" not in got, got


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("fr", "finalement je pars au Portugal", "PT"),
    ("en", "actually I'd rather go to Portugal", "PT"),
    ("nl", "ik ga toch liever naar Portugal", "PT"),
    ("it", "alla fine vado in Portogallo", "PT"),
    ("fr", "je vais à la Grenade (l'île) en mai", "GD"),
])
async def test_a_real_change_of_destination_still_changes_it(monkeypatch, lang, text, code):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**NATIONALITY_ASKED, "language": lang}, ITM_OPEN)
    assert got.get("destination") == code, got
    assert "citizenship" not in got, got  # where one goes is no nationality


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Does the University of Porto hold an ECHE?"),
    ("fr", "est-ce qu'il y a un accord avec Porto ?"),
])
async def test_a_place_asked_about_with_a_city_given_changes_nothing(monkeypatch, lang, text):
    slots = {**GRANADA, "language": lang}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert "destination" not in got and "destination_city" not in got, got


async def test_a_move_asked_about_the_agreement_still_moves(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch,
                     "I'd rather go to Porto instead, is there an agreement there?",
                     {**GRANADA, "language": "en"}, ITM_OPEN)
    assert got.get("destination_city") == "Porto" and got.get("destination") == "PT", got
