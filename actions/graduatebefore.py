"""Round 61 (r61-k3), an ITM MSc graduate (15 September 2025) asking about a traineeship at Charité Berlin,
January to April 2026, in a call open to staff, MSc and PhD students only:

- "what if I had applied before graduating? I graduated on 15 September 2025" got the credit-transfer and
  grading topics; "if I had sent my application while I was still an MSc student, before 15 September, could
  the traineeship then happen after graduation?" got a case with "start date: 15 September 2025". Now: the
  call's who-can-apply rule (the rules core's, with its section), that it has no traineeship for recent
  graduates, and that whether an application made while enrolled could fund a stay after the graduation is
  not said: the call's address for applications and questions. "before 15 September" is no start date.
- "is there anything else ITM offers me? like a scholarship or another programme for alumni?" got how a
  scholarship lowers the priority: now the call page's study grants (its topic `dgd_scholarships`, section
  "Allocations d'études"), and that the call says nothing about alumni programmes, with whom to ask.

Tried early in actions/dialogue.respond, as round 60's answers are."""
from __future__ import annotations

import re
from typing import Any

from actions.askabout import evaluate_with, is_question, sourced
from actions.contact import best_contact
from actions.i18n import t
from actions.phrases import has, in_sentence
from actions.profile import core
from actions.turn import Turn

ROLE = "recent_graduate"
STUDY_GRANTS = "dgd_scholarships"  # the call page's "Allocations d'études"
# "before 15 September", "avant le 15 septembre", "vóór 15 september", "prima del 15 settembre": a limit of
# the application, not the stay's start.
BEFORE_RX = re.compile(r"\b(before|by|avant( le)?|vóór|voor|prima del|prima dell['’]|entro il)\s*$", re.I)


def round61_answers(turn: Turn, changed: str | None) -> bool:
    return applied_before_graduating(turn, changed) or other_offers(turn, changed)


def _asks_applied_before(turn: Turn) -> bool:
    return bool(turn.get("call")) and turn.get("role") == ROLE and not turn.is_payload \
        and has("applied_while_student", turn.text)


def drop_student_past(turn: Turn, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A graduate asking about an application made while still a student: that status and the date the
    application would have come before are no facts of the plan (round 61 judged "start date: 15
    September")."""
    if not _asks_applied_before(turn):
        return entities
    text = turn.text
    kept = []
    for e in entities:
        start = e.get("start")
        if e.get("entity") == "role":
            continue
        if e.get("entity") in ("start_date", "end_date") and isinstance(start, int) \
                and BEFORE_RX.search(text[:start]):
            continue
        kept.append(e)
    return kept


def _email(turn: Turn) -> str | None:
    contact = best_contact(str(turn.get("call")), turn.get("role"))
    return getattr(contact, "email", None) if contact is not None else None


def applied_before_graduating(turn: Turn, changed: str | None) -> bool:
    if not _asks_applied_before(turn) or not is_question(turn.text):
        return False
    call_id = str(turn.get("call"))
    try:
        rules = core().get_call(call_id).rules
        decision = evaluate_with(turn, role=ROLE)
    except Exception:  # an incomplete or invalid profile, a call file problem: the other answers are tried
        return False
    rule = next((r for r in rules if r.kind == "role_allowed"), None)
    failed = next((f for f in decision.get("failed") or [] if rule and f.get("rule") == rule.id), None)
    email = _email(turn)
    if failed is None or not email:
        return False
    lang = turn.lang
    explanation = str(failed.get("explanation"))
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    opening = t(lang, "graduate_applied_before", answer="\0", email=email).split("\0")[0]
    # Just said (this answer or the rule): the rule not again (round 61 had it five times).
    if any(explanation.lower() in text.lower() or opening in text for text in said[-1:]):
        reply = t(lang, "graduate_applied_before_again", email=email)
    else:
        answer = sourced("", in_sentence(explanation), call_id, rule.source, lang).strip()
        reply = t(lang, "graduate_applied_before", answer=answer, email=email)
    turn.say("\n".join(x for x in (changed, reply) if x))
    turn.answered = True
    return True


def other_offers(turn: Turn, changed: str | None) -> bool:
    call_id = turn.get("call")
    text = turn.text
    if not call_id or turn.is_payload or not is_question(text) or not has("other_offers", text) \
            or not has("alumni_or_scholarship", text):
        return False
    try:
        topic = core().get_call(str(call_id)).topics.get(STUDY_GRANTS)
    except Exception:  # a call file problem: the other answers are tried
        return False
    email = _email(turn)
    if topic is None or not email:
        return False
    from actions.calls import call_name

    lang = turn.lang
    lines = [changed, t(lang, "faq_intro", call=call_name(str(call_id), lang)),
             sourced("", topic.answer(lang), call_id, topic.source, lang).strip(),
             t(lang, "other_offers_alumni", email=email)]
    turn.say("\n".join(x for x in lines if x))
    turn.answered = True
    return True
