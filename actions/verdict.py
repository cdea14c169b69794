"""The answer once the facts decide: the outcome, the apply-by date and the next step first; then the
conditions, reasons, grant and notes. "Show all checks" adds every rule that holds. Every rule statement comes
from the rules core's decision."""
from __future__ import annotations

import hashlib
import re
from typing import Any

from actions import i18n
from actions.answer import call_title, deadline_lines, failed_lines, grant_lines, only_deadlines_failed
from actions.contactonce import contact_wanted, outcome_key
from actions.i18n import t


def outcome_lines(decision: dict[str, Any], lang: str, unknown: list[str],
                  depends: list[str] | None = None, would: bool = False) -> list[str]:
    """The outcome; an undecided one says what the facts it waits for decide (`depends`, actions/flow.py).
    `would`: an ended call judged as if applied in time, "you would have been eligible", without the ✅ of a
    verdict that holds now (round 50: "✅ ... kom je in aanmerking" was read as eligible for 2027)."""
    title = call_title(decision.get("call"), lang)
    verdict = decision.get("verdict") or "incomplete"
    conditions = decision.get("conditions") or []
    if verdict == "eligible":
        key = "verdict_eligible_provided" if conditions else "verdict_eligible"
        key += "_one" if len(conditions) == 1 else ""  # "on this condition:" (round 50)
        if decision.get("conditions_said"):  # each condition said above in this reply (actions/saidabove.py)
            key = "verdict_eligible_said_above"
        lines = [t(lang, key + ("_would" if would else ""), call=title)]
        lines += [f"• {c.get('explanation')}" for c in conditions]
        return lines
    if verdict == "not_eligible":
        from actions.activityalt import alternative_lines

        return [t(lang, "verdict_not_eligible", call=title),
                *[f"✗ {f.get('explanation')}" for f in decision.get("failed") or []],
                *alternative_lines(decision, lang), *filter(None, [decision.get("other_fit")])]
    missing = list(dict.fromkeys([*(decision.get("missing") or []), *unknown]))
    names = ", ".join(i18n.label(lang, "fields", m) for m in missing) or "-"
    lines = [t(lang, "verdict_undecided", call=title, fields=names), *(depends or [])]
    lines += [f"• {c.get('explanation')}" for c in conditions]
    return lines


def deadline_answer(decision: dict[str, Any], lang: str, hypothetical: bool = False,
                    month: list[str] | None = None) -> list[str]:
    """The dates: apply by (or the call's deadline), the end of the mobility, how the apply-by date is set;
    for an ended call judged as if applied in time, the date one would have had to apply by. `month`: the
    date to apply by for a departure at the start of the month said (actions/monthstart.py), instead of the
    call's deadline and "tell me your departure date"."""
    deadlines = decision.get("deadlines") or {}
    if hypothetical:
        lines = [t(lang, "deadline_would_have", date=i18n.fmt_date(deadlines["apply_by"], lang))] \
            if deadlines.get("apply_by") else []
        return [*lines, f"ℹ {deadlines['note']}"] if deadlines.get("note") else lines
    if month and not deadlines.get("apply_by"):
        end_by = deadlines.get("mobility_end_by")
        lines = [*month, *([t(lang, "deadline_end_by", date=i18n.fmt_date(end_by, lang))] if end_by else [])]
        return [*lines, f"ℹ {deadlines['note']}"] if deadlines.get("note") else lines
    lines = deadline_lines(decision, lang) or [t(lang, "deadline_none")]
    if deadlines.get("note"):
        from actions.shortdeadline import without_repeated_end

        lines = [*without_repeated_end(lines, deadlines, lang), f"ℹ {deadlines['note']}"]
    if not deadlines.get("apply_by") and deadlines.get("application_deadline"):
        lines.append(t(lang, "deadline_personal_hint"))
    return lines


def contact_lines(call_id: str | None, role: str | None, lang: str, key: str = "next_step") -> list[str]:
    """The first contact for this call and role: the people named for the role (even without an address, such
    as "your departmental educational coordinator"), then the address applications go to."""
    parts = [describe_in(c, lang) for c in role_contacts(call_id, role)[:2]]
    return [t(lang, key, contacts="; ".join(parts))] if parts else []


def role_contacts(call_id: str | None, role: str | None) -> list[Any]:
    """The call's contacts for this role, then those for everyone with an address (any one if none)."""
    from actions.profile import core

    if not call_id:
        return []
    try:
        contacts = list(core().get_call(call_id).contacts)
    except Exception:  # a call file problem: no contact line rather than a crash
        return []
    mine = [c for c in contacts if role and role in (c.audience or [])]
    general = [c for c in contacts if not c.audience and c.email]
    if not mine and not general:
        general = [c for c in contacts if c.email][:1]
    return [*mine, *general]


def role_in_sentence(contact: Any, lang: str) -> str:
    """A contact named by its role inside a sentence ("your departmental educational coordinator or
    supervisor"), without the call's remark in brackets on what it is for."""
    said = re.sub(r"\s*\([^)]*\)\s*$", "", (contact.role_text or {}).get(lang) or contact.role or "")
    return said[:1].lower() + said[1:]


def describe_in(contact: Any, lang: str) -> str:
    role = (contact.role_text or {}).get(lang) or contact.role
    bits = [b for b in (contact.name, contact.email, contact.phone) if b]
    return f"{role}: {', '.join(bits)}" if bits else str(role)


def call_notes(decision: dict[str, Any]) -> list[str]:
    """The call's notes for this profile (priorities, first come first served), without the assumptions."""
    assumed = set(decision.get("assumptions") or [])
    return [n for n in decision.get("notes") or [] if n not in assumed]


def all_checks_lines(decision: dict[str, Any], lang: str, today: Any = None) -> list[str]:
    """"Show all checks": every rule that failed or holds, each with its source; conditions; assumptions.
    `today` is the date the checks take as the day of applying, said as today (none for an ended call)."""
    lines = [t(lang, "all_checks_title", call=call_title(decision.get("call"), lang))]
    if today:  # "Applying on 1 October 2025 is ...": that date is today's, say so
        lines.append(t(lang, "all_checks_today", date=i18n.fmt_date(today, lang)))
    lines += failed_lines(decision, lang)
    call_id = decision.get("call")
    lines += [f"✓ {p.get('explanation')} ({t(lang, 'source')}: {i18n.source(call_id, p.get('source'), lang)})"
              for p in shown_passed(decision)]
    lines += [f"• {c.get('explanation')} ({t(lang, 'source')}: {i18n.source(call_id, c.get('source'), lang)})"
              for c in decision.get("conditions") or []]
    lines += [f"ℹ {n}" for n in decision.get("assumptions") or []]
    return lines


def shown_passed(decision: dict[str, Any]) -> list[dict[str, Any]]:
    """The checks that hold, as "Show all checks" lists them: none about the destination when a rule rules the
    destination out (round 58: "✓ Destinazione fuori dal paese dell'istituto di invio: Italia." and "✓ Paese
    coperto dal bando: Italia" right under "✗ Destinazione non ammessa: Italia è un paese di cui hai la
    cittadinanza" read as a contradiction)."""
    from rules_core.kinds import JUDGES

    passed = list(decision.get("passed") or [])
    if any(JUDGES.get(str(f.get("kind"))) == "destination" for f in decision.get("failed") or []):
        passed = [p for p in passed if JUDGES.get(str(p.get("kind"))) != "destination"]
    return passed


def render_verdict(decision: dict[str, Any], goal: str | None, lang: str, role: str | None,
                   unknown: list[str], changed: str | None, all_checks: bool = False,
                   again: bool = False, hypothetical: bool = False, start: str | None = None,
                   notes: bool | list[str] = True,
                   told: dict[str, str] | None = None,
                   month: list[str] | None = None,
                   contact_shown: bool = False, outcome: bool = True,
                   depends: list[str] | None = None,
                   brief_amount: list[str] | None = None) -> tuple[str, dict[str, str]]:
    """The answer's text, and a fingerprint of each block said (dates, contact, grant). `told` holds the
    fingerprints of the answer given before in this conversation: a block said then, word for word, comes
    back as one short line (people complained of the same dates, contact and amount over and over). `notes`:
    the call's notes to say (all when True; a list: those not said before, actions/shown.py).
    `contact_shown`: an earlier reply said the contacts; then they come again only with a changed outcome
    (actions/contactonce.py). `outcome`: False when the outcome was said another way (a what-if's "No: in that
    case ..."): no "Based on what you told me" lines. `depends`: what the unknown facts decide.
    `brief_amount`: the amount in a line or two, said instead of a whole block other than the one told when a
    block was shown earlier in the conversation (actions/shortamount.py)."""
    if all_checks:
        from actions.profile import today

        checks = all_checks_lines(decision, lang, None if hypothetical else today())
        return "\n".join(checks), dict(told or {})
    told = told or {}
    said: dict[str, str] = {}
    lines: list[str] = [changed] if changed else []
    grant = grant_lines(decision, lang)
    verdict = decision.get("verdict")
    ruled_out = verdict == "not_eligible" and not only_deadlines_failed(decision)
    if goal == "grant" and not ruled_out:  # no amount before "not eligible" (round 19: €3,737, then ❌)
        # the same amount said word for word before comes back in one line (round 24: four times in full)
        lines += _once(grant, grant_short_lines(decision, lang), "grant", told, said, brief_amount) if grant \
            else [t(lang, "grant_none")]
    if goal == "deadline" and not hypothetical:  # an ended call's date is said as "you would have had to"
        lines += deadline_answer(decision, lang, month=month)
    note = (decision.get("deadlines") or {}).get("note")
    if goal == "deadline" and hypothetical and note:
        lines.append(f"ℹ {note}")  # how its dates were set ("apply at least two months before departure")
    # (an ended call's amount asked, its case not yet decided: the amount, not what it still depends on and
    # a question for it, round 60)
    with_outcome = goal != "deadline" and not (goal == "grant" and hypothetical) \
        or decision.get("verdict") != "incomplete"
    if with_outcome and outcome:
        lines += outcome_lines(decision, lang, unknown, depends, would=hypothetical)
    elif with_outcome and verdict != "not_eligible":  # what the case's "provided ... below are met" points to
        # (a case ruled out gets its reasons only: conditions under "No" read as a way in, round 51)
        lines += [f"• {c.get('explanation')}" for c in decision.get("conditions") or []]
    dated = not ruled_out
    if goal != "deadline" and not hypothetical and dated:
        # a date to apply by means nothing when a rule rules it out
        dates = deadline_lines(decision, lang, start)
        lines += _once(dates, dates[:1], "dates", told, said)
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    if hypothetical and dated and apply_by:
        lines.append(t(lang, "deadline_would_have", date=i18n.fmt_date(apply_by, lang)))
    call_id = decision.get("call")
    contact = contact_lines(call_id, role, lang)
    outcome = outcome_key(decision) if with_outcome else None
    if contact and contact_wanted(contact_shown, told, block_key(contact), outcome):
        lines += _once(contact, short_contact_lines(call_id, role, lang), "contact", told, said)
        if outcome is not None:
            said["contact_for"] = outcome  # the outcome the contact was said with: not again until it changes
    if again:
        return "\n".join(lines), {**told, **said}
    if goal not in ("grant", "deadline") and verdict != "not_eligible":
        # (a question about when to apply got the whole grant block after the dates: not asked)
        lines += _once(grant, grant_short_lines(decision, lang), "grant", told, said, brief_amount)
    if notes and dated:  # priorities and "first come, first served" mean nothing to someone ruled out
        lines += [f"ℹ {n}" for n in (call_notes(decision) if notes is True else notes)]
    return "\n".join(lines), {**told, **said}


def _once(full: list[str], short: list[str], block: str, told: dict[str, str],
          said: dict[str, str], brief: list[str] | None = None) -> list[str]:
    """The block in full the first time (its fingerprint noted in `said`), its short form when the same
    words were said before; `brief`, when given, instead of another block in full."""
    if not full:
        return []
    key = block_key(full)
    said[block] = key
    return short if told.get(block) == key else brief or full


def block_key(lines: list[str]) -> str:
    """The fingerprint of a block of lines, to tell whether the same words were said before."""
    return hashlib.sha1("\n".join(lines).encode()).hexdigest()[:12]


def short_contact_lines(call_id: str | None, role: str | None, lang: str) -> list[str]:
    """The contact said again in a few words: the person's name and address, or the role, or the address."""
    names = short_contacts(call_id, role, lang)
    return [t(lang, "next_step_same", contacts=names)] if names else []


def short_contacts(call_id: str | None, role: str | None, lang: str, in_sentence: bool = False) -> str:
    """The contacts in a few words; `in_sentence`: said inside a sentence, where a role ("Your departmental
    coordinator") starts small but a person's name keeps its capital."""
    parts = []
    for contact in role_contacts(call_id, role)[:2]:
        role_words = ((contact.role_text or {}).get(lang) or contact.role).split(" (")[0]
        if in_sentence and role_words[1:2].islower():
            role_words = role_words[:1].lower() + role_words[1:]
        if contact.name:
            parts.append(f"{contact.name} ({contact.email})" if contact.email else contact.name)
        else:
            parts.append(contact.email or role_words)
    return "; ".join(parts)


def grant_short_lines(decision: dict[str, Any], lang: str) -> list[str]:
    grant = decision.get("grant") or {}
    total = grant.get("total_eur")
    if total is None and grant.get("travel_eur"):
        return [t(lang, "grant_same_travel", amount=i18n.fmt_eur(grant["travel_eur"], lang))]
    if total is None:
        return [t(lang, "grant_same_unknown")]
    return [t(lang, "grant_same", amount=i18n.fmt_eur(total, lang))]


def verdict_buttons(lang: str, all_checks: bool) -> list[dict[str, str]]:
    buttons = [{"title": t(lang, "button_contact"), "payload": "/ask_contact"}]
    if not all_checks:
        buttons.insert(0, {"title": t(lang, "button_all_checks"), "payload": "/show_checks"})
    return buttons
