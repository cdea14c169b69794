"""A short follow-up to an amount just asked: "en in totaal?", "and in total?", "so not even a rough idea?"
(round 60: "en in totaal?" after the travel support got "Ik vind het antwoord daarop niet"; "so not even a
rough idea? like for netherlands" after the monthly amount got the same). The NLU reads such a bare follow-up
as a fallback, "goodbye" or "I don't know"; it asks the amount of the plan, which the grant answers give
(the whole amount, or what is known of it, labelled: actions/grantq.py, actions/nofigure.py)."""
from __future__ import annotations

from actions.phrases import has
from actions.turn import Turn

MAX_WORDS = 14  # a follow-up, not a new question that happens to say "total"


def amount_follow_up(turn: Turn) -> bool:
    """The message only asks the total or a rough figure, right after a message that asked an amount."""
    from actions.unplaced import asks_amount

    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or "?" not in text \
            or len(text.split()) > MAX_WORDS or turn.intent == "ask_grant":
        return False
    if not (has("total_follow_up", text) or has("rough_follow_up", text)):
        return False
    return asks_amount(turn.earlier_text())
