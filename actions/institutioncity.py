"""An institution named by its city ("Antwerp", "Anvers", "Antwerpen", "Anversa", "Lucca") that is said as the
place a stay goes to is that city, not the institution (round 31: "I'm a PhD student at IMT Lucca, I'd like a
study period in Antwerp" lost Antwerp, and said a turn later it switched the call to ITM's).

The NLU gives such a mention as the institution with the city it also names (`city`, bot/nlu/institutions.py;
never for "ITM Antwerp" or "l'IMT d'Anvers", where it is part of the name). It is the city when
- the words before it make it a place the stay goes to ("in Antwerp", "naar Antwerpen", "ad Anversa", "at the
  University of Antwerp", "all'Università di Anversa"), or it answers "which country/city?", and not the
  person's own institution ("I'm at", "je suis doctorant à", "ik werk in", "sono dottorando a", "from"), and
- the person's call is already known, or the message names another institution that stays one ("at IMT
  Lucca", "dottorando a Lucca"): with no call known, "a study period in Antwerp" still names ITM, as before.
Under the city's own institution's call ("a study period in Antwerp" said by someone at ITM) it is the
destination too, which the rules core then refuses as the sending country. Used by actions/turn.py and
actions/faq.py, so every reader of the message's entities sees the same mention.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import has

HOME_REACH = 40  # characters before a mention searched for the person's own institution ("dottorando a ")
PLACE_REACH = 30  # characters before a mention searched for a place word or a university's name
SHORT_ANSWER_WORDS = 4  # "Antwerp", "in Antwerp, please" answering "which city?"
PLACE_QUESTIONS = ("destination", "destination_city")


def settle_institution_cities(tracker: Tracker, text: str, entities: list[dict[str, Any]]
                              ) -> list[dict[str, Any]]:
    """The entities with each institution mention said as a destination turned into its city."""
    named = [e for e in entities if e.get("entity") == "institution" and isinstance(e.get("city"), dict)
             and isinstance(e.get("start"), int)]
    asked = tracker.get_slot("asked")
    if not named or asked == "call":
        return entities  # "Antwerp" answering "which institution?" is the institution
    places = {id(e) for e in named if _said_as_place(text, e, asked)}
    if not places:
        return entities
    kept = [e for e in entities if e.get("entity") == "institution" and id(e) not in places]
    known = bool(tracker.get_slot("call"))
    return [_as_city(e) if id(e) in places and (known or any(k.get("value") != e.get("value") for k in kept))
            else e for e in entities]


def _said_as_place(text: str, ent: dict[str, Any], asked: str | None) -> bool:
    start = int(ent["start"])
    left, _ = when.clause_span(text, start, start)
    if has("institution_home_before", text[max(left, start - HOME_REACH):start]):
        return False
    before = text[max(left, start - PLACE_REACH):start]
    if has("destination_before", before) or has("university_of", before):
        return True
    return asked in PLACE_QUESTIONS and len(text.split()) <= SHORT_ANSWER_WORDS


def _as_city(ent: dict[str, Any]) -> dict[str, Any]:
    city = ent["city"]
    out = {k: v for k, v in ent.items() if k not in ("city", "value", "entity", "role")}
    out.update(entity="city", value=city.get("value"), country_code=city.get("country_code"))
    if city.get("alias"):
        out["alias"] = True
    return out
