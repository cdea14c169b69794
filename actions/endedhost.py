"""What an ended call required of the host ("et la fac d'accueil à Lyon, elle devait remplir des conditions
particulières ?", "did the host university have to hold an ECHE?"), asked once the call's end was told.

Round 45 (an ITM PhD student, a 12-day stay in Lyon in March 2027, both calls ended) got the closed-call block
again with the offer to say what would have applied, then, asking again with "genre une charte erasmus ?", the
contact block and an e-mail summary. What the call required of the host is in its rules: the rules core judges
the person's case on days inside the call's period, and the host conditions it gives (the ECHE, an
inter-institutional agreement, a kind of host excluded) are said as the ended call's rules, with their source.
Without the facts for that (no role yet), the call's own text on receiving organisations answers."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import QUESTION_RX, has
from actions.turn import Turn

logger = logging.getLogger(__name__)

HOST_FIELDS = ("receiving_org_has_eche", "interinstitutional_agreement")
HOST_KINDS = ("receiving_org_allowed", "receiving_org_excluded", "eche_required", "agreement_required")
TOPIC = "receiving_org_types"


def asks_host_needs(turn: Turn) -> bool:
    text = turn.text
    asks = "?" in text or QUESTION_RX.search(text.strip()) is not None or has("indirect_question", text)
    return asks and has("host_requirement_question", text)


def ended_host_answer(turn: Turn, changed: str | None) -> bool:
    """Of an ended call whose end was told: what it required of the person's host, said as its rules; False
    for any other message or call (an open call's conditions are answered in context)."""
    from actions.calls import status_of
    from actions.later import closed_was_told

    call_id = turn.get("call")
    if not call_id or not asks_host_needs(turn):
        return False
    status = status_of(str(call_id))
    told = closed_was_told(turn, str(call_id)) or turn.get("hypothetical")
    if status.get("status") != "closed" or not told:
        return False
    lang = turn.lang
    body = case_host_lines(turn, status) or _topic_lines(turn, str(call_id))
    if not body:
        return False
    header = t(lang, "old_call_rules", call=call_name(str(call_id), lang))
    turn.say("\n".join(line for line in (changed, header, *body) if line))
    turn.set("asked", None)
    turn.answered = True
    return True


def in_period(turn: Turn, status: dict[str, Any]) -> tuple[str, str | None]:
    """The case's days inside the ended call's period: its own when they are inside, else the same days the
    fewest whole years earlier (actions/later.py shifted), else the period's first day."""
    from actions.later import shifted

    first, last = status.get("mobility_from"), str(status["mobility_to"])
    start = turn.get("start_date") or (f"{turn.get('start_month')}-01" if turn.get("start_month") else None)
    end = turn.get("end_date") if turn.get("start_date") else None
    if start and (not first or str(start) >= str(first)) and str(end or start) <= last:
        return str(start), end
    moved = shifted(str(start), end, first, last) if start else None
    return (moved[0], moved[1]) if moved else (str(first or last), None)


def case_host_lines(turn: Turn, status: dict[str, Any]) -> list[str]:
    """The host conditions and checks the rules core gives for the case (each kind of mobility open to the
    role when it is not known), each with its source; [] without them."""
    from actions.askabout import evaluate_with
    from actions.eligibility import activities_for

    call_id, role, lang = str(status["call"]), turn.get("role"), turn.lang
    if not role:
        return []
    activities = [turn.get("activity")] if turn.get("activity") else activities_for(call_id, role)
    host = turn.get("receiving_org") or ("hei" if has("host_is_university", turn.text) else None)
    start, end = in_period(turn, status)
    lines: list[str] = []
    for activity in activities:
        try:
            decision = evaluate_with(turn, start_date=start, end_date=end, activity=activity,
                                     receiving_org=host, hypothetical=True)
        except Exception as err:  # an incomplete or invalid profile: the call's text answers instead
            logger.debug("no host rules: %s", type(err).__name__)
            continue
        found = [c for c in decision.get("conditions") or [] if c.get("field") in HOST_FIELDS]
        found += [c for c in decision.get("failed") or [] if c.get("kind") in HOST_KINDS]
        for item in found:
            line = f"- {item.get('explanation')} ({t(lang, 'source')}: " \
                   f"{i18n.source(call_id, item.get('source'), lang)})"
            if line not in lines:
                lines.append(line)
    return lines


def _topic_lines(turn: Turn, call_id: str) -> list[str]:
    """The call's text on receiving organisations (the part for the person's role where it has one)."""
    from actions.faq import topic_texts, topics_of

    found = topics_of(call_id, (TOPIC,), turn.get("role"))
    text = topic_texts(call_id, found, turn.lang) if found else ""
    return [text] if text else []
