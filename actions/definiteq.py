""""Cool. Just so I'm clear - the original Sep-Nov is a definite no, yeah?", "donc c'est un non définitif ?":
the answer asked back to be sure. Round 37 said "I can't find the answer" right after the verdict had said
"not eligible". The verdict's yes or no, in one line, with its first reason and that reason's source (the
rules core's decision for the person's facts)."""
from __future__ import annotations

from actions.askabout import is_question, sourced
from actions.i18n import t
from actions.phrases import has, in_sentence
from actions.turn import Turn


def definite_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or not turn.get("last_decision") or turn.what_if or not is_question(turn.text) \
            or not has("definite_question", turn.text):
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    lang, verdict = turn.lang, decision.get("verdict")
    failed = decision.get("failed") or []
    if verdict == "not_eligible" and failed:
        first = failed[0]
        reason = sourced("", in_sentence(str(first.get("explanation"))), call_id, first.get("source"), lang)
        turn.say(t(lang, "answer_no", answer=reason.strip()))
    elif verdict == "eligible":
        turn.say(t(lang, "definite_yes"))
    else:
        return False  # still open on some fact: the flow asks it
    turn.answered = True
    return True
