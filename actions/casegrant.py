"""The grant asked for the what-if case just answered ("and the grant in that case?", "I mean the amount of
money for April-July, 4 months"): that case's amount with its parts (4 x 230 EUR), the plan unchanged. Round
61 gave the case's whole answer again, conditions and all, and no amount. Used by actions/flow.py."""
from __future__ import annotations

from typing import Any

from actions.answer import grant_lines
from actions.phrases import has
from actions.turn import Turn


def case_grant(turn: Turn, decision: dict[str, Any], changed: str | None) -> bool:
    """Say the case's amount after the line naming the case; False when this is no grant question about it."""
    text = turn.text
    if not turn.case_followed or has("verdict_question", text):
        return False
    # (not "travel" nor "tirocinio" alone: "in that case, is the traineeship still fine?" asks the verdict)
    if turn.intent != "ask_grant" and not any(has(key, text) for key in ("funding_words", "how_much",
                                                                           "money_named")):
        return False
    lines = grant_lines(decision, turn.lang)
    if not (decision.get("grant") or {}).get("total_eur") or not lines:
        return False
    turn.say("\n".join(line for line in [changed, *lines] if line))
    turn.answered = True
    return True
