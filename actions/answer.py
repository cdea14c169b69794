"""action_answer: the reply once the form has what it needs: verdict, reasons, grant, deadlines, contact, and
what changed since the previous answer. Every rule statement comes from the rules core's decision."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.profile import PROFILE_SLOTS, skipped

logger = logging.getLogger(__name__)

# The rule kinds that are about the calendar of applying (the rules core says which kind each failure is).
DEADLINE_KINDS = frozenset(("application_deadline", "apply_before_departure", "end_not_after"))
MAX_PASSED = 8


def is_deadline_failure(failure: dict[str, Any]) -> bool:
    return failure.get("kind") in DEADLINE_KINDS


def grant_lines(decision: dict[str, Any], lang: str) -> list[str]:
    grant = decision.get("grant") or {}
    total = grant.get("total_eur")
    if total is None and grant.get("indicative_total_eur") is not None:
        total = grant["indicative_total_eur"]
        grant = {**grant, "indicative": True}
    if total is None:
        basis = grant.get("basis")
        return [t(lang, "grant_unknown", basis=basis or "-")] if basis or grant else []
    lines = [t(lang, "grant_total", amount=i18n.fmt_eur(total, lang), days=grant.get("days") or "?")]
    for part in grant.get("breakdown") or []:
        lines.append(f"  - {part.get('label')}: {i18n.fmt_eur(part.get('amount_eur'), lang)}")
    confidence = grant.get("confidence")
    if confidence and confidence != "high" or grant.get("indicative"):
        shown = i18n.label(lang, "confidence", confidence or "low")
        lines.append(t(lang, "grant_indicative", confidence=shown))
    for note in grant.get("notes") or []:
        lines.append(f"  ({note})")
    return lines


def deadline_lines(decision: dict[str, Any], lang: str) -> list[str]:
    d = decision.get("deadlines") or {}
    lines = []
    if d.get("apply_by"):
        lines.append(t(lang, "deadline_apply_by", date=i18n.fmt_date(d["apply_by"], lang)))
    elif d.get("application_deadline"):
        lines.append(t(lang, "deadline_application", date=i18n.fmt_date(d["application_deadline"], lang)))
    if d.get("mobility_end_by"):
        lines.append(t(lang, "deadline_end_by", date=i18n.fmt_date(d["mobility_end_by"], lang)))
    return lines


def contact_line(call_id: str | None, role: str | None, lang: str) -> str | None:
    from actions.contact import best_contact, describe

    contact = best_contact(call_id, role) if call_id else None
    return t(lang, "answer_contact", contact=describe(contact, lang)) if contact else None


def verdict_line(decision: dict[str, Any], lang: str, title: str) -> str:
    return t(lang, f"verdict_{decision.get('verdict', 'incomplete')}", call=title)


def failed_lines(decision: dict[str, Any], lang: str) -> list[str]:
    failed = decision.get("failed") or []
    return [f"✗ {f.get('explanation')} ({t(lang, 'source')}: {f.get('source')})" for f in failed]


def only_deadlines_failed(decision: dict[str, Any]) -> bool:
    failed = decision.get("failed") or []
    return bool(failed) and all(is_deadline_failure(f) for f in failed)


def passed_lines(decision: dict[str, Any], lang: str) -> list[str]:
    passed = decision.get("passed") or []
    if not passed:
        return []
    # Both calls' deadlines may have passed: still say what else holds, as a colleague would.
    header = "apart_from_deadline" if only_deadlines_failed(decision) else "what_holds"
    shown = [f"✓ {p.get('explanation')}" for p in passed[:MAX_PASSED]]
    more = len(passed) - MAX_PASSED
    if more > 0:
        shown.append(t(lang, "and_more", n=more))
    return [t(lang, header), *shown]


def missing_line(decision: dict[str, Any], tracker: Tracker, lang: str) -> str | None:
    # Skipped fields the user answered later are no longer missing.
    still_skipped = [f for f in skipped(tracker) if tracker.get_slot(f) in (None, [])]
    missing = list(dict.fromkeys([*(decision.get("missing") or []), *still_skipped]))
    if not missing:
        return None
    names = ", ".join(i18n.label(lang, "fields", m) for m in missing)
    return t(lang, "not_checked", fields=names)


def show_value(field: str, value: Any, lang: str) -> str:
    if value is None or value == []:
        return "—"
    if field in ("destination", "country_of_origin"):
        return i18n.country(value, lang)
    if field == "citizenship":
        return ", ".join(i18n.country(v, lang) for v in value)
    if field in ("start_date", "end_date", "graduation_date"):
        return i18n.fmt_date(value, lang)
    if field in ("role", "activity", "receiving_org"):
        group = {"role": "roles", "activity": "activities", "receiving_org": "orgs"}[field]
        return i18n.label(lang, group, value)
    if isinstance(value, bool):
        return t(lang, "button_yes" if value else "button_no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # "4 months", not "4.0"
    return str(value)


def facts_line(previous: Any, tracker: Tracker, lang: str) -> str | None:
    """The facts that changed since the previous answer ("destination: Portugal → Spain")."""
    before = previous.get("profile") if isinstance(previous, dict) else None
    if not isinstance(before, dict):
        return None
    now = current_profile(tracker)
    changed = [f for f in PROFILE_SLOTS if f != "call" and before.get(f) != now.get(f)]
    if not changed:
        return None
    parts = [f"{i18n.label(lang, 'fields', f)}: {show_value(f, before.get(f), lang)} → "
             f"{show_value(f, now.get(f), lang)}" for f in changed]
    return t(lang, "changed_facts", facts="; ".join(parts))


def current_profile(tracker: Tracker) -> dict[str, Any]:
    return {f: tracker.get_slot(f) for f in PROFILE_SLOTS if tracker.get_slot(f) not in (None, [])}


def change_line(previous: Any, decision: dict[str, Any], lang: str) -> str | None:
    """What changed against the previous answer (same call only): verdict and amount."""
    if not isinstance(previous, dict) or previous.get("call") != decision.get("call"):
        return None
    old_v, new_v = previous.get("verdict"), decision.get("verdict")
    old_a, new_a = previous.get("total_eur"), (decision.get("grant") or {}).get("total_eur")
    parts = []
    if old_v != new_v:
        parts.append(t(lang, "changed_verdict", old=i18n.label(lang, "verdicts", old_v),
                       new=i18n.label(lang, "verdicts", new_v)))
    if old_a != new_a:
        parts.append(t(lang, "changed_amount", old=i18n.fmt_eur(old_a, lang), new=i18n.fmt_eur(new_a, lang)))
    if not parts:
        return t(lang, "changed_nothing")
    return " ".join(parts)


def compact(decision: dict[str, Any], tracker: Tracker) -> dict[str, Any]:
    """What `last_decision` keeps: enough to say what changed (the facts and the outcome), nothing more."""
    return {"call": decision.get("call"), "verdict": decision.get("verdict"),
            "profile": current_profile(tracker),
            "total_eur": (decision.get("grant") or {}).get("total_eur"),
            "failed": [f.get("rule") for f in decision.get("failed") or []]}


def call_title(call_id: str | None, lang: str) -> str:
    return call_name(call_id, lang) if call_id else "?"


def render(decision: dict[str, Any], tracker: Tracker, goal: str | None, lang: str) -> str:
    title = call_title(decision.get("call") or tracker.get_slot("call"), lang)
    lines: list[str] = []
    previous = tracker.get_slot("last_decision")
    change = change_line(previous, decision, lang)
    if change:
        facts = facts_line(previous, tracker, lang)
        lines += [facts, change] if facts else [change]
    if goal == "grant":
        lines += grant_lines(decision, lang) or [t(lang, "grant_none")]
        lines.append(verdict_line(decision, lang, title))
        lines += failed_lines(decision, lang)
    elif goal == "deadline":
        lines += deadline_lines(decision, lang) or [t(lang, "deadline_none")]
        deadlines = decision.get("deadlines") or {}
        if deadlines.get("note"):
            lines.append(f"ℹ {deadlines['note']}")
        if not deadlines.get("apply_by") and deadlines.get("application_deadline"):
            lines.append(t(lang, "deadline_personal_hint"))
        lines += [f for f in failed_lines(decision, lang)]
    else:
        lines.append(verdict_line(decision, lang, title))
        lines += failed_lines(decision, lang)
        lines += passed_lines(decision, lang)
        lines += grant_lines(decision, lang)
        lines += deadline_lines(decision, lang)
    missing = missing_line(decision, tracker, lang)
    if missing:
        lines.append(missing)
    for note in (decision.get("notes") or [])[:3]:
        lines.append(f"ℹ {note}")
    contact = contact_line(decision.get("call") or tracker.get_slot("call"), tracker.get_slot("role"), lang)
    if contact:
        lines.append(contact)
    return "\n".join(lines)


