"""The institution when the person has not named one (or named "IMT", which two share): the one call their
facts leave. A staff member, a staff training or a stay in 2026 rule out IMT Lucca's 2015/2016 PhD call;
asking "which one?" then only costs the person a turn. The rules core says what a call admits."""
from __future__ import annotations

import datetime as dt

from actions.calls import call_ids, call_name, current_calls, holds, institution_of
from actions.i18n import t
from actions.profile import core
from actions.turn import Turn

# The rule kinds that say a call is not for this person or this activity at all.
NOT_FOR_THEM = ("role_allowed", "activity_allowed")


def call_from_facts(turn: Turn) -> str | None:
    """The one current call the person's role, activity and start date fit; None if none or several."""
    if not (turn.get("role") or turn.get("activity") or turn.get("start_date")):
        return None
    left = [c for c in current_calls() if _fits(c, turn)]
    return left[0] if len(left) == 1 else None


def _fits(call_id: str, turn: Turn) -> bool:
    start = turn.get("start_date")
    if start:
        institution = institution_of(call_id)
        # Any call of the institution may hold the dates (its next call, as well as its current one).
        ours = [c for c in call_ids() if institution_of(c) == institution]
        if not any(holds(c, dt.date.fromisoformat(str(start))) for c in ours):
            return False
    facts = {name: turn.get(name) for name in ("role", "activity") if turn.get(name)}
    if not facts:
        return True
    # An activity without a role fits when it is offered to some role ("a staff training": to staff only).
    roles = [facts["role"]] if "role" in facts else list(core().vocab.ROLES)
    return any(_admits(call_id, {**facts, "role": role}) for role in roles)


def _admits(call_id: str, facts: dict[str, str]) -> bool:
    decision = core().evaluate({"call": call_id, **facts}, lang="en")
    return not any(f.get("kind") in NOT_FOR_THEM for f in decision.get("failed") or [])


def take_call_from_facts(turn: Turn) -> bool:
    """Set the call the facts leave, and say so (it can be corrected); False when they leave no single one."""
    call_id = call_from_facts(turn)
    if call_id is None:
        return False
    turn.set("call", call_id)
    turn.say(t(turn.lang, "call_from_facts", call=call_name(call_id, turn.lang)))
    return True


def call_for_question(turn: Turn) -> None:
    """"I heard of a blended short mobility. what does blended mean, is there an online part?" as a first
    message: the call the facts leave is taken before the question is answered, so the question gets the
    call's answer (round 36: the activity noted, the question ignored until asked again)."""
    if turn.get("call") or not any(f in turn.changes for f in ("role", "activity", "start_date")):
        return
    if turn.intent == "out_of_scope" and turn.confidence >= 0.6:
        return  # "can you book me a flight?": nothing of a call asked
    take_call_from_facts(turn)
