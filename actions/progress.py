"""What a message with several facts already decides before the next question (interim status), and, for an
ended call, what its rules would have said about those facts (said once, with the closed notice)."""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

from rasa_sdk import Tracker

from actions.i18n import t
from actions.profile import core, duration_failures, evaluate, shared_failures

logger = logging.getLogger(__name__)


def facts_in(tracker: Tracker) -> list[dict[str, Any]]:
    return [e for e in tracker.latest_message.get("entities") or [] if isinstance(e, dict)]


INTERIM_MIN_FACTS = 2
INTERIM_MAX_PASSED = 3


def interim_status(tracker: Tracker, lang: str, decision: dict[str, Any] | None = None,
                   would: bool = False, min_facts: int = 2,
                   profile: dict[str, Any] | None = None) -> str | None:
    """After a message with several facts, what can already be said before the next question: a rule
    that already fails (the verdict cannot become 'eligible'), or what holds so far. Said once per
    message, so a plain answer to a question gets no repeated summary. `profile`: the one the decision
    judged when it is not the tracker's (an ended call's case as if applied in time: flow.judged_profile)."""
    if len(facts_in(tracker)) < min(min_facts, INTERIM_MIN_FACTS) or not tracker.get_slot("call"):
        return None
    try:
        decision = decision or evaluate(tracker, lang)
    except Exception as err:  # an invalid profile is reported by the answer; the question still comes
        logger.debug("no interim status: %s", err)
        return None
    from actions.answer import call_title, failed_lines, is_deadline_check, only_deadlines_failed

    title = call_title(decision.get("call"), lang)
    early = duration_failures(tracker, lang)
    said = {str(f.get("explanation")) for f in decision.get("failed") or []}
    early += [f for f in shared_failures(tracker, lang, profile) if str(f.get("explanation")) not in said]
    if early:  # a length stated without dates already breaks the call's limits
        decision = {**decision, "failed": [*(decision.get("failed") or []), *early]}
    if would:  # an ended call judged as if applied in time: its own dates are not the person's fault
        failed = [f for f in decision.get("failed") or [] if not is_deadline_check(f)]
        # The role-free checks (shared_failures) were made on today's date: their calendar checks go too.
        failed += [f for f in early if f not in failed and not is_deadline_check(f)]
        if failed:
            return "\n".join([t(lang, "closed_would_fail"), *[f"✗ {f.get('explanation')}" for f in failed]])
        passed = [p for p in decided(tracker, decision) if not is_deadline_check(p)]
        from actions.pastrole import past_role

        # (the role's "you may apply" as "you could have applied": the call has ended, round 52)
        held = [f"✓ {past_role(p, lang)}" for p in passed[:INTERIM_MAX_PASSED]]
        return "\n".join([t(lang, "closed_would_hold"), *held]) if held else None
    if decision.get("failed"):
        lines = [t(lang, "interim_not_eligible", call=title), *failed_lines(decision, lang)]
        if only_deadlines_failed(decision) and decided(tracker, decision):
            # Only the date is against them (both calls' deadlines may have passed): say what else holds.
            lines.append(t(lang, "apart_from_deadline"))
            lines += [f"✓ {p.get('explanation')}" for p in decided(tracker, decision)[:INTERIM_MAX_PASSED]]
        from actions.activityalt import alternative_lines

        lines += alternative_lines(decision, lang)  # a conference: why not, and what would work
        lines.append(t(lang, "interim_check_rest"))
    elif decision.get("passed"):
        # The calendar checks say nothing yet ("applying today is within the deadline"): the rest does.
        passed = [p for p in decided(tracker, decision) if not is_deadline_check(p)]
        if not passed:
            return None
        country = nationality_decides(tracker, decision)
        lines = [t(lang, "interim_so_far_open" if country else "interim_so_far")]
        lines += [f"✓ {p.get('explanation')}" for p in passed[:INTERIM_MAX_PASSED]]
        if country:  # "looks possible" for Nairobi, then "not eligible" for a Kenyan (round 59)
            from actions import i18n

            line = t(lang, "interim_nationality_decides", country=i18n.country(country, lang))
            if not said_before(tracker, lang, line):  # word for word twice in three replies (round 60)
                lines.append(line)
    else:
        return None
    return "\n".join(lines)


def decided(tracker: Tracker, decision: dict[str, Any]) -> list[dict[str, Any]]:
    """The passed checks that settle their fact: none about a fact another check of it still waits on ("✓
    Austria is an eligible destination" while the nationality, which the destination is also checked
    against, is unknown: then "✗ Austria is your citizenship, which is not an eligible destination"), and
    none that says nothing worth telling (telling)."""
    passed = telling(tracker, list(decision.get("passed") or []), decision.get("call"))
    missing = set(decision.get("missing") or [])
    if not missing or not passed or not decision.get("call"):
        return passed
    from rules_core.kinds import JUDGES, READS

    role, activity = tracker.get_slot("role"), tracker.get_slot("activity")
    judged, waiting = {}, set()
    for rule in core().get_call(str(decision["call"])).rules:
        scope = rule.applies_to
        if role and scope.roles and role not in scope.roles \
                or activity and scope.activities and activity not in scope.activities:
            continue
        judged[rule.id] = JUDGES.get(rule.kind, rule.kind)
        if {*rule.fields, *READS.get(rule.kind, ())} & missing:
            waiting.add(judged[rule.id])
    return [p for p in passed if judged.get(str(p.get("rule"))) not in waiting]


def nationality_decides(tracker: Tracker, decision: dict[str, Any]) -> str | None:
    """The destination, when a rule of the call that refuses a country of one's citizenship applies to this
    role and activity and the nationality is still unknown: the plan cannot be said to "look possible" yet."""
    destination = tracker.get_slot("destination")
    if not destination or "citizenship" not in set(decision.get("missing") or []) or not decision.get("call"):
        return None
    role, activity = tracker.get_slot("role"), tracker.get_slot("activity")
    for rule in core().get_call(str(decision["call"])).rules:
        scope = rule.applies_to
        if role and scope.roles and role not in scope.roles \
                or activity and scope.activities and activity not in scope.activities:
            continue
        if rule.kind == "destination_not_citizenship":
            return str(destination)
    return None


NEAR_START_DAYS = 92  # about three months: a start this close to the call's earliest one is worth confirming


def telling(tracker: Tracker, passed: list[dict[str, Any]], call_id: Any) -> list[dict[str, Any]]:
    """The passed checks worth saying in a verdict: "✓ Your start on 14 April 2026 is on or after 1 September
    2024, the earliest start this call allows" is noise for a start long after that day (round 55); it stays
    when the start is near it, and among all the checks ("show all checks" reads the decision itself)."""
    start = tracker.get_slot("start_date")
    kinds = {p.get("kind") for p in passed}
    if not call_id or not isinstance(start, str) or "start_not_before" not in kinds:
        return passed
    from rules_core.loader import compiled

    try:
        day = date.fromisoformat(start[:10])
        rules = {r.id: r for r in compiled(str(call_id)).rules}
    except Exception:  # an unreadable date or an unknown call: everything is said, as before
        return passed

    def far(check: dict[str, Any]) -> bool:
        rule = rules.get(str(check.get("rule")))
        if check.get("kind") != "start_not_before" or rule is None:
            return False
        limit = (rule.params_on(day) if rule.dated else rule.params).get("date")
        return isinstance(limit, date) and (day - limit).days > NEAR_START_DAYS
    return [p for p in passed if not far(p)]


def said_before(tracker: Tracker, lang: str, line: str) -> bool:
    """Whether a reply earlier in the conversation said this line, in the person's register."""
    from actions.phrases import in_register

    said = [str(e.get("text") or "") for e in [*(tracker.events or []), tracker.latest_message]
            if e.get("event", "user") == "user"]
    rendered = [{"text": line}]
    in_register(lang, said, rendered)
    shown = {part.strip() for e in tracker.events or [] if e.get("event") == "bot"
             for part in str(e.get("text") or "").splitlines()}
    return line.strip() in shown or str(rendered[0]["text"]).strip() in shown
