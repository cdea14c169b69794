"""What the form says before its next question: what a rich message already decides (interim status),
facts changed without being asked (a correction mid-form), and whether the form just started."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker

from actions import i18n
from actions.i18n import t
from actions.profile import PROFILE_SLOTS, duration_failures, evaluate, shared_failures

logger = logging.getLogger(__name__)


def facts_in(tracker: Tracker) -> list[dict[str, Any]]:
    return [e for e in tracker.latest_message.get("entities") or [] if isinstance(e, dict)]


def form_just_started(tracker: Tracker) -> bool:
    """Whether the form was activated by the latest user message (its ActiveLoop event follows it)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "active_loop" and event.get("name") == "eligibility_form":
            return True
    return False


def unprompted_facts(tracker: Tracker, lang: str) -> str | None:
    """'Noted: end date: 31 July 2026' for facts the user changed without being asked (a correction or a
    'what if' in the middle of the form), so the change is visibly taken."""
    asked, changed = None, {}
    after_user = True
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            after_user = False
            continue
        if kind != "slot":
            continue
        if after_user and event.get("name") in PROFILE_SLOTS and event.get("name") != "call":
            changed.setdefault(event["name"], event.get("value"))
        elif not after_user and event.get("name") == "requested_slot":
            asked = event.get("value")
            break
    changed.pop(asked, None)
    shown = [f for f in PROFILE_SLOTS if changed.get(f) not in (None, [])]  # cleared fields need no echo
    if not shown:
        return None
    from actions.answer import show_value

    parts = [f"{i18n.label(lang, 'fields', f)}: {show_value(f, changed[f], lang)}" for f in shown]
    return t(lang, "noted", facts="; ".join(parts))


INTERIM_MIN_FACTS = 2
INTERIM_MAX_PASSED = 3


def interim_status(tracker: Tracker, lang: str, decision: dict[str, Any] | None = None,
                   would: bool = False, min_facts: int = 2) -> str | None:
    """After a message with several facts, what can already be said before the next question: a rule
    that already fails (the verdict cannot become 'eligible'), or what holds so far. Said once per
    message, so a plain answer to a question gets no repeated summary."""
    if len(facts_in(tracker)) < min(min_facts, INTERIM_MIN_FACTS) or not tracker.get_slot("call"):
        return None
    try:
        decision = decision or evaluate(tracker, lang)
    except Exception as err:  # an invalid profile is reported by the answer; the question still comes
        logger.debug("no interim status: %s", err)
        return None
    from actions.answer import call_title, failed_lines, is_deadline_failure, only_deadlines_failed

    title = call_title(decision.get("call"), lang)
    early = duration_failures(tracker, lang)
    said = {str(f.get("explanation")) for f in decision.get("failed") or []}
    early += [f for f in shared_failures(tracker, lang) if str(f.get("explanation")) not in said]
    if early:  # a length stated without dates already breaks the call's limits
        decision = {**decision, "failed": [*(decision.get("failed") or []), *early]}
    if would:  # an ended call judged as if applied in time: its own dates are not the person's fault
        failed = [f for f in decision.get("failed") or [] if not is_deadline_failure(f)]
        failed += [f for f in early if f not in failed]
        if failed:
            return "\n".join([t(lang, "closed_would_fail"), *[f"✗ {f.get('explanation')}" for f in failed]])
        passed = [p for p in decision.get("passed") or [] if not is_deadline_failure(p)]
        held = [f"✓ {p.get('explanation')}" for p in passed[:INTERIM_MAX_PASSED]]
        return "\n".join([t(lang, "closed_would_hold"), *held]) if held else None
    if decision.get("failed"):
        lines = [t(lang, "interim_not_eligible", call=title), *failed_lines(decision, lang)]
        if only_deadlines_failed(decision) and decision.get("passed"):
            # Only the date is against them (both calls' deadlines may have passed): say what else holds.
            lines.append(t(lang, "apart_from_deadline"))
            lines += [f"✓ {p.get('explanation')}" for p in decision["passed"][:INTERIM_MAX_PASSED]]
        lines.append(t(lang, "interim_check_rest"))
    elif decision.get("passed"):
        # The calendar checks say nothing yet ("applying today is within the deadline"): the rest does.
        passed = [p for p in decision["passed"] if not is_deadline_failure(p)]
        if not passed:
            return None
        lines = [t(lang, "interim_so_far")]
        lines += [f"✓ {p.get('explanation')}" for p in passed[:INTERIM_MAX_PASSED]]
    else:
        return None
    return "\n".join(lines)
