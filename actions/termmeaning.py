""""C'est quoi exactement un accord interinstitutionnel ?": what a term of the call's conditions is, in the
call's own words with the source of the rule that names it, then in one line whether the call asks it of the
person's plan. Round 34 got whether it is needed (twice) and "anything else?" to "I asked what it is"."""
from __future__ import annotations

import logging

from actions import i18n
from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)


def term_meaning(turn: Turn, fields: list[str]) -> bool:
    """The first named fact with a definition (`term_meanings`) that a rule of the call reads."""
    from rules_core.loader import compiled

    call_id = str(turn.get("call"))
    for field in fields:
        gloss = i18n.label(turn.lang, "term_meanings", field)
        try:
            rules = list(compiled(call_id).rule_fields.get(field, []))
        except Exception as err:  # an unknown call: no definition from it
            logger.debug("no rules for a term: %s", type(err).__name__)
            return False
        if gloss == field or not rules:
            continue
        source = i18n.source(call_id, rules[0].source, turn.lang)
        said = f"{gloss} ({t(turn.lang, 'source')}: {source})"
        lines = [said, _for_you(turn, field, {r.id for r in rules})]
        turn.say("\n".join(lines))
        return True
    return False


def _for_you(turn: Turn, field: str, ids: set[str]) -> str:
    """Whether a rule reading the term applies to the person's plan as told (passed, failed or to ask)."""
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: say what the call asks, not for whom
        return t(turn.lang, "term_for_you_unknown")
    entries = [*(decision.get("failed") or []), *(decision.get("passed") or [])]
    applies = any(e.get("rule") in ids for e in entries) or field in (decision.get("missing") or [])
    return t(turn.lang, "term_for_you" if applies else "term_not_for_you")
