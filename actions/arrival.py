"""Where the journey lands is no destination (round 24: "I'll be flying from Brussels to Frankfurt. Will the
flight be paid?" with Heidelberg given noted "destination city: Heidelberg → Frankfurt am Main", and "my
destination is still Heidelberg, not Frankfurt. Frankfurt is only the airport I fly into" kept Frankfurt):
- a city after a travel word ("flying to", "flight to", "fly into", "land in", "vol vers", "vol Bruxelles-",
  "vlieg naar", "volo per"), in the country of the destination city given, is the airport or the station;
- a city named as an airport or a station ("Frankfurt is only the airport", "l'aéroport de Francfort") is
  never the destination while a destination city is given, or another city in the message is the destination.
With no city given yet, the same words still name one ("I'm going to Frankfurt" sets Frankfurt), and a change
of mind ("I'll fly to Frankfurt instead, the lab moved") or the destination question answered changes it.
Used by actions/facts.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import PHRASES, has

CUE_REACH = 45  # characters before a city searched for a travel word ("flying from Brussels to ")
AIRPORT_REACH = 30  # characters either side of a city searched for an airport or station word


def drop_arrivals(tracker: Tracker, text: str, asked: str | None,
                  entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the cities the journey lands in, once a destination city is given or another
    city in the message is named as the destination ("Heidelberg, flying into Frankfurt")."""
    cities = [e for e in entities if e.get("entity") == "city" and isinstance(e.get("start"), int)]
    how = {id(e): _landing(text, e) for e in cities}
    stays = [e for e in cities if how[id(e)] is None]
    given = tracker.get_slot("destination_city")
    if not stays and (not given or asked in ("destination", "destination_city")):
        return entities  # "I'm flying to Frankfurt" with no city given, or answering the city question
    country = str(tracker.get_slot("destination") or "").upper() if given \
        else str(stays[-1].get("country_code") or "").upper()
    return [e for e in entities if not (how.get(id(e)) == AIRPORT or how.get(id(e)) == TRAVEL and country
                                        and str(e.get("country_code") or "").upper() == country)]


AIRPORT, TRAVEL = "airport", "travel"


def _landing(text: str, ent: dict[str, Any]) -> str | None:
    """AIRPORT for a city named as an airport or station, TRAVEL for one after a travel word, else None."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    left, right = when.clause_span(text, start, end)
    if has("change_of_mind", text[left:right]):
        return None  # "no, I'll fly to Frankfurt instead": the new destination
    if has("airport_word", text[max(left, start - AIRPORT_REACH):min(right, end + AIRPORT_REACH)]):
        return AIRPORT
    return TRAVEL if PHRASES["arrival_before"].search(text[max(left, start - CUE_REACH):start]) else None
