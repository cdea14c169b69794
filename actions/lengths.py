"""Lengths a message names that are no length of the stay (used by actions/facts.py):
- a length said about applying, "deux mois avant le départ", "two months before", "2 maanden voor vertrek",
  "due mesi prima": the apply-by rule said back, never the stay's length (it had moved the end by 2 months);
- a rough length, "mine is about 3.5 months, fine", "environ", "ongeveer", "più o meno", said while both
  dates are known: a remark on that stay, not a new end (it had moved 30 April to 11 June).
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES

ROUGH_REACH = 20  # characters before a length where "about" makes it rough
LEAD_REACH = 30  # characters after a length where "before departure" makes it a time ahead


def lead_time(text: str, ent: dict[str, Any]) -> bool:
    end = int(ent.get("end") or ent["start"])
    return PHRASES["lead_time_after"].match(text[end:end + LEAD_REACH]) is not None


def rough(text: str, ent: dict[str, Any]) -> bool:
    start = int(ent["start"])
    return PHRASES["rough_before"].search(text[max(0, start - ROUGH_REACH):start]) is not None


def drop_length_remarks(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The lengths in `entities` that say nothing new about the stay left out (see the module's doc)."""
    both_known = bool(tracker.get_slot("start_date") and tracker.get_slot("end_date"))
    kept = []
    for ent in entities:
        if ent.get("entity") == "duration" and isinstance(ent.get("start"), int) \
                and (lead_time(text, ent) or both_known and rough(text, ent)):
            continue
        kept.append(ent)
    return kept
