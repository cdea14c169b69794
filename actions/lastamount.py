""""💶 The amount: as above." only when the last amount the person was shown is this answer's: a what-if's
amount shown since (round 36: €1,106 for a case, then "as above" for the plan's €948) makes "above" point at
the wrong figure, so the amount is said in full again."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.turn import Turn


def _amount(decision: dict[str, Any]) -> float | None:
    grant = decision.get("grant") or {}
    for key in ("total_eur", "indicative_total_eur", "travel_eur"):
        if grant.get(key) is not None:
            return float(grant[key])
    return None


def last_amount_differs(turn: Turn, decision: dict[str, Any]) -> bool:
    """Whether the last message that showed an amount in euros did not show this answer's amount."""
    amount = _amount(decision)
    if amount is None:
        return False
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    said += [str(m.get("text") or "") for m in turn.dispatcher.messages]
    last = next((s for s in reversed(said) if "€" in s), None)
    return last is not None and i18n.fmt_eur(amount, turn.lang) not in last
