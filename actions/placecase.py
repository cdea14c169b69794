"""A place asked about on its own is a case on the plan ("London, UK yes or no?", "and somewhere in the EU,
like Lisbon?", "et Londres ?", "ergens in de EU, bv. Lissabon?", "da qualche parte nell'UE, tipo Lisbona?"):
the question's sentence says nothing but the place and words of asking about it (PHRASES place_case_words).
Round 31 read such a place as an earlier stay's (actions/earlierplaces.py) and answered "I can only help
with Erasmus+ mobility ...". Like "what about Lisbon?", it is answered for the plan with that place and the
plan stays; "ok, let's do Lisbon then" moves the plan (moves_plan). Used by actions/earlierplaces.py, which
keeps the place, and actions/asides.py, which makes it a case."""
from __future__ import annotations

import re
from typing import Any

from actions import when
from actions.phrases import PHRASES

PLACES = ("city", "country")
WORD_RX = re.compile(r"[^\W\d_]+")
# A no right after the place asked back ("Russia?? no, it's in the Netherlands", "la Russie ?! non",
# "rusland?? nee", "Russia?? no"): the person objects to the place read, they ask about no case.
OBJECTION_RX = re.compile(r"^[?!\s]*(no|nope|non|nee|neen|niet|nein)\b", re.I)


def place_spans(entities: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where the message names a place that may be the destination (not a nationality)."""
    return [(int(e["start"]), int(e.get("end") or e["start"])) for e in entities
            if e.get("entity") in PLACES and e.get("role") in (None, "destination")
            and isinstance(e.get("start"), int)]


def bare_place_question(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the place at start..end is asked about on its own: its sentence asks, and once every place
    in it ("London, UK") and the words of asking about one ("yes or no", "like", "somewhere in the EU",
    "tipo") are taken out, no word is left ("is there an agreement with Lisbon?" keeps its own words)."""
    left, right = when.clause_span(text, start, end)
    if "?" not in text[left:right] or OBJECTION_RX.match(text[right:]):
        return False  # "rusland?? nee, ... in nederland dus": the place said back and denied, no case (46)
    rest = list(text[left:right])
    for a, b in spans:
        for i in range(max(a, left), min(b, right)):
            rest[i - left] = " "
    words = PHRASES["place_case_words"].sub(" ", "".join(rest))
    return not WORD_RX.search(words)


def denied(text: str, start: int, end: int) -> bool:
    """Whether the place at start..end is said back as a question and denied ("Russia?? no, ..."): the
    person's objection to what was read, no place of theirs."""
    left, right = when.clause_span(text, start, end)
    return "?" in text[left:right] and OBJECTION_RX.match(text[right:]) is not None


def place_asked(text: str, entities: list[dict[str, Any]]) -> bool:
    """Whether the message asks about a place on its own anywhere (actions/asides.py what_if)."""
    spans = place_spans(entities)
    return any(bare_place_question(text, a, b, spans) for a, b in spans)
