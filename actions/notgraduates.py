"""Recent graduates asked about where the call has no rule of theirs (ITM Antwerp): "is it ok that I'll have
graduated by then? I won't be a student anymore", "can recent graduates do it at all?", "I graduate end of
June, so July wouldn't work, right?". Round 37 repeated the verdict, then said "I can't find the answer",
although the call's "Who can apply?" settles it.

The answer is the rules core's: its role_allowed rule judged for a recent graduate ("No: a recent graduate
cannot apply to this call: it is open to ...", with its source), then the person's own plan against their
graduation date: the call's own rule on it when it has one (kind ends_by_graduation), else that the
mobility must take place while they are still a student, since only students may apply as students. The
dates are never compared here: that is the rules core's rule."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, sourced
from actions.i18n import t
from actions.phrases import in_sentence
from actions.profile import core
from actions.turn import Turn

ROLE = "recent_graduate"
GRADUATION_KIND = "ends_by_graduation"  # the rules core's kind for a mobility ending after the graduation


def not_among_roles(turn: Turn) -> bool:
    """The call's who-can-apply rule for a recent graduate, where it leaves them out; whether it answered."""
    call_id = str(turn.get("call"))
    try:
        rules = core().get_call(call_id).rules
    except Exception:  # a call file problem: the other answers are tried
        return False
    rule = next((r for r in rules if r.kind == "role_allowed"), None)
    if rule is None or ROLE in (rule.params or {}).get("roles", []):
        return False
    try:
        decision = evaluate_with(turn, role=ROLE)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    failed = next((f for f in decision.get("failed") or [] if f.get("rule") == rule.id), None)
    if failed is None:
        return False
    lang = turn.lang
    answer = sourced("", in_sentence(str(failed.get("explanation"))), call_id, rule.source, lang).strip()
    lines = [t(lang, "answer_no", answer=answer), *_own_plan(turn, rules)]
    from actions.calls import call_name, status_of

    if status_of(call_id)["status"] == "closed":  # the ended call's rule, as its rule
        lines.insert(0, t(lang, "old_call_rules", call=call_name(call_id, lang)))
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _own_plan(turn: Turn, rules: list[Any]) -> list[str]:
    """For a student with a graduation date: their mobility against it (the call's rule if it has one)."""
    role, graduation = turn.get("role"), _day(turn.get("graduation_date"))
    if role in (None, "staff", ROLE) or graduation is None:
        return []
    lang = turn.lang
    if any(r.kind == GRADUATION_KIND for r in rules):
        from actions.flow import evaluate

        try:
            decision = evaluate(turn)
        except Exception:  # an incomplete profile: the general line below
            decision = {}
        checks = [("✗", c) for c in decision.get("failed") or [] if c.get("kind") == GRADUATION_KIND]
        checks += [("✓", c) for c in decision.get("passed") or [] if c.get("kind") == GRADUATION_KIND]
        if checks:
            return [sourced(mark, c.get("explanation"), turn.get("call"), c.get("source"), lang)
                    for mark, c in checks]
    return [t(lang, "graduates_while_student", graduation=i18n.fmt_date(graduation, lang))]


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
