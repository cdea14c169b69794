""""Hang on, I didn't say Vienna has the ECHE" was read as the city Hangzhou ("Hang" is one of its geonames
alternate names) and replaced Vienna, Austria with Hangzhou, China, then a not-eligible verdict (round 19).
The NLU now leaves such names out (bot/nlu/places.py). Here, a city named by an alternate name that neither
CLDR nor the lexicon gives as its name in en/fr/nl/it (the entity's `alias`: "Milano", "Antwerpen") changes a
destination already given only when said as one: answering the destination question, after a place word ("a
Milano", "naar Antwerpen"), with a change of mind ("Milano invece"), capitalised inside a sentence ("ok,
scelgo Milano") or on its own. Used by actions/facts.py."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import has

SHORT_MESSAGE_WORDS = 3  # "Milano, allora": the city said on its own
PLACE_REACH = 15  # characters before a city searched for a place word ("naar ", "près de ")


def drop_unclear_changes(tracker: Tracker, text: str, asked: str | None,
                         entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the city mentions that would change the destination given without being clear."""
    city, country = tracker.get_slot("destination_city"), tracker.get_slot("destination")
    if not (city or country) or asked in ("destination", "destination_city"):
        return entities
    return [e for e in entities if not (
        e.get("entity") == "city" and e.get("alias") and isinstance(e.get("start"), int)
        and _changes(e, city, country) and not _clear(text, e))]


def _changes(ent: dict[str, Any], city: str | None, country: str | None) -> bool:
    """Another city than the one given, or a city in another country (a city added in the country given
    changes nothing)."""
    code = str(ent.get("country_code") or "").upper()
    return bool(city and ent.get("value") != city or country and code and code != str(country).upper())


def _clear(text: str, ent: dict[str, Any]) -> bool:
    start = int(ent["start"])
    end = int(ent.get("end") or start)
    if len(text.split()) <= SHORT_MESSAGE_WORDS:
        return True
    left, _ = when.clause_span(text, start, end)
    before = text[left:start]
    if has("place_before", text[max(left, start - PLACE_REACH):start]) \
            or has("change_of_mind", when.clause(text, start, end)):
        return True
    # A capital inside a sentence marks a name; the first word of a sentence has one anyway ("Hang on").
    return text[start:start + 1].isupper() and re.search(r"\w", before) is not None
