"""Round 31 (cities): "stage à Nice du 1er mars au 30 juin" gave no destination ("Nice", "Split", "Bath" were
kept out of the city names as everyday words); said after a place word and capitalised they are the city,
and the everyday words ("that's nice", "split the stay", "a bath") still set no destination."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.test_round13 import ITM_OPEN, hear

STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text", "city", "country"), [
    ("en", "The training would be in Bath, from 2 to 13 February 2026", "Bath", "GB"),
    ("fr", "La formation serait à Nice du 2 au 13 février 2026", "Nice", "FR"),
    ("nl", "De opleiding zou in Split zijn, van 2 tot 13 februari 2026", "Split", "HR"),
    ("it", "La formazione sarebbe a Split dal 2 al 13 febbraio 2026", "Split", "HR"),
])
async def test_a_city_named_like_a_word_is_the_destination(monkeypatch, lang, text, city, country):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**STAFF, "language": lang}, ITM_OPEN)
    assert got.get("destination") == country and got.get("destination_city") == city, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "that's nice, thanks"), ("en", "Can I split the stay in two?"),
    ("fr", "nice, merci"), ("nl", "nice, bedankt"), ("it", "nice, grazie"),
])
async def test_the_everyday_words_set_no_destination(monkeypatch, lang, text):
    slots = {**STAFF, "destination": "DE", "destination_city": "Berlin", "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert "destination" not in got and "destination_city" not in got, got
