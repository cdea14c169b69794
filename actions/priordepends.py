"""What the Erasmus months already had in this study cycle decide, when the person does not know them: the
call's maximum per study cycle (the rules core's cycle_cap rule, its limit from the call's parameters) less
this stay is how many earlier months the plan allows; only more than that changes the answer. Said under "I
can't decide yet: it depends on previous Erasmus months" and to "does it matter?" asked of those months (round
39: "no idea, maybe?" was noted as 0, and "you put 0 but I wasn't sure, does it matter?" got "I can't find").
Used by actions/flow.py (the verdict) and actions/earliermonths.py (the question)."""
from __future__ import annotations

from typing import Any

from actions.askabout import sourced
from actions.conditions import length_text, stay_days
from actions.cycleq import cycle_rule, resolved_params
from actions.i18n import t
from actions.turn import Turn

PRIOR = "prior_erasmus_months"


def depends_lines(turn: Turn, decision: dict[str, Any], unknown: list[str]) -> list[str]:
    """What the unknown earlier months decide, under an undecided verdict that waits for them."""
    missing = {*(decision.get("missing") or []), *unknown}
    if decision.get("verdict") != "incomplete" or PRIOR not in missing or turn.get(PRIOR) is not None:
        return []
    line = prior_threshold(turn)
    return [line] if line else []


def prior_threshold(turn: Turn) -> str | None:
    """"It matters only if you already had more than 9 months of Erasmus in this study cycle: a study cycle
    allows at most 12 months, and your stay is 3 months." with the call's section; None without a cap per
    cycle for the person's role, without both dates, or for a stay longer than the cap on its own."""
    call_id = turn.get("call")
    rule = cycle_rule(str(call_id), turn.get("role")) if call_id else None
    stay = stay_days(turn)
    if rule is None or stay is None:
        return None
    cap = int(resolved_params(str(call_id), rule)["max_months"]) * 30
    if stay > cap:
        return None  # the stay alone passes the cap: the duration checks say so
    lang = turn.lang
    key = "prior_matters_over" if cap > stay else "prior_matters_any"
    line = t(lang, key, left=length_text(cap - stay, lang), cap=length_text(cap, lang),
             stay=length_text(stay, lang))
    return sourced("", line, call_id, rule.source, lang).strip()
