"""Another place asked about right after a "not eligible" ("what about TU Munich then, same dates?" after ETH
Zurich was ruled out, "et TU Munich alors ?", "en TU München dan?", "e la TU di Monaco di Baviera invece?") is
the person's next try: the plan moves there and gets its verdict, as "what about Swiss TPH in Basel then?"
did (round 51 kept "what about TU Munich then?" aside as a case with "Keep this as my plan", and read "TU
Munich then, same dates" as no place at all). After an answer that stands ("eligible") the same words stay a
case: a curiosity about another place (round 31, actions/placecase.py). Used by actions/asides.py what_if."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.phrases import has

# The facts of where the plan goes: the only ones such a question may change to move the plan.
PLACE_FACTS = frozenset(("destination", "destination_city", "receiving_org"))


def next_try(text: str, tracker: Tracker, values: dict[str, Any]) -> bool:
    """Whether the message asks about another place with "then"/"instead" words after a "not eligible"."""
    from actions.profile import PROFILE_SLOTS

    key = (tracker.get_slot("last_decision") or {}).get("key")
    ruled_out = isinstance(key, list) and len(key) > 1 and key[1] == "not_eligible"
    if not ruled_out or not has("next_try_words", text):
        return False
    if has("if_clause", text) or has("what_if", text):
        return False  # "en als ik het in plaats daarvan in Nairobi doe?": a case set up, asked (round 18)
    changed = {n for n, v in values.items() if n in PROFILE_SLOTS and v not in (None, [])
               and v != tracker.get_slot(n)}
    return bool(changed & {"destination", "destination_city"}) and changed <= PLACE_FACTS
