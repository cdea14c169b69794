"""A place named inside a question about something else is no fact (round 28: "existe-t-il déjà un accord avec
Grenade ?", asked while the nationality was pending and Spain given, noted "nationalité: Grenade" and
"pays de destination: Espagne → Grenade").

- The nationality is read from a message that answers it ("Belgique", "la Belgique ?", "je suis française",
  "sono pakistano, va bene?") or states it, never from a country inside a question sentence ("is there an
  agreement with Portugal?", "existe-t-il un accord avec le Portugal ?").
- A destination given changes only with words that move the plan ("finalement je pars au Portugal", "Portugal
  instead", "ik ga toch naar Porto", "e se andassi a Lisbona?"): a place named in a question about the
  agreement or the ECHE ("is there an agreement with Porto?") asks about that place; it moves nothing.
Used by actions/facts.py.
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import PHRASES, has
from bot.nlu.folding import key_of

NATIONALITY_FIELDS = ("citizenship", "country_of_origin")
PLACES = ("country", "city")
# Words that go with a bare answer ("la Belgique ?", "et la Belgique ?", "Belgium and Italy?"): no question of
# their own.
FILLERS = frozenset((
    "la", "le", "les", "l", "the", "de", "du", "des", "d", "het", "een", "a", "an", "et", "and", "en", "e",
    "ed", "ou", "or", "of", "o", "il", "lo", "y", "also", "aussi", "ook", "anche",
))
PART_RX = re.compile(r"[,;:]")
TOPICS = ("interinstitutional_agreement", "receiving_org_has_eche")


def in_a_question(text: str, start: int, end: int, others: list[tuple[int, int]] = ()) -> bool:
    """Whether the mention sits in a sentence that asks something of its own ("is there an agreement with
    Portugal?"), rather than answering ("Belgique ?", "Belgium, does that matter?") or saying it of oneself
    ("sono pakistano, va bene?", "my nationality is Belgian?"). `others`: other mentions of the part."""
    left, right = when.clause_span(text, start, end)
    if "?" not in text[left:right]:
        return False
    cuts = [m for m in PART_RX.finditer(text, left, right)]
    part_left = max([m.end() for m in cuts if m.end() <= start], default=left)
    part_right = min([m.start() for m in cuts if m.start() >= end], default=right)
    if has("self_before", text[part_left:start]) or has("nationality_word", text[part_left:part_right]):
        return False
    rest = list(text[part_left:part_right])
    for a, b in [(start, end), *others]:
        for i in range(max(a, part_left), min(b, part_right)):
            rest[i - part_left] = " "
    return any(w not in FILLERS for w in re.findall(r"[^\W\d_]+", "".join(rest).lower()))


def moves_plan(sentence: str) -> bool:
    """Words that make a place the plan's new one: going, a change of mind, "instead", a case set up."""
    return any(has(name, sentence) for name in ("moves_plan", "change_of_mind", "instead_words", "what_if"))


def drop_places_asked_about(tracker: Tracker, text: str, asked: str | None,
                            entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    spans = [(int(e["start"]), int(e.get("end") or e["start"])) for e in entities
             if e.get("entity") in PLACES and isinstance(e.get("start"), int)]
    return [e for e in entities if not _asked_about(tracker, text, asked, e, spans)]


def _asked_about(tracker: Tracker, text: str, asked: str | None, ent: dict[str, Any],
                 spans: list[tuple[int, int]]) -> bool:
    start = ent.get("start")
    if ent.get("entity") not in PLACES or ent.get("role") not in (None, "destination") \
            or not isinstance(start, int):
        return False
    end = int(ent.get("end") or start)
    sentence = when.clause(text, start, end)
    if moves_plan(sentence):
        return False
    others = [s for s in spans if s != (start, end)]
    if asked in NATIONALITY_FIELDS and ent.get("entity") == "country" \
            and in_a_question(text, start, end, others):
        return True  # "is there an agreement with Portugal?" answers no nationality question
    if asked in ("destination", "destination_city") or "?" not in sentence \
            or not any(PHRASES["fact_words"][name].search(sentence) for name in TOPICS):
        return False
    return changes_destination(tracker, ent)  # "an agreement with Porto?" with Lisbon given: a question


def changes_destination(tracker: Tracker, ent: dict[str, Any]) -> bool:
    """Whether the place would replace the destination given (a city added in its country replaces none)."""
    country, city = tracker.get_slot("destination"), tracker.get_slot("destination_city")
    if not country:
        return False
    if ent.get("entity") == "country":
        return str(ent.get("value") or "").upper() != str(country).upper()
    code = str(ent.get("country_code") or "").upper()
    return code != str(country).upper() or bool(city) and key_of(str(ent.get("value"))) != key_of(str(city))
