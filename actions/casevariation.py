"""A case being discussed, and the facts said inside it (round 39). An ended call's past case ("what if I had
done this last year, march to end of june 2026?") or a what-if answered in the message before is the case
being discussed; "and Dakar instead, same NGO type?", "et Dakar plutôt ?", "en Dakar in plaats daarvan?", "e
Dakar invece?" then vary the case, not the plan (round 39 wrote Dakar into the real 2027 plan, and the e-mail
summary showed it). The plan still moves when the person says so: keeping the case ("keep this as my plan"),
naming the real plan ("the real plan is still Casablanca"), or a statement that moves it ("let's do Dakar").
A place said to have been only the case ("Dakar was just the what-if") is no fact of the plan. Round 37 kept
the dates said in a past case the case's (actions/pastcase.py); this does the same for the other facts.
Used by actions/asides.py (what_if) and actions/earlierplaces.py."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.casedates import open_case
from actions.phrases import has

# Facts a variation of the case may change: not the dates (actions/pastcase.py reads them for the past case),
# not the facts about the person (actions/asides.py PERSONAL_FACTS: said in a case, they are the person's).
NOT_VARIED = frozenset(("start_date", "end_date", "duration", "start_month"))
PART_RX = re.compile(r"[,;:()]")


def in_a_case(tracker: Tracker) -> bool:
    """Whether a case is being discussed: an ended call's past case not left, or a what-if answered in the
    message before (actions/keepcase.py FRESH)."""
    from actions.keepcase import FRESH

    case = tracker.get_slot("what_if_case")
    return open_case(tracker) is not None or isinstance(case, dict) and bool(case.get(FRESH))


def varies_the_case(text: str, tracker: Tracker, values: dict[str, Any]) -> bool:
    """"and Dakar instead, same NGO type?" while a case is discussed: a fact of the plan given before,
    changed in a question or with "instead" words, is the case's."""
    from actions.asides import PERSONAL_FACTS
    from actions.profile import PROFILE_SLOTS

    if not in_a_case(tracker) or has("keep_case", text) or has("real_trip", text) \
            or has("destination_named", text):
        return False
    # ("I want to do the staff training instead" says what the plan becomes: round 60)
    asks = "?" in text or has("instead_words", text) and not has("moves_plan", text) \
        and not has("wants_to_do", text)
    return asks and any(
        name in PROFILE_SLOTS and name not in NOT_VARIED and name not in PERSONAL_FACTS
        and tracker.get_slot(name) not in (None, []) and value not in (None, [])
        and value != tracker.get_slot(name) for name, value in values.items())


def only_the_case(text: str, start: int, end: int) -> bool:
    """"Dakar was just the what-if": the place at start..end is said to have been only the case (in its part
    of the sentence between commas: "maar" is "only" in "Dakar was maar een wat-als", no cut)."""
    from actions import when

    left, right = when.clause_span(text, start, end)
    seg_left = max([m.end() for m in PART_RX.finditer(text, left, start)], default=left)
    seg_right = min([m.start() for m in PART_RX.finditer(text, end, right)], default=right)
    return has("only_the_case", text[seg_left:seg_right])


def the_real_plan(text: str, start: int, end: int) -> bool:
    """"the real plan is still Casablanca", "le vrai projet, c'est toujours Casablanca": the place in a
    sentence naming the real plan is the plan's (unless said to have been only the case)."""
    from actions import when

    return has("real_trip", when.clause(text, start, end)) and not only_the_case(text, start, end)


def drop_case_dates(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"The August extension was only hypothetical": a date said to have been only the case is no date of the
    plan (round 52 took August as a new start: "not eligible", a 30-day stay)."""
    return [e for e in entities if not (
        e.get("entity") in ("start_date", "end_date") and isinstance(e.get("start"), int)
        and only_the_case(text, e["start"], _said_end(text, e)))]


def _said_end(text: str, ent: dict[str, Any]) -> int:
    """Where the date's words end: "31 July." ends before its full stop (its sentence is the one before)."""
    start = int(ent["start"])
    return start + len(text[start:int(ent.get("end") or start)].rstrip(".!?; "))
