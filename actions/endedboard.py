"""An authorisation asked of an ended call once its end was told ("april-june is 3 months, do I need the
Scientific Board?", "under the old rules, would a 3 month stay need the Scientific Board ok, or just my
advisor?"): the rules core's answer for the case, judged on days inside the call's period, said as that
call's rules.

Round 46 (an IMT Lucca PhD student, a traineeship in Vienna April-June 2027, the Lucca call ended) got the
whole "Who can apply?" text, or the duration check ("your stay of 90 days is within the 2 months to 12 months
allowed"), while the same question in the case "what would have applied" got "Only your supervisor's
authorisation: the Scientific Board's authorisation is needed only for periods longer than 3 months". The
case is not stored: the days are moved for this message only (actions/endedhost.py in_period)."""
from __future__ import annotations

from typing import Any

from actions.calls import call_name
from actions.i18n import t
from actions.turn import Turn
from rules_core.vocab import CONDITION_FIELDS


def ended_rules_answer(turn: Turn, changed: str | None) -> bool:
    """What an ended call whose end was told required: of the host (actions/endedhost.py), or an
    authorisation of the plan; or that it ended, to "but it's on your website!"."""
    from actions.endedapply import ended_apply_answer
    from actions.endedhost import ended_host_answer
    from actions.endednext import site_call_answer
    from actions.endeduse import ended_use_answer

    # "Can I or can I not use the 2015/2016 call?", "I cannot use it ... Is that correct?" (round 49)
    return ended_host_answer(turn, changed) or ended_condition_answer(turn, changed) \
        or site_call_answer(turn, changed) or ended_use_answer(turn, changed) \
        or ended_apply_answer(turn, changed)  # (website: round 46; "can I apply anyway?": round 52)


def ended_condition_answer(turn: Turn, changed: str | None) -> bool:
    """Of an ended call whose end was told, a question naming a condition of the plan (the Board's or the
    supervisor's authorisation, who must sign off) answered for the case on the call's own days; False for
    any other message, an open call, or a case the rules core cannot judge."""
    from actions.askabout import is_question
    from actions.calls import status_of
    from actions.later import closed_was_told

    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or not is_question(text) or not turn.get("role"):
        return False
    status = status_of(str(call_id))
    told = closed_was_told(turn, str(call_id)) or turn.get("hypothetical")
    if status.get("status") != "closed" or not told or not _names_condition(turn):
        return False
    if str(turn.get("start_date") or "") <= str(status["mobility_to"]):
        return False  # days inside the call's period (the case "what would have applied" too): answered there
    from actions.endedhost import in_period

    start, end = in_period(turn, status)
    said = _answer_in_case(turn, {"start_date": start, "end_date": end, "hypothetical": True})
    if not said:
        return False
    header = t(turn.lang, "old_call_rules", call=call_name(str(call_id), turn.lang))
    turn.say("\n".join(line for line in (changed, header, *said) if line))
    turn.set("asked", None)
    turn.answered = True
    return True


def _names_condition(turn: Turn) -> bool:
    from actions.asides import named_facts
    from actions.phrases import has

    named = set(named_facts(turn.text, asking=True)) & set(CONDITION_FIELDS)
    return bool(named) or has("sign_off_question", turn.text)


def _answer_in_case(turn: Turn, case: dict[str, Any]) -> list[str]:
    """What the sign-off or condition answer says with the case's days set for this message only (never
    stored: turn.what_if); [] when neither answers. Its lines are returned, to be said after the header."""
    from actions.conditions import condition
    from actions.signoff import sign_off_asked, sign_off_question

    kept_changes, kept_view, kept_what_if = dict(turn.changes), turn.view, set(turn.what_if)
    kept_say = turn.say
    lines: list[str] = []
    turn.say = lambda text, buttons=None: lines.append(text)  # type: ignore[method-assign]
    turn.what_if |= set(case)
    try:
        for name, value in case.items():
            turn.set(name, value)
        answered = sign_off_question(turn) if sign_off_asked(turn) else condition(turn)
    finally:
        turn.say = kept_say  # type: ignore[method-assign]
        turn.changes, turn.view, turn.what_if = kept_changes, kept_view, kept_what_if
    return lines if answered else []
