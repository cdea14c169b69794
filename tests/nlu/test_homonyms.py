"""Round 20: Québec the city and the province, Laval in France and in Quebec (bot/nlu/homonyms.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2025, 10, 1)


def cities(text: str) -> list[tuple[str, str]]:
    return [(e["value"], e["country_code"]) for e in extract(text, TODAY) if e["entity"] == "city"]


def countries(text: str) -> list[str]:
    return [e["value"] for e in extract(text, TODAY) if e["entity"] == "country"]


@pytest.mark.parametrize("text", [
    "Québec", "Quebec", "Quebec City", "la ville de Québec", "ville de destination : Québec",
    "Je vais à Québec.", "l'université est à Québec", "I'm going to Quebec City",
    "the university is in Quebec", "ik ga naar Quebec", "Quebec-stad", "vado a Québec", "la città di Québec",
])
def test_quebec_alone_is_the_city(text: str) -> None:
    # Round 20: none of these was read, and the bot kept asking for the destination city.
    assert cities(text) == [("Québec", "CA")], extract(text, TODAY)


@pytest.mark.parametrize("text", [
    "Je vais au Québec", "une université du Québec", "la province de Québec", "province of Quebec",
    "Quebec province", "in de provincie Quebec", "vado nel Québec", "una università del Québec",
])
def test_quebec_with_a_region_word_is_the_province_so_canada(text: str) -> None:
    assert cities(text) == [] and countries(text) == ["CA"], extract(text, TODAY)


@pytest.mark.parametrize(("text", "city"), [
    ("Montréal, Québec", "Montréal"), ("Montreal (Quebec)", "Montréal"), ("Laval, Québec", "Laval"),
    ("Laval in Quebec", "Laval"), ("Université Laval in Canada", "Laval"), ("Laval au Canada", "Laval"),
    ("Laval, naar Canada", "Laval"), ("Université Laval, à Québec", "Laval"),
])
def test_a_city_with_its_province_or_country_is_the_canadian_one(text: str, city: str) -> None:
    assert cities(text)[0] == (city, "CA"), extract(text, TODAY)
    assert ("Québec", "CA") not in cities(text) or text.endswith("à Québec")


@pytest.mark.parametrize(("text", "found"), [
    ("Laval", ("Laval", "FR")), ("Laval en France", ("Laval", "FR")), ("Montréal", ("Montréal", "CA")),
    ("Montreal", ("Montréal", "CA")), ("Ottawa", ("Ottawa", "CA")), ("Toronto", ("Toronto", "CA")),
    ("Granada", ("Granada", "ES")), ("Valencia", ("Valencia", "ES")), ("Napoli", ("Naples", "IT")),
    ("Valencia in Venezuela", ("Valencia", "VE")), ("London", ("London", "GB")),
])
def test_other_cities_keep_their_reading(text: str, found: tuple[str, str]) -> None:
    assert cities(text) == [found], extract(text, TODAY)


def test_luxembourg_stays_the_country() -> None:
    assert countries("Luxembourg") == ["LU"] and cities("Luxembourg") == []


def test_a_city_lists_its_namesakes_abroad_unless_its_name_means_it_anywhere() -> None:
    laval = next(e for e in extract("Laval", TODAY) if e["entity"] == "city")
    assert laval["homonyms"] == {"CA": "Laval"}
    # A capital or a city of a million: "Paris" is Paris, France, whatever the destination given.
    for name in ("Paris", "London", "Montreal"):
        city = next(e for e in extract(name, TODAY) if e["entity"] == "city")
        assert "homonyms" not in city, city
