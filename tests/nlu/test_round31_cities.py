"""Round 31 (cities): European cities whose name is an everyday word ("Nice", "Split", "Bath", "Reading",
"Tours") were never read ("un stage à Nice du 1er mars" gave no destination): they are the city capitalised
after a place word, and stay words otherwise ("that's nice", "split the stay", "a bath"). And an institution's
name that is also a city ("Antwerp", "Anversa", "Lucca") carries that city for the actions to decide, except
inside the institution's name ("ITM Antwerp", "l'IMT d'Anvers")."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2016, 1, 10)


def cities(text: str) -> list[tuple[str, str]]:
    return [(str(e["value"]), str(e.get("country_code"))) for e in extract(text, TODAY)
            if e["entity"] == "city"]


@pytest.mark.parametrize(("text", "city"), [
    ("I'd like a study period in Nice from March to June", ("Nice", "FR")),
    ("a traineeship in Bath, 3 months", ("Bath", "GB")),
    ("I'd go to Reading in March", ("Reading", "GB")),
    ("Split, then: I'd go to Split", ("Split", "HR")),
    ("In Nice I'd stay 3 months", ("Nice", "FR")),
    ("in Split, Croatia", ("Split", "HR")),
    ("stage à Nice du 1er mars au 30 juin", ("Nice", "FR")),
    ("Je pars à Tours en mars.", ("Tours", "FR")),
    ("un séjour à Lens", ("Lens", "FR")),
    ("Ik wil naar Split in maart", ("Split", "HR")),
    ("een stage in Bath", ("Bath", "GB")),
    ("ik ga naar Nice.", ("Nice", "FR")),
    ("vorrei andare a Split a marzo", ("Split", "HR")),
    ("un tirocinio a Bath per tre mesi", ("Bath", "GB")),
    ("un periodo di studio a Nice.", ("Nice", "FR")),
])
def test_a_city_named_like_a_word_is_the_city_after_a_place_word(text, city):
    assert city in cities(text), extract(text, TODAY)


@pytest.mark.parametrize("text", [
    "that's nice, thanks", "nice, thanks", "Nice, thanks!", "I want to split the stay",
    "Can I split my stay?", "I'd like a bath", "I'm reading the call", "Have a Nice day", "Have a Nice Day",
    "I Want To Split The Stay", "a Split stay", "in nice weather",
    "c'est nice, merci", "je voudrais faire des tours", "on peut split le séjour ?", "des lens de contact",
    "nice, bedankt", "ik wil het verblijf split doen", "een bath", "ik ga op tours",
    "nice, grazie", "posso fare uno split del soggiorno?", "un bagno, a bath", "faccio dei tours",
])
def test_the_same_words_in_common_use_are_no_city(text):
    assert cities(text) == [], extract(text, TODAY)


@pytest.mark.parametrize(("text", "city"), [
    ("vado a Como", ("Como", "IT")), ("naar Leek", ("Leek", "NL")), ("in Gent", ("Gent", "BE")),
    ("a Nizza", ("Nice", "FR")), ("a Spalato", ("Split", "HR")),
])
def test_cities_read_before_still_are(text, city):
    assert city in cities(text), extract(text, TODAY)


def _institutions(text: str) -> list[tuple[str, object]]:
    return [(str(e["value"]), (e.get("city") or {}).get("value")) for e in extract(text, TODAY)
            if e["entity"] == "institution"]


@pytest.mark.parametrize("text", [
    "a study period in Antwerp", "un séjour à Anvers", "een studieperiode in Antwerpen",
    "un periodo ad Anversa",
])
def test_an_institution_named_by_its_city_carries_the_city(text):
    assert _institutions(text) == [("itm", "Antwerp")], extract(text, TODAY)


@pytest.mark.parametrize("text", [
    "I'm at ITM Antwerp", "je suis à l'IMT d'Anvers", "ik werk aan het ITG Antwerpen",
    "Institute of Tropical Medicine Antwerp", "l'ITM di Anversa",
])
def test_the_city_inside_the_institutions_name_is_no_city(text):
    assert all(city is None for _, city in _institutions(text)), extract(text, TODAY)
