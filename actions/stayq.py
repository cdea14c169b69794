"""Whether the stay may run to the dates this message moves it to ("kan ik ook blijven tot eind juni ipv eind
mei?", "can I also stay until the end of June instead of the end of May?", "puis-je rester jusqu'à fin juin
au lieu de fin mai ?", "posso restare fino a fine giugno invece di fine maggio?"): yes or no first, from the
rules core's checks that read the moved dates (the length limits of the person's kind of mobility, the call's
last day of mobility), for the dates as the message leaves them, changed or as a case. Round 24 noted the
old end and then said "I can't find the answer". Used by actions/incontext.py."""
from __future__ import annotations

import logging

from actions.i18n import t
from actions.phrases import PHRASES
from actions.profile import core
from actions.turn import Turn

logger = logging.getLogger(__name__)

STAY = ("start_date", "end_date")
# Checks on the dates that are about applying, not about the stay itself: the verdict after says them.
APPLYING_KINDS = ("apply_before_departure", "application_deadline")


def stay_question(turn: Turn) -> bool:
    moved = [name for name in STAY if name in turn.changes and turn.changes[name]]
    call_id = turn.get("call")
    # Asked in the words up to a question mark ("kan ik tot 30 juni blijven i.p.v. 31 mei?": not cut at the
    # abbreviation's dots).
    if not call_id or not moved or not any("?" in turn.text[m.start():]
                                           for m in PHRASES["stay_question"].finditer(turn.text)):
        return False
    try:
        rules = core().get_call(str(call_id)).rules
        from actions.flow import evaluate

        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the verdict after answers
        logger.debug("no stay check: %s", type(err).__name__)
        return False
    ids = {r.id for r in rules if set(moved) & set(r.fields or []) and r.kind not in APPLYING_KINDS}
    kinds = {r.id: r.kind for r in rules}
    failed = [f for f in decision.get("failed") or [] if f.get("rule") in ids]
    passed = [p for p in decision.get("passed") or [] if p.get("rule") in ids]
    if failed:
        first, *rest = [str(f.get("explanation")) for f in failed]
        lines = [t(turn.lang, "answer_no", answer=_lower_first(first)), *(f"✗ {line}" for line in rest)]
    else:
        # The length check first: that is what "can I stay until ...?" turns on.
        lengths = [p for p in passed if kinds.get(str(p.get("rule"))) == "duration_range"] or passed
        if not lengths:
            return False
        lines = [t(turn.lang, "answer_yes", answer=_lower_first(str(lengths[0].get("explanation"))))]
    turn.say("\n".join(lines))
    return True


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
