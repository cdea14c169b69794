"""The route a refusing rule names, offered with the answer (round 51: a PhD student employed by ITM said
"dus ja ik denk dat ik personeel ben" and was switched to staff training without a word). A rule with an
`instead_role` (ITM's PhD students "only without the status of ITM staff member": apply as staff) refuses the
plan; the person's role and facts stay as they are, and the same plan in that role, judged by the rules
core (the one activity the call opens to it, same dates and host), is offered when it passes, with a button
to check it so. Used by actions/flow.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.scope import _lower
from actions.turn import Turn


def staff_route(turn: Turn, decision: dict[str, Any]) -> tuple[list[str], list[dict[str, str]]]:
    """The line and button offering the role the failed rule names, when the plan passes in it."""
    if decision.get("verdict") != "not_eligible":
        return [], []
    found = route_case(turn, decision)
    if found is None:
        return [], []
    activity, _ = found
    role = _route_role(turn, decision)
    lang = turn.lang
    line = t(lang, "phd_staff_route", activity=_lower(i18n.label(lang, "activities", activity)),
             start=i18n.fmt_date(turn.get("start_date"), lang), end=i18n.fmt_date(turn.get("end_date"), lang))
    payload = f'/inform{{"role":"{role}","activity":"{activity}"}}'
    return [line], [{"title": t(lang, "button_staff_route"), "payload": payload}]


def route_case(turn: Turn, decision: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]] | None:
    """(the activity, the rules core's decision) for the plan in the role a failed rule names, when it passes
    there; None otherwise (no such rule fails, no dates yet, no one activity for that role)."""
    if not turn.get("start_date") or not turn.get("end_date"):
        return None
    from actions.askabout import evaluate_with
    from actions.eligibility import activity_for_role

    try:
        decision = decision or evaluate_with(turn)
    except Exception:  # an incomplete or invalid profile: nothing offered
        return None
    role = _route_role(turn, decision)
    activity = activity_for_role(turn.get("call"), role, turn.get("activity")) if role else None
    if not activity or role == turn.get("role"):
        return None
    try:
        case = evaluate_with(turn, role=role, activity=activity)
    except Exception:  # the case cannot be judged: nothing offered
        return None
    return (activity, case) if case.get("verdict") == "eligible" else None


def _route_role(turn: Turn, decision: dict[str, Any]) -> str | None:
    """The role named by the first failed rule that names one (a rule's `instead_role`)."""
    from rules_core.loader import compiled

    try:
        by_id = {r.id: r for r in compiled(str(turn.get("call"))).rules}
    except Exception:  # a call file problem: no role named
        return None
    return next((by_id[f["rule"]].instead_role for f in decision.get("failed") or []
                 if f.get("rule") in by_id and by_id[f["rule"]].instead_role), None)
