"""Words that describe the person, not the mobility: "im not working or anything, just studying", "I'm a
full-time student", "je fais juste mes études", "ik studeer gewoon", "sto solo studiando", and where one
studies ("io studio in Belgio, non in Italia", round 53). With an activity already given they never change
it (round 21 turned a blended short-term mobility into a study period, then "not eligible"); a change said as
such ("actually I want a study period", "a semester exchange instead") still does, and with no activity given
the words are read as before. Used by actions/facts.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES


def drop_self_described(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities left once an activity read from words about the person is set aside."""
    if not tracker.get_slot("activity"):
        return entities
    # ("io studio in Belgio, non in Italia": where one studies, round 53)
    spans = [(m.start(), m.end()) for key in ("self_described", "study_place")
             for m in PHRASES[key].finditer(text)]
    if not spans:
        return entities
    return [e for e in entities if not (e.get("entity") == "activity" and _inside(e, spans))]


def _inside(ent: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    start, end = ent.get("start"), ent.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return any(s <= start and end <= e for s, e in spans)
