"""A plan refused only for its length, where another activity of the same call and role admits it: said in
one line with that activity's minimum and its section ("Traineeship: at least 2 months. As a traineeship,
your stay of 2 months (60 days) would fit."). Round 55: "a study period lasts at least 3 months" with 60
days left in the cycle, and the person had to think of the 2-month traineeship herself. The other activity
is judged by the rules core (the profile re-run with it), never by a limit compared here."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, sourced
from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)


def other_fit(turn: Turn, decision: dict[str, Any]) -> str | None:
    """The line for the first other activity whose duration rule the stay passes and whose verdict is not a
    refusal; None unless `decision` fails on duration rules alone."""
    failed = decision.get("failed") or []
    call_id, role, activity = turn.get("call"), turn.get("role"), turn.get("activity")
    if decision.get("verdict") != "not_eligible" or not failed or not call_id or not role or not activity \
            or any(f.get("kind") != "duration_range" for f in failed):
        return None
    from actions.conditions import length_text, stay_days
    from actions.cycleq import resolved_params
    from actions.flow import judged_profile
    from actions.lengthq import duration_rules
    from rules_core.loader import compiled
    from rules_core.messages import fmt_amount
    from rules_core.options import open_activities

    lang = turn.lang
    try:
        kinds = open_activities(compiled(str(call_id)), judged_profile(turn), lang)
    except Exception as err:  # an incomplete or invalid profile: no line
        logger.debug("no other activity: %s", type(err).__name__)
        return None
    days = stay_days(turn)
    for kind in kinds:
        rules = {r.id: r for r in duration_rules(str(call_id), role, kind)} if kind != activity else {}
        if not rules or days is None:
            continue
        try:
            other = evaluate_with(turn, activity=kind)
        except Exception:  # an invalid profile for this kind: not said to fit
            continue
        passed = [rules[p["rule"]] for p in other.get("passed") or [] if p.get("rule") in rules]
        if other.get("verdict") == "not_eligible" or not passed \
                or any(f.get("rule") in rules for f in other.get("failed") or []):
            continue
        params = resolved_params(str(call_id), passed[0])
        name = i18n.label(lang, "activities", kind)
        line = t(lang, "other_activity_fits", activity=name, activity_lower=name[:1].lower() + name[1:],
                 min=fmt_amount(params["min"], params["unit"], lang), length=length_text(days, lang))
        return sourced("", line, str(call_id), passed[0].source, lang).strip()
    return None


def destination_fit(turn: Turn, decision: dict[str, Any]) -> str | None:
    """A plan refused for its destination alone (a country of one's citizenship, the sending country, a
    country the call does not cover): what would work, as "why?" says it (actions/whydetail.py). Round 59:
    "❌ ... Kenya is a country of your citizenship" gave only the contact; the other destinations came after
    "why?"."""
    from actions.whydetail import DESTINATION_KINDS, what_works

    failed = decision.get("failed") or []
    if decision.get("verdict") != "not_eligible" or not failed \
            or any(f.get("kind") not in DESTINATION_KINDS for f in failed):
        return None
    return "\n".join(what_works(turn, decision, failed)) or None
