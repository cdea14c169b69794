"""Names the NLU could not place alone, read against the plan's destination country (round 28: "Bonjour, ...
un stage à l'université de Grenade en Espagne", then "existe-t-il déjà un accord avec Grenade ?" gave
"pays de destination: Espagne → Grenade", "nationalité: Grenade" and a not-eligible verdict).

- A country's name that is also a city's in the destination country given ("Grenade": the country Grenada,
  and Granada in French) is that city, unless another destination country is named with it or it answers
  the nationality question on its own ("Grenade" to "what is your nationality?"). With no such country, it is
  the city when that reads first in the person's language (actions/citynamesake.py: "à l'université de
  Grenade", round 39). The NLU lists such cities on the country mention (`homonyms`, bot/nlu/homonyms.py)
  and decides itself when the message names Spain.
  A name that is a city's in one language only ("Monaco": Munich in Italian) is so only in that language
  (round 36: "i tre mesi a Monaco" after "Monaco di Baviera", Germany, made the destination the principality).
- A city's other name found only after a place word ("à Gênes", `local`: geonames lists it, in no language) is
  that city when it is one of the destination country's; otherwise it is no place at all.
Used by actions/turn.py, so every reader of the message's entities sees the same places.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import lang_of
from actions.citynamesake import bigger_city
from actions.phrases import has
from bot.nlu.homonyms import said_only_in

SHORT_ANSWER_WORDS = 4  # as actions/extraction.py: "Grenade", "la Grenade" answering a question
PLACE_REACH = 15  # characters before a mention searched for a place word ("à ", "naar ")
NATIONALITY_FIELDS = ("citizenship", "country_of_origin")
# A bare name that is a country's and a bigger city's: no fact until the person says which.
NAMESAKE = "namesake"


def settle_places(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    country = str(tracker.get_slot("destination") or "").upper()
    out = []
    for ent in entities:
        if ent.get("entity") == "city" and ent.get("local"):
            ent = _local(ent, country)
            if ent is None:
                continue
        elif ent.get("entity") == "country" and isinstance(ent.get("homonyms"), dict):
            ent = _country_as_city(tracker, text, ent, country, entities)
        out.append(ent)
    return out


def _local(ent: dict[str, Any], country: str) -> dict[str, Any] | None:
    options = {str(ent.get("country_code") or ""): ent.get("value"), **(ent.get("homonyms") or {})}
    if not country or country not in options:
        return None  # "à Gênes" with no country, or another one: no guess from a name of no language
    city = {k: v for k, v in ent.items() if k not in ("local", "homonyms")}
    return {**city, "value": options[country], "country_code": country}


def _country_as_city(tracker: Tracker, text: str, ent: dict[str, Any], country: str,
                     entities: list[dict[str, Any]]) -> dict[str, Any]:
    cities = ent["homonyms"]
    if str(ent.get("value") or "").upper() == country or ent.get("role") not in (None, "destination"):
        return ent
    start = ent.get("start")
    if not country or country not in cities:
        # "l'université de Grenade" with no plan's country to decide: Granada, the bigger place of that name
        # in French (actions/citynamesake.py); "in Grenada" in English stays the island.
        found = bigger_city(text, start, int(ent.get("end") or start), str(ent.get("value") or "").upper(),
                            cities, lang_of(tracker)) if isinstance(start, int) else None
        if found:
            return _as_city(ent, *found)
        # "Grenade" alone as a destination: the city or the country, asked (actions/namesakeask.py); an
        # answer to the nationality question is the country.
        both = None if tracker.get_slot("asked") in NATIONALITY_FIELDS or not isinstance(start, int) \
            else bigger_city(text, start, int(ent.get("end") or start), str(ent.get("value") or "").upper(),
                             cities, lang_of(tracker), bare=True)
        return {**ent, "entity": NAMESAKE, "city_country": both[0], "city": both[1]} if both else ent
    if any(e is not ent and e.get("entity") == "country" and e.get("role") in (None, "destination")
           for e in entities):
        return ent  # "Grenade ou l'Espagne ?": another country named decides (the NLU did)
    said = text[start:int(ent.get("end") or start)] if isinstance(start, int) else ""
    if said_only_in(said) not in (None, lang_of(tracker)):
        return ent  # "what if I went to Monaco?" in English with Germany given: the principality
    cued = isinstance(start, int) and has("place_before", text[max(0, start - PLACE_REACH):start])
    if tracker.get_slot("asked") in NATIONALITY_FIELDS and len(text.split()) <= SHORT_ANSWER_WORDS \
            and not cued and "?" not in text:
        return ent  # "Grenade" answering "what is your nationality?": the country
    return _as_city(ent, country, cities[country])


def _as_city(ent: dict[str, Any], country: str, name: str) -> dict[str, Any]:
    city = {k: v for k, v in ent.items() if k not in ("homonyms", "role")}
    return {**city, "entity": "city", "value": name, "country_code": country}
