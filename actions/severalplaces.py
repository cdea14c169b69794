"""Whether the person's plan names more than one destination place: one message of theirs naming two cities
("KU Leuven, then Paris") or two destination countries ("en France et en Allemagne"). The rules core says its
notes on a stay in several countries only then (`applies_to.several_places`); round 41 told a PhD student
going to KU Leuven alone that "a single period in more than one country is eligible only at branches of one
institution". A city with its own country ("Lyon, France") is one place."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

# Countries named as the person's own, not as where they go.
_NOT_DESTINATION = ("citizenship", "origin", "country_of_origin")


def names_several_places(entities: list[dict[str, Any]]) -> bool:
    cities = {str(e.get("value")).casefold() for e in entities if e.get("entity") == "city"}
    countries = {str(e.get("value")).upper() for e in entities
                 if e.get("entity") == "country" and e.get("role") not in _NOT_DESTINATION}
    return len(cities) > 1 or len(countries) > 1


def several_places(tracker: Tracker) -> bool | None:
    """True when a message of the person's named several places; None (unknown, nothing said) otherwise."""
    messages = [e.get("parse_data") or {} for e in tracker.events or [] if e.get("event") == "user"]
    messages.append(tracker.latest_message or {})
    if any(names_several_places(list(m.get("entities") or [])) for m in messages):
        return True
    return None
