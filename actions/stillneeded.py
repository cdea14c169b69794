""""Do you need anything else from me?", "vous avez besoin d'autre chose de moi ?", "heeft u nog iets van mij
nodig?", "ha bisogno di altro da me?": the facts the answer still needs (the rules core's `missing`, in
words), then the pending question again; or "No, I have all I need" with the answer in a few words. Round 31:
it got "I can't find the answer in the call" with the contacts, the rules behind the question being asked,
or the application documents."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

logger = logging.getLogger(__name__)


def still_needed(turn: Turn, changed: str | None) -> bool:
    """Answered when the message asks whether the assistant needs more from the person."""
    if turn.is_payload or not turn.get("call") or not has("still_needed_question", turn.text):
        return False
    from actions.calls import status_of

    if status_of(str(turn.get("call")))["status"] == "closed" and not turn.get("hypothetical"):
        return False  # an ended call needs nothing more: the usual flow says it has ended
    from actions.flow import ask, evaluate, unknown_fields
    from actions.profile import PROFILE_SLOTS, fields_to_ask

    try:
        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the usual flow answers
        logger.debug("no decision for 'anything else?': %s", type(err).__name__)
        return False
    lang = turn.lang
    lines = [changed] if changed else []
    missing = decision.get("missing") or []
    # A failed check settles the answer: the facts still open could not change it.
    if missing and decision.get("verdict") != "not_eligible":
        ordered = [f for f in PROFILE_SLOTS if f in missing] + [f for f in missing if f not in PROFILE_SLOTS]
        fields = ", ".join(i18n.label(lang, "fields", f) for f in ordered)
        turn.say("\n".join([*lines, t(lang, "needed_still", fields=fields)]))
        unknown = unknown_fields(turn)
        to_ask = [f for f in fields_to_ask(turn.view, decision) if f not in unknown and f in PROFILE_SLOTS]
        asked = turn.get("asked")
        if to_ask:
            ask(turn, asked if asked in to_ask else to_ask[0])
    else:
        lines += _all_i_need(decision, lang)
        turn.say("\n".join(lines))
    turn.answered = True
    return True


def _all_i_need(decision: dict[str, Any], lang: str) -> list[str]:
    """"No, I have all I need: eligible, apply by ...", with its conditions or the checks it failed."""
    from actions.stands import short_outcome

    conditions = decision.get("conditions") or []
    if decision.get("verdict") == "eligible" and conditions:
        outcome = t(lang, "outcome_eligible")
        apply_by = (decision.get("deadlines") or {}).get("apply_by")
        if apply_by:
            outcome = t(lang, "outcome_with_date", outcome=outcome, date=i18n.fmt_date(apply_by, lang))
        return [t(lang, "needed_none_provided", outcome=outcome),
                *[f"• {c.get('explanation')}" for c in conditions]]
    lines = [t(lang, "needed_none", outcome=short_outcome(decision, lang))]
    return lines + [f"✗ {f.get('explanation')}" for f in decision.get("failed") or []]
