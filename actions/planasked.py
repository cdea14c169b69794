"""A first message that tells a plan and asks about it is an eligibility question, whatever the NLU says.

Round 41: "Hi, I'm doing my PhD at ITM Antwerp and I'd like to do a short research stay at the University of
Cape Town, 13 April to 1 May 2026. Can I go with Erasmus+?" came out out_of_scope 0.91 (and its Italian twin,
"lavoro nell'amministrazione all'ITM di Anversa ... si può?", 0.76): the person got "I can only help with
Erasmus+ mobility..." and repeated everything. A message naming who they are or what they would do (role,
activity, the institution) and asking something is about a mobility, so it is read as check_eligibility.
"""

from __future__ import annotations

from actions.phrases import has
from actions.turn import Turn

# Entities that place a message inside the calls' world: a city or a date alone does not ("can you book me a
# flight to Madrid?" stays out of scope).
PLAN_ENTITIES = frozenset({"role", "activity", "institution"})


def plan_asked(turn: Turn) -> bool:
    """The message names the person's role, activity or institution and asks whether it can be done."""
    if turn.intent != "out_of_scope" or turn.is_payload:
        return False
    named = {str(e.get("entity")) for e in turn.entities}
    if not named & PLAN_ENTITIES:
        return False
    # Whether it can be done, not any question: "I am at ITM, where can I find housing?" stays as it was.
    return has("verdict_question", turn.text) or has("plan_possible_question", turn.text)
