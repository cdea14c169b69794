""""What if there is none?", "et si l'université n'a pas l'ECHE ?", "en als de Raad nee zegt?", "e se non c'è
l'accordo?": one of the answer's conditions (what only the host, the office or a supervisor can settle) said
not to hold, answered for that case from the rules core (the person's facts with that fact False); nothing is
stored. Whether it can still be arranged is for whoever settles it: they are named (simulated users got
"I can't find" or the condition line again)."""
from __future__ import annotations

from typing import Any

from actions.askabout import evaluate_with, is_question
from actions.casechecks import new_failures, sourced_checks
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def if_not_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    asked = has("if_not_question", text) or has("if_none_question", text)
    if not call_id or not asked or not is_question(text):
        return False
    if has("in_time_question", text):
        # "and if there isn't one yet, can it be signed in time?": whether it can still be arranged, asked;
        # the "if" sets no case to judge (round 41 answered "there is none"; actions/intime.py answers).
        return False
    try:
        own = evaluate_with(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    conditions = {c.get("field"): c for c in own.get("conditions") or []}
    field = _the_condition(turn, conditions)
    if field is None:
        return False
    try:
        case = evaluate_with(turn, **{field: False})
    except Exception:  # the case cannot be judged: the other answers are tried
        return False
    lang = turn.lang
    new = new_failures(own, case)
    from actions.conditions import settled_by

    who = settled_by(turn, conditions[field].get("settled_by"))
    if not new:
        turn.say(t(lang, "if_not_same", who=who))
        return True
    # The condition's own failure in the conditional ("without one, it would not be possible"): its usual
    # sentence ("... and there is none") reads as a claim (round 46).
    without = conditions[field].get("without")
    new = [{**f, "explanation": without} if without and f.get("rule") == conditions[field].get("rule") else f
           for f in new]
    reason = sourced_checks(turn, new)
    key = "if_not_no_host" if _another_host_would(turn, field, conditions[field]) else "if_not_no"
    turn.say(t(lang, key, reason=reason[:1].lower() + reason[1:], who=who))
    return True


def _another_host_would(turn: Turn, field: str, condition: dict[str, Any]) -> bool:
    """A condition on the host (an ECHE) that, met, passes the plan (the rules core with it True): then a
    host that meets it is what would work, not "whether it can still be arranged" (a charter is not arranged
    in time; round 33 asked "then I can't go with Erasmus at all?")."""
    if condition.get("settled_by") != "host":
        return False
    try:
        return evaluate_with(turn, **{field: True}).get("verdict") != "not_eligible"
    except Exception:  # the case cannot be judged: the general answer
        return False


def _the_condition(turn: Turn, conditions: dict[str, Any]) -> str | None:
    """The condition the question names; a question that names none ("what if there is none?"): the
    answer's only condition, else the one the person's message before named. A question naming another
    fact ("what if I don't have a scholarship?") is not about a condition."""
    from actions.asides import named_facts

    named = named_facts(turn.text, asking=True)  # "what if the board says no?" names the board
    if named:
        return next((n for n in named if n in conditions), None)
    if not has("if_none_question", turn.text):
        return None
    if len(conditions) == 1:
        return next(iter(conditions))
    return next((n for n in named_facts(turn.earlier_text(), asking=True) if n in conditions), None)
