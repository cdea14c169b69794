""""So what could I do instead?" after a plan refused by a date rule: what would make it fit, from the kind of
the rule that failed and its limits in the call data. Round 48: a PhD student at IMT Lucca graduating on 20
April 2016, with a traineeship from June to August, got "To change in your plan: receiving organisation": the
study period's host rule, not the rule that refused her plan. The rule was the recent graduates' one
(graduation_by_if_ends_after): the stay goes on after the degree, which the call admits only for those who
graduate by its date. What fits is a stay that ends by the graduation (from the call's first start date if it
has one), or the graduation by the call's date. Used by actions/offered.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.scope import _lower
from actions.turn import Turn

# The failed rule kinds whose way out is a stay that ends by the graduation.
ENDS_BY_GRADUATION = ("graduation_by_if_ends_after", "ends_by_graduation")


def advice_lines(turn: Turn, call: Any, blocked: dict[str, Any]) -> list[str]:
    """What would make the activity of `blocked` fit, for the date rules that refused it ([] for others)."""
    role, activity = turn.get("role"), str(blocked.get("activity"))
    graduation = turn.get("graduation_date")
    failed = [f for tried in (blocked.get("tried") or [])[:1] for f in tried.get("failed") or []]
    kinds = {str(f.get("kind")): f for f in failed}
    hit = next((k for k in ENDS_BY_GRADUATION if k in kinds), None)
    if hit is None or not role or not graduation:
        return []
    try:
        rules = {r.id: r for r in call.rules_for(role, activity)}
    except Exception:  # a call file problem: no advice
        return []
    lang = turn.lang
    name = _lower(i18n.label(lang, "activities", activity))
    start = next((r.params.get("date") for r in rules.values() if r.kind == "start_not_before"), None)
    from actions.insteadrole import role_label

    values = {"activity": name, "graduation": i18n.fmt_date(graduation, lang), "role": role_label(lang, role)}
    key = "offer_end_by_graduation_from" if start else "offer_end_by_graduation"
    lines = [t(lang, key, start=i18n.fmt_date(start, lang), **values)]
    rule = rules.get(kinds[hit].get("rule"))
    limit = rule.params.get("date") if rule is not None and hit == "graduation_by_if_ends_after" else None
    if limit:
        lines.append(t(lang, "offer_graduate_by", limit=i18n.fmt_date(limit, lang)))
    where = i18n.source(turn.get("call"), kinds[hit].get("source"), lang)
    lines[-1] += f" ({t(lang, 'source')}: {where})"
    return lines
