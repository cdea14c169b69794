"""The conditions an answer in this reply already said are not listed again under the verdict.

Round 46 (the Lucca call ended, the case "what would have applied"): "never did Erasmus before, zero months.
does my supervisor need to sign something?" got "Yes: Your supervisor (advisor) must authorise the period
abroad." and, in the verdict below it, "• Your supervisor (advisor) must authorise the period abroad." again.
Only when every condition was said: a list with some left out would read as all there is."""
from __future__ import annotations

from typing import Any

from actions.turn import Turn


def said_conditions_dropped(turn: Turn, decision: dict[str, Any]) -> dict[str, Any]:
    """The decision to render: its conditions left out (and counted) when this reply said each already."""
    conditions = decision.get("conditions") or []
    said = [c for c in conditions
            if c.get("explanation") and any(str(c["explanation"]) in s for s in turn.said)]
    if not conditions or len(said) != len(conditions):
        return decision
    return {**decision, "conditions": [], "conditions_said": len(said)}
