"""A city named while a destination is set is read against it (round 20: "Université Laval in Canada", then
"Et Laval ce n'est pas la ville, l'université est à Québec" gave "destination country: Canada → France", and a
later "... un accord avec Laval ?" a what-if "Laval; France").

- A city whose namesake is in the destination country given is that one (Laval, Quebec, not Laval, Mayenne):
  the NLU lists the other countries' cities of the name (bot/nlu/homonyms.py). A country named in the same
  message decides there instead.
- The destination city named again is that city, in its country: it changes nothing.
- A city that named the university earlier ("Université Laval"), since replaced by another city of the same
  country as the destination city, named again without a place word ("un accord avec Laval") is the
  university, no new city.
Used by actions/facts.py before any other reading of the entities.
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES, has
from bot.nlu.folding import key_of

PLACE_REACH = 15  # characters before a city searched for a place word ("à ", "naar ")
NAME_LINK = r"(?:\s+(?:of|de|du|di|van|della|degli|dell['’]|d['’]|l['’])\s*|\s+)"


def settle_cities(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    city, country = tracker.get_slot("destination_city"), tracker.get_slot("destination")
    if not country:
        return entities
    country = str(country).upper()
    entities = _left_country_dropped(city, country, entities)
    named = any(e.get("entity") == "country" and e.get("role") in (None, "destination") for e in entities)
    out = []
    for ent in entities:
        if ent.get("entity") == "city" and not named:
            ent = _in_destination(ent, city, country)
            if city and _university_named(tracker, text, ent, city, country):
                continue
        out.append(ent)
    return out


def _left_country_dropped(city: Any, country: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"that list says Belgium is both eligible and not eligible? ... MSF also has an office in Amsterdam,
    what if I do it there?" (Brussels, Belgium given): the destination country named beside a new city of
    another country (and no namesake of it there) is the place complained about or left, not where the city
    is; round 52 kept "Amsterdam, Belgium". Without it the city's own country is read (Netherlands)."""
    countries = [e for e in entities
                 if e.get("entity") == "country" and e.get("role") in (None, "destination")]
    if len(countries) != 1 or str(countries[0].get("value") or "").upper() != country:
        return entities
    new = [e for e in entities if e.get("entity") == "city" and e.get("country_code")
           and str(e["country_code"]).upper() != country
           and not (city and key_of(str(e.get("value") or "")) == key_of(str(city)))
           and not (isinstance(e.get("homonyms"), dict) and country in e["homonyms"])]
    if len(new) != 1:
        return entities
    return [e for e in entities if e is not countries[0]]


def _in_destination(ent: dict[str, Any], city: Any, country: str) -> dict[str, Any]:
    code = str(ent.get("country_code") or "").upper()
    if code == country:
        return ent
    if city and key_of(str(ent.get("value") or "")) == key_of(str(city)):
        return {**ent, "value": city, "country_code": country}  # the city given, named again
    others = ent.get("homonyms")
    if isinstance(others, dict) and country in others:
        return {**ent, "value": others[country], "country_code": country}
    return ent


def _university_named(tracker: Tracker, text: str, ent: dict[str, Any], city: Any, country: str) -> bool:
    start = ent.get("start")
    name = str(ent.get("value") or "")
    if not isinstance(start, int) or key_of(name) == key_of(str(city)) \
            or str(ent.get("country_code") or "").upper() != country \
            or has("place_before", text[max(0, start - PLACE_REACH):start]):
        return False
    said = text[start:int(ent.get("end") or start)] or name
    univ = PHRASES["university_word"].pattern
    named_rx = re.compile(rf"(?:{univ}){NAME_LINK}{re.escape(said)}\b|\b{re.escape(said)}\s+(?:{univ})", re.I)
    earlier = [str(e.get("text") or "") for e in tracker.events or [] if e.get("event") == "user"]
    return any(named_rx.search(t) for t in earlier if t != text)
