"""A role named in what the person thought or was told about the rules, "Pensavo che da neo-dottore non
contassero", "I thought that as a recent graduate they don't count", is no role stated: round 26 changed a PhD
student into a recent graduate ("Aggiornato: il Suo status: Dottorando → Neolaureato") for a question whether
the months after the degree count. With no role given yet, the words are read as before. Used by
actions/facts.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import has


def drop_believed_roles(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities left once a role inside a belief about the rules is set aside (a role is known)."""
    if not tracker.get_slot("role"):
        return entities
    return [e for e in entities if not (e.get("entity") == "role" and _believed(text, e))]


def _believed(text: str, ent: dict[str, Any]) -> bool:
    start = ent.get("start")
    if not isinstance(start, int):
        return False
    left, _ = when.clause_span(text, start, int(ent.get("end") or start))
    return has("belief_words", text[left:start])
