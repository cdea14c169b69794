"""A date said with the one it replaces: "15 June instead of 31 May", "il 21 e non il 22", "le 21, pas le 22",
"21 april en niet 22 april", "tot eind juni ipv eind mei". The replaced date (after "instead of", "not",
"non", "pas", "niet", "invece di") sets nothing; when it is the value a date of the stay has, the new date
takes that date's role. Round 25: "forse l'ultimo giorno è il 21 e non il 22" (the end was 22 April) moved the
start to 22 April and the bot said "a stay of 1 day". Used by actions/facts.py before the dates' cues are
read."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES
from actions.stayslots import STAY_DATE_SLOTS

STAY = STAY_DATE_SLOTS
REACH = 25  # characters before a date searched for "instead of", "au lieu de", "in plaats van", "invece di"


def drop_replaced(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the replaced dates, the new date said just before one in the role of the stored
    date it replaces (marked as restated: a cue of its own still wins, actions/when.py date_roles)."""
    out: list[dict[str, Any]] = []
    for ent in entities:
        start = ent.get("start")
        if ent.get("entity") not in STAY or not isinstance(start, int) \
                or not _replaced(tracker, text[max(0, start - REACH):start]):
            out.append(ent)
            continue
        role = _stored_role(tracker, ent)
        new = next((e for e in reversed(out) if e.get("entity") in STAY), None)
        if role and new is not None and not new.get("restated"):
            out[out.index(new)] = {**new, "entity": role, "restated": True}
    return out


def _replaced(tracker: Tracker, before: str) -> bool:
    """Words before a date that say it is the one replaced. The Dutch "pas" is "not until", no French "pas"
    ("stel dat ik pas op 1 april begin": the new start; round 45 dropped it and answered the stored plan)."""
    match = PHRASES["replaced_before"].search(before)
    if match is None:
        return False
    return not (tracker.get_slot("language") == "nl" and match.group(1).lower().startswith("pas"))


def _stored_role(tracker: Tracker, ent: dict[str, Any]) -> str | None:
    """The date field whose value the replaced date is: the same day (a day said alone), month (a month said
    alone) or day and month (the NLU's year may not be the stay's); None when neither or both have it."""
    value = str(ent.get("value") or "")[:10]
    part = slice(8, 10) if ent.get("day_only") else slice(5, 7) if ent.get("month_only") else slice(5, 10)
    held = {name: str(tracker.get_slot(name) or "")[:10] for name in STAY}
    same = [name for name in STAY if held[name] and held[name][part] == value[part]]
    return same[0] if len(same) == 1 else None
