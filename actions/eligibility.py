"""Helpers for asking about eligibility: the buttons of each question, a pending input problem as a sentence,
and "why do you need this?" (action_explain_why, from the rules core's needed_for)."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import i18n
from actions.base import ReplyAction
from actions.i18n import t
from actions.profile import BOOL_SLOTS, core

logger = logging.getLogger(__name__)

ROLE_ACTIVITIES = {
    "staff": ("staff_training", "teaching"),
    "phd_student": ("study", "traineeship", "short_term_doctoral"),
}
STUDENT_ACTIVITIES = ("study", "traineeship")
ANY_ACTIVITIES = ("study", "traineeship", "staff_training")
ORG_BUTTONS = ("hei", "enterprise", "research_institute", "public_body", "ngo")


def issue_message(tracker: Tracker, lang: str) -> tuple[str | None, list[dict[str, Any]]]:
    """The pending input problem (set by action_extract_facts) as a sentence, and the event that clears it."""
    issue = tracker.get_slot("input_issue")
    if not isinstance(issue, dict) or "key" not in issue:
        return None, []
    params = {k: i18n.fmt_date(v, lang) if k in ("start", "end") else v
              for k, v in issue.items() if k != "key"}
    return t(lang, str(issue["key"]), **params), [SlotSet("input_issue", None)]


RULE_ID_RX = re.compile(r"^([a-z0-9_]+): ")


def relevant_reasons(reasons: list[str], role: str | None) -> list[str]:
    """needed_for's sentences for this person's side only (staff_* or student_* rules), without rule ids,
    without duplicates (the staff and student rules often read the same)."""
    side = "staff_" if role == "staff" else "student_" if role else None
    other = {"staff_": "student_", "student_": "staff_"}.get(side or "")
    out: list[str] = []
    for reason in reasons:
        match = RULE_ID_RX.match(reason)
        rule = match.group(1) if match else ""
        if other and rule.startswith(other):
            continue
        text = reason[match.end():] if match else reason
        if text not in out:
            out.append(text)
    return out


def _admitted(call_id: str, field: str, values: tuple[str, ...], base: dict[str, Any],
              kind: Callable[[str], bool]) -> list[str] | None:
    """The values of `field` the call's rules admit: those whose decision fails no rule of a `kind` (asked of
    the rules core value by value); None when the rules core cannot say (an unknown call or value)."""
    admitted = []
    for value in values:
        try:
            decision = core().evaluate({"call": call_id, **base, field: value})
        except Exception as err:  # the caller offers its fixed list instead
            logger.debug("no %s from the rules: %s", field, type(err).__name__)
            return None
        if not any(kind(str(f.get("kind", ""))) for f in decision.get("failed") or []):
            admitted.append(value)
    return admitted


def activities_for(call_id: str | None, role: str | None) -> list[str]:
    """The kinds of mobility the call's rules let this role do (an MSc student at ITM: study, traineeship and
    short-term blended)."""
    if not call_id or not role:
        return []
    from rules_core.vocab import ACTIVITIES

    return _admitted(call_id, "activity", ACTIVITIES, {"role": role},
                     lambda kind: kind.startswith("activity_")) or []


def activity_for_role(call_id: str | None, role: str, activity: str | None) -> str | None:
    """"posso farla come staff invece?" with a short-term doctoral mobility stored: the one kind of mobility
    the call's rules let the new role do (ITM staff: staff training), when the stored one is not open to it;
    None when it is, or when the rules leave a choice (or none) to ask about."""
    admitted = activities_for(call_id, role)
    return admitted[0] if activity and activity not in admitted and len(admitted) == 1 else None


def _roles_for(call_id: str | None) -> list[str]:
    """The roles the call's rules admit (IMT Lucca: PhD students and recent graduates); every role when no
    call is known yet."""
    from rules_core.vocab import ROLES

    if not call_id:
        return list(ROLES)
    return _admitted(call_id, "role", ROLES, {}, lambda kind: kind == "role_allowed") or list(ROLES)


def _buttons_for(slot: str, tracker: Tracker, lang: str) -> list[dict[str, str]]:
    if slot == "call":
        from actions.calls import institution_buttons

        return institution_buttons("inform", lang)
    if slot == "role":
        return [{"title": i18n.label(lang, "roles", r), "payload": f'/inform{{"role":"{r}"}}'}
                for r in _roles_for(tracker.get_slot("call"))]
    if slot == "activity":
        role = tracker.get_slot("role")
        acts = activities_for(tracker.get_slot("call"), role) \
            or ROLE_ACTIVITIES.get(role, STUDENT_ACTIVITIES if role else ANY_ACTIVITIES)
        return [{"title": i18n.label(lang, "activities", a), "payload": f'/inform{{"activity":"{a}"}}'}
                for a in acts]
    if slot == "receiving_org":
        return [{"title": i18n.label(lang, "orgs", o), "payload": f'/inform{{"receiving_org":"{o}"}}'}
                for o in ORG_BUTTONS]
    if slot in BOOL_SLOTS:
        return [{"title": t(lang, "button_yes"), "payload": "/affirm"},
                {"title": t(lang, "button_no"), "payload": "/deny"}]
    return []


class ActionExplainWhy(ReplyAction):
    """'Why do you need this?': the call's rules that use the requested field (rules_core.needed_for)."""

    def name(self) -> str:
        return "action_explain_why"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        field, call = tracker.get_slot("requested_slot"), tracker.get_slot("call")
        if not field:
            dispatcher.utter_message(text=t(lang, "why_nothing_asked"))
            return []
        if field == "call" or not call:
            dispatcher.utter_message(text=t(lang, "why_call"))
            return []
        try:
            reasons = relevant_reasons(list(core().needed_for(call, field, lang)), tracker.get_slot("role"))
        except Exception as err:  # the explanation is a courtesy: never let it break the form
            logger.warning("needed_for failed: %s", type(err).__name__)
            reasons = []
        name = i18n.label(lang, "fields", field)
        if reasons:
            body = "\n".join(f"- {r}" for r in reasons)
            dispatcher.utter_message(text=t(lang, "why_intro", field=name) + "\n" + body)
        else:
            dispatcher.utter_message(text=t(lang, "why_generic", field=name))
        return []


