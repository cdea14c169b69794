"""A country adjective inside an organisation's name is no nationality (round 12: "Le Swiss TPH est un
institut de recherche" turned a French doctoral student Swiss, and her destination, Switzerland, ineligible);
a nationality is said of the person ("je suis suisse", "I'm Swiss", "ik ben Zwitserse", "sono svizzera")."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2025, 10, 1)


def countries(text: str) -> set[tuple]:
    return {(e.get("role"), e["value"]) for e in extract(text, TODAY) if e["entity"] == "country"}


@pytest.mark.parametrize(
    "text",
    [
        "Le Swiss TPH est un institut de recherche, pas une université.",
        "The Swiss TPH is a research institute, not a university.",
        "Swiss TPH c'est juste le nom de l'institut",
        "I'd go to the Spanish National Research Council in Madrid",
        "I work with Spanish National Research Council people",
        "ik ga naar het Zwitsers TPH in Basel",
        "vado allo Swiss TPH di Basilea",
    ],
)
def test_a_demonym_in_a_name_is_no_nationality(text: str) -> None:
    assert not {c for c in countries(text) if c[0] == "citizenship"}, countries(text)


@pytest.mark.parametrize(
    "text,code",
    [
        ("je suis suisse", "CH"),
        ("sono svizzera", "CH"),
        ("I'm Swiss", "CH"),
        ("ik ben Zwitserse", "CH"),
        ("Swiss", "CH"),
        ("I'm a Belgian PhD Student", "BE"),
        ("Belgian MSc student here", "BE"),
        ("I have Swiss nationality", "CH"),
    ],
)
def test_a_nationality_said_of_the_person_stays(text: str, code: str) -> None:
    assert ("citizenship", code) in countries(text)


def test_a_demonym_before_an_organisation_noun_is_still_where() -> None:
    assert countries("a Belgian university") == {("destination", "BE")}
    assert countries("je vais en Suisse") == {("destination", "CH")}


def test_a_denied_nationality_is_read_as_one_to_be_negated() -> None:
    # "je ne suis pas suisse": the nationality the person takes back (the fact reader drops it).
    assert ("citizenship", "CH") in countries("je ne suis pas suisse")
