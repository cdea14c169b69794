""""Why couldn't I go as a PhD student? I am a PhD student after all." asked once the plan became the role a
refusing rule sends the person to (round 61, r61-j3: a PhD student with ITM staff status, refused the
short-term doctoral mobility, then eligible for a staff training): the question stored "your status: Staff
member → PhD student" and a new "not eligible". A why-question about the role refused earlier states no
fact: the role it names is set aside, the answer is the refusing rule (the rules core's, with its source),
and the plan stays.
Used by actions/facts.py (the role not read) and actions/dialogue.py (the answer)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasa_sdk import Tracker

from actions.i18n import t
from actions.phrases import has

if TYPE_CHECKING:
    from actions.turn import Turn


def refused_role(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> str | None:
    """The role a why-question names when a rule of the call refuses it and sends those it refuses to the
    person's present role (ITM: a PhD student with staff status applies as staff); None otherwise."""
    role, call = tracker.get_slot("role"), tracker.get_slot("call")
    if not role or not call or "?" not in text or not has("why_word", text):
        return None
    named = {str(e.get("value")) for e in entities if e.get("entity") == "role"} - {role}
    if len(named) != 1:
        return None
    other = named.pop()
    from rules_core.loader import compiled

    try:
        rules = compiled(str(call)).rules_for(other, None)
    except Exception:  # a call file problem: the role is read as usual
        return None
    return other if any(rule.instead_role == role for rule in rules) else None


def drop_refused_role(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the role a why-question about its refusal names."""
    other = refused_role(tracker, text, entities)
    if other is None:
        return entities
    return [e for e in entities if not (e.get("entity") == "role" and str(e.get("value")) == other)]


def why_refused_role(turn: Turn) -> bool:
    """The rule that refuses the role asked about, with its source; the plan kept, said so."""
    other = refused_role(turn.tracker, turn.text, turn.entities or [])
    if other is None or "role" in turn.changes:
        return False
    from actions.askabout import evaluate_with
    from actions.casechecks import sourced_checks
    from actions.eligibility import activities_for
    from actions.insteadrole import instead_rules, role_label

    rules = instead_rules(turn.get("call"))
    refused: list[dict[str, Any]] = []
    for activity in activities_for(turn.get("call"), other):
        try:
            case = evaluate_with(turn, role=other, activity=activity)
        except Exception:  # this activity cannot be judged: the next one
            continue
        refused = [f for f in case.get("failed") or [] if f.get("rule") in rules]
        if refused:
            break
    if not refused:
        return False
    lang = turn.lang
    from actions import i18n
    from actions.scope import _lower

    lines = [t(lang, "phd_staff_why", reason=sourced_checks(turn, refused))]
    activity = turn.get("activity")
    if activity:
        lines.append(t(lang, "why_role_plan_kept", role=role_label(lang, turn.get("role")),
                       activity=_lower(i18n.label(lang, "activities", activity))))
    turn.say("\n".join(lines))
    return True
