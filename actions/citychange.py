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
from bot.nlu import places
from bot.nlu.folding import key_of

SHORT_MESSAGE_WORDS = 3  # "Milano, allora": the city said on its own
PLACE_REACH = 15  # characters before a city searched for a place word ("naar ", "près de ")


def drop_unclear_changes(tracker: Tracker, text: str, asked: str | None,
                         entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the city mentions that would change the destination given without being clear."""
    city, country = tracker.get_slot("destination_city"), tracker.get_slot("destination")
    if not (city or country) or asked in ("destination", "destination_city"):
        return entities
    return [e for e in entities if not (
        e.get("entity") == "city" and isinstance(e.get("start"), int) and _changes(e, city, country)
        and (e.get("alias") and not _clear(text, e) or _asked_in_passing(text, e, country)))]


def _asked_in_passing(text: str, ent: dict[str, Any], country: str | None) -> bool:
    """A small town of another country than the destination given, named inside a question without a place
    word or a change of mind ("moet de Uva een partner zijn?"), is a word read as a name, not a new plan
    (round 46: "UvA" moved a training in Amsterdam to Uva, Russia)."""
    start = int(ent["start"])
    end = int(ent.get("end") or start)
    place = places.CITIES.get(key_of(text[start:end]))
    code = str(ent.get("country_code") or "").upper()
    if place is None or not place.exact or not country or code == str(country).upper():
        return False
    sentence = when.clause(text, start, end)
    before = re.findall(r"\w+", text[:start].lower())
    # Only the words that move a plan count: "eigenlijk" ("actually") asks, as "de" (the) is no "de" (from).
    return sentence.rstrip().endswith("?") and not (
        before and before[-1] in places.CITY_CUES
        or any(has(name, sentence) for name in ("moves_plan", "instead_words", "what_if")))


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
