"""The role a call sends a person to when a rule refuses their own (a rule's `instead_role`: ITM's PhD
students "only without the status of ITM staff member", so a PhD student with staff status applies as staff).
Round 38: "so what can I do instead?" listed the three student activities, the refused one ticked ✓, "to
change in your plan: ITM staff membership", and never staff training. The rules core's options now search the
other role; here: the option's "applying as staff" line, and one ✗ line for every activity of the own role
that the rule refuses, whatever the dates or the host (a fact of who the person is, not of the plan)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.casechecks import sourced_checks
from actions.i18n import t
from actions.scope import _lower
from actions.turn import Turn


def instead_rules(call_id: str | None) -> set[str]:
    """The ids of the call's rules that name a role for those they refuse."""
    from rules_core.loader import compiled

    try:
        return {rule.id for rule in compiled(str(call_id)).rules if rule.instead_role}
    except Exception:  # a call file problem: no rule names another role
        return set()


def role_failure(blocked: dict[str, Any], rules: set[str]) -> dict[str, Any] | None:
    """The failure of a rule refusing the person's role that blocks this activity, if any."""
    for tried in (blocked.get("tried") or [])[:1]:
        for failed in tried.get("failed") or []:
            if failed.get("rule") in rules:
                return failed
    return None


def role_label(lang: str, role: Any) -> str:
    """"staff member", "PhD student" inside a sentence (a first word with a capital inside stays)."""
    label = i18n.label(lang, "roles", role)
    first = label.split(" ")[0]
    return label if any(c.isupper() for c in first[1:]) else _lower(label)


def role_lines(turn: Turn, option: dict[str, Any]) -> list[str]:
    """"Applying as a staff member, not as a PhD student." for an option in another role than the person's."""
    role, own = option.get("role"), turn.get("role")
    if not role or not own or role == own:
        return []
    return [t(turn.lang, "option_role", role=role_label(turn.lang, role), was=role_label(turn.lang, own))]


def split_refused(turn: Turn, blocked: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """One ✗ line for the activities a rule refuses to the person's role ("As a PhD student (short-term
    doctoral mobility, study period, traineeship): you have ITM staff status ..."), and the other blocked."""
    rules = instead_rules(turn.get("call"))
    by_role = [(b, role_failure(b, rules)) for b in blocked]
    refused = [(b, failure) for b, failure in by_role if failure is not None]
    if not refused or not turn.get("role"):
        return [], blocked
    lang = turn.lang
    names = ", ".join(_lower(i18n.label(lang, "activities", b["activity"])) for b, _ in refused)
    reasons = list({str(failure.get("rule")): failure for _, failure in refused}.values())
    line = t(lang, "option_role_refused", was=role_label(lang, turn.get("role")), activities=names,
             reason=sourced_checks(turn, reasons))
    return [line], [b for b, failure in by_role if failure is None]
