"""The rules core's grant for the person's plan, for the answers that quote one of its figures."""
from __future__ import annotations

from typing import Any

from actions.turn import Turn


def plan_grant(turn: Turn) -> dict[str, Any] | None:
    """The grant of the plan as the turn sees it; None when the profile cannot be evaluated (incomplete or
    invalid), so the caller leaves the question to the other answers."""
    from actions.flow import evaluate  # actions.flow imports the answers that ask for this

    try:
        return evaluate(turn).get("grant") or {}
    except Exception:  # any refusal of the rules core means "no figure here"
        return None
