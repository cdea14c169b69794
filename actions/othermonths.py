"""A month said without its day, in a message about something else, while both dates of the stay are set:
"als de organisatoren het programma pas eind maart bevestigen, kan ik dan nog laat aanvragen?" (the
organisers' confirmation), "so for March 2027, realistically, what should I do now?" (the plan in general),
"I'd have to apply by early January, yes?" (applying). The NLU reads such a month as a start or an end, which
overwrote the end of a stay of 4-13 May with 31 March. A real change of the stay keeps its words: a cue right
before the month ("actually until end of June", "tot eind juni", "jusqu'à fin juin", "fino a fine giugno"), a
change of mind, the stay named, a case asked about ("and in June?": actions/asides.py), or the date asked.
Used by actions/facts.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.asides import sets_up_a_case
from actions.phrases import PHRASES, has
from actions.stayslots import STAY_DATE_SLOTS

STAY = STAY_DATE_SLOTS
NEAR = 40  # characters either side of the month, inside its part of the sentence, for the other event's verb
CUE_REACH = 40  # characters before the month for "until the end of", "jusqu'à la fin de"
PARTS = ",.;!?\n"
RANGE_GAP = 25  # characters between a range's start month and its end ("februari tot eind mei")


def drop_months_about_else(tracker: Tracker, asked: str | None, text: str,
                           entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the months said about something else (see the module's docstring)."""
    if asked in STAY or not (tracker.get_slot("start_date") and tracker.get_slot("end_date")):
        return entities
    return [e for e in entities if not about_else(text, e, entities)]


def about_else(text: str, ent: dict[str, Any], entities: list[dict[str, Any]] = ()) -> bool:
    start = ent.get("start")
    if ent.get("entity") not in STAY or not ent.get("month_only") or not isinstance(start, int):
        return False
    end = int(ent.get("end") or start)
    sentence = when.clause(text, start, end)
    if PHRASES["stay_month_cue"].search(text[max(0, start - CUE_REACH):start]) \
            or has("change_of_mind", sentence) or has("dates_change_request", sentence) \
            or in_range(text, ent, entities):
        return False
    if has("month_of_else", _part(text, start, end)):
        return True  # "pas eind maart bevestigen", "apply by early January"
    if has("stay_words", sentence):
        return False
    # "So for March 2027, what should I do now?": asked about the plan, not a new date (a case, "and in
    # June?", is answered for that case only).
    return "?" in sentence and not has("what_if", text) and not sets_up_a_case(text)


def in_range(text: str, ent: dict[str, Any], entities: list[dict[str, Any]]) -> bool:
    """"kan je dat aanpassen naar februari tot eind mei 2027?": a month in a range of dates ("to", "tot", "à",
    "a" between its start and its end) is the stay's, both ends (round 36 dropped February and moved only the
    end, a stay of 480 days)."""
    def joined(first: dict[str, Any], last: dict[str, Any]) -> bool:
        if first.get("entity") != "start_date" or last.get("entity") != "end_date" \
                or not isinstance(first.get("start"), int) or not isinstance(last.get("start"), int):
            return False
        gap = int(first.get("end") or first["start"])
        return gap <= int(last["start"]) <= gap + RANGE_GAP and bool(PHRASES["range_to"].match(
            text[gap:int(last["start"])]))
    return any(joined(ent, other) or joined(other, ent) for other in entities if other is not ent)


def _part(text: str, start: int, end: int) -> str:
    """The words near the month, up to the nearest comma or stop on each side."""
    left = max(text.rfind(sep, 0, start) for sep in PARTS) + 1
    rights = [i for i in (text.find(sep, end) for sep in PARTS) if i >= 0]
    right = min(rights) if rights else len(text)
    return text[max(left, start - NEAR):min(right, end + NEAR)]
