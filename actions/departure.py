"""Places a trip leaves from are no destination (round 22: "E per il volo Bruxelles-Malta? C'è un rimborso per
il viaggio?" noted "città di destinazione: Bruxelles"):
- a place after a departure word ("flight from Brussels", "au départ de Bruxelles", "vanuit Brussel", "da
  Bruxelles") or first in a route ("Bruxelles-Malta", "van Brussel naar Malta", "Brussels to Malta");
- a city in the home institution's country, with a destination elsewhere already given, unless said as the
  destination ("to Brussels", "naar Brussel", "actually Brussels") or in answer to the destination question:
  ITM's Antwerp or Brussels named in passing is where the person is, not where they go.
Used by actions/facts.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import has

CUE_REACH = 25  # characters before a place searched for a departure or destination word
ROUTE_REACH = 8  # characters between two places of a route ("Bruxelles-Malta", "Brussel naar Malta")
PLACES = ("city", "country")
SHORT_MESSAGE_WORDS = 3  # "Brussels, then": the city said on its own


def drop_departures(tracker: Tracker, text: str, asked: str | None,
                    entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the places the trip leaves from, and without the home country's cities named
    in passing once a destination elsewhere is given."""
    places = sorted((e for e in entities if e.get("entity") in PLACES and isinstance(e.get("start"), int)
                     and e.get("role") in (None, "", "destination")), key=lambda e: int(e["start"]))
    left_from = {id(e) for e in places if _after_departure_word(text, e)}
    for first, second in zip(places, places[1:], strict=False):
        if has("departure_route", text[int(first.get("end") or first["start"]):int(second["start"])]) \
                and int(second["start"]) - int(first.get("end") or first["start"]) <= ROUTE_REACH:
            left_from.add(id(first))
    home = _home_country(tracker)
    return [e for e in entities if id(e) not in left_from
            and not (home and e.get("entity") == "city" and _home_city_aside(tracker, text, asked, e, home))]


def _after_departure_word(text: str, ent: dict[str, Any]) -> bool:
    start = int(ent["start"])
    left, _ = when.clause_span(text, start, start)
    return has("departure_before", text[max(left, start - CUE_REACH):start])


def _home_city_aside(tracker: Tracker, text: str, asked: str | None, ent: dict[str, Any], home: str) -> bool:
    destination = str(tracker.get_slot("destination") or "").upper()
    if not destination or destination == home or str(ent.get("country_code") or "").upper() != home \
            or asked in ("destination", "destination_city") or len(text.split()) <= SHORT_MESSAGE_WORDS:
        return False
    start = int(ent["start"])
    left, _ = when.clause_span(text, start, start)
    said_as_destination = has("destination_before", text[max(left, start - CUE_REACH):start]) \
        or has("change_of_mind", when.clause(text, start, int(ent.get("end") or start)))
    return not said_as_destination


def _home_country(tracker: Tracker) -> str:
    call_id = tracker.get_slot("call")
    if not call_id:
        return ""
    from actions.profile import core

    try:
        return str(core().get_call(call_id).home.country).upper()
    except Exception:  # a call without a home: nothing to compare
        return ""
