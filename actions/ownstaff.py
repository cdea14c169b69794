"""A staff member who says they work at the call's institution after being read as staff of another one
(round 45: an ITM staff member read as "not ITM staff" said "Sono dipendente dell'ITM", "Ma no, io lavoro
all'ITM!", "Faccio parte del personale dell'ITM" and got "La risposta non cambia: non idoneo/a" each time).

Words of working there or being its staff ("I do work at ITM", "je fais partie du personnel de l'IMT", "ik
werk wel bij het ITG", "ITM staff") with the call's institution in the same part of the sentence, said as the
person's own fact (no negation there, no "if", not asked as a question), set `itm_staff_member` back to true
for a call whose rules read it. Only a stored "no" is corrected: a staff member who never said otherwise is
left as before. Used by actions/facts.py, after actions/workplace.py's `other_employer`."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import has, negation_in
from actions.workplace import STAFF_STATUS, Workplace, other_employer, own_institution, reads_staff_status

# Where a part of the sentence ends: its punctuation, or a "but" that starts another statement.
CLAUSE_RX = re.compile(r"[,.;:!?\n]|\b(?:but|mais|maar|ma|però)\b", re.I)


def own_staff_claim(text: str, entities: list[dict[str, Any]], call_id: str | None) -> bool:
    """Whether the person says, of themselves, that they work at the call's institution or are its staff."""
    cuts = [0, *(m.end() for m in CLAUSE_RX.finditer(text)), len(text)]
    for left, right in zip(cuts, cuts[1:], strict=False):
        clause = text[left:right]
        if not has("own_staff_words", clause) or negation_in(clause) or has("own_staff_condition", clause) \
                or text[right - 1:right] == "?" or _asked(text, right):
            continue
        if own_institution(text, Workplace(left, right, True), entities, call_id):
            return True
    return False


def _asked(text: str, end: int) -> bool:
    """A clause in a sentence that ends in a question mark ("do I have to work at ITM, or not?")."""
    stop = re.search(r"[.!?\n]", text[end - 1:]) if end else None
    return bool(stop and stop.group() == "?")


def own_staff(tracker: Tracker, text: str, entities: list[dict[str, Any]], values: dict[str, Any],
              negated: set[str]) -> None:
    """A stored "not ITM staff" corrected by the person's own words that they are."""
    call_id = values.get("call") or tracker.get_slot("call")
    role = values.get("role", tracker.get_slot("role"))
    if tracker.get_slot(STAFF_STATUS) is not False or STAFF_STATUS in values or role != "staff" \
            or "staff" in negated or not call_id or not reads_staff_status(str(call_id)):
        return
    if own_staff_claim(text, entities, str(call_id)):
        values[STAFF_STATUS] = True


def workplace_status(tracker: Tracker, text: str, entities: list[dict[str, Any]], values: dict[str, Any],
                     negated: set[str]) -> None:
    """The ITM staff status the person's workplace says: staff of another organisation ("I work for the
    WHO"), or of the call's institution after all."""
    other_employer(tracker, text, entities, values, negated)
    own_staff(tracker, text, entities, values, negated)
