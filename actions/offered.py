""""Ok so what CAN I do then as staff?" when no variation of the plan passes (rules_core.options varies only
the activity and the dates, never the destination): what the call offers this person, from its rules for their
role (each activity open to it, its length, its destinations, its hosts), and which of their facts stand in
the way. Round 33 answered a staff member teaching in Uganda with "no other kind of mobility or other dates
make your plan possible" and a line left with nothing after it."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.casechecks import sourced_checks
from actions.i18n import t
from actions.scope import _lower
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn
from rules_core.kinds import JUDGES

DATE_FIELDS = STAY_DATE_SLOTS
SEARCHED = (*DATE_FIELDS, "prior_erasmus_months")  # what rules_core.options walks, or nobody can change


def offer_lines(turn: Turn, found: dict[str, Any]) -> list[str]:
    """The lines for a plan no variation fits: what the call offers the role, the facts to change, and why
    the activities it does not offer fail ([] when the call offers the role nothing)."""
    from rules_core.loader import compiled

    call_id, lang, role = str(found.get("call") or turn.get("call")), turn.lang, turn.get("role")
    try:
        call = compiled(call_id)
    except Exception:  # a call file problem: the options answer as it was
        return []
    rules = call.rules
    from actions.insteadrole import instead_rules, role_failure, role_label

    # An activity refused by a fact of who the person is ("apply as staff instead") is not on offer.
    by_role = instead_rules(call_id)
    offered = [b for b in found.get("blocked") or [] if not _refused(b) and not role_failure(b, by_role)]
    if not offered or not role:
        return []
    fields: list[str] = []
    for blocked in offered:
        for tried in (blocked.get("tried") or [])[:1]:
            fields += [f for f in _fields(tried.get("failed") or [], rules) if f not in fields]
    from actions.offeradvice import advice_lines

    # The plan's own activity refused by a date rule: what would make it fit, from that rule (round 48).
    own = next((b for b in offered if b.get("activity") == turn.get("activity")), offered[0])
    advice = advice_lines(turn, call, own)
    if all(f in SEARCHED for f in fields) and not advice:
        return []  # only the dates or the months stand in the way: the search's nearest failures say it
    lines = [t(lang, "offer_intro", role=role_label(lang, role))]
    for blocked in offered:
        activity = str(blocked["activity"])
        parts = []
        for rule in call.rules_for(role, activity):  # the rules for this audience, limits resolved
            params = rule.params
            if rule.kind == "duration_range":
                from rules_core.messages import fmt_amount

                parts.append(t(lang, "offer_length", min=fmt_amount(params["min"], params["unit"], lang),
                               max=fmt_amount(params["max"], params["unit"], lang)))
            elif rule.kind == "destination_in_sets":
                from actions.scope import _set_labels

                sets = ", ".join(_set_labels(call_id, params["sets"], lang))
                parts.append(t(lang, "offer_places", sets=sets))
            elif rule.kind == "receiving_org_allowed":
                orgs = ", ".join(_lower(i18n.label(lang, "orgs", o)) for o in params.get("types") or [])
                parts.append(t(lang, "offer_hosts", orgs=orgs))
        name = i18n.label(lang, "activities", activity)
        lines.append(f"✓ {name}" + (f": {'; '.join(parts)}" if parts else ""))
    if advice:
        lines += advice
    elif fields:
        names = ", ".join(i18n.label(lang, "fields", f) for f in fields)
        reasons = sourced_checks(turn, (offered[0].get("tried") or [{}])[0].get("failed") or [])
        lines.append(t(lang, "offer_change", fields=names, reasons=reasons))
    refused = [b for b in found.get("blocked") or [] if _refused(b)]
    for blocked in refused:
        failed = [f for f in (blocked.get("tried") or [{}])[0].get("failed") or []
                  if JUDGES.get(str(f.get("kind"))) == "activity" or f.get("kind") == "role_allowed"]
        name = i18n.label(lang, "activities", blocked["activity"])
        lines.append(f"✗ {name}: {sourced_checks(turn, failed)}")
    return lines


def _refused(blocked: dict[str, Any]) -> bool:
    """An activity the call does not offer the role at all (a rule on the activity or the role fails)."""
    return any(JUDGES.get(str(f.get("kind"))) == "activity" or f.get("kind") == "role_allowed"
               for tried in blocked.get("tried") or [] for f in tried.get("failed") or [])


def _fields(failed: list[dict[str, Any]], rules: list[Any]) -> list[str]:
    """The person's facts the failing rules judge (the destination, the host...), dates last."""
    by_id = {r.id: r for r in rules}
    out: list[str] = []
    for entry in failed:
        judged = JUDGES.get(str(entry.get("kind")))
        rule = by_id.get(entry.get("rule"))
        names = [judged] if judged else list(getattr(rule, "fields", None) or [])
        out += [n for n in names if n and n not in out and n not in ("citizenship", "country_of_origin")]
    return sorted(out, key=lambda f: f in DATE_FIELDS)
