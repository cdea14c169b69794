"""Where the person lives, asked about (moved out of actions/incontext.py to keep it short): the call's checks
are on nationality and origin, not residence."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

NATIONALITY_FIELDS = {"citizenship", "country_of_origin"}


def residence_question(turn: Turn) -> bool:
    """"Even if I live in Belgium now?": the call's checks are on nationality and origin, not residence; the
    person's own checks of that kind (from the rules core) show what they look at."""
    if "?" not in turn.text or not has("residence_question", turn.text) or not turn.get("call"):
        return False
    from actions.flow import evaluate
    from rules_core.kinds import READS

    try:
        decision = evaluate(turn)
        rules = core().get_call(str(turn.get("call"))).rules
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    ids = {r.id for r in rules if NATIONALITY_FIELDS & {*(r.fields or []), *READS.get(r.kind, ())}}
    checks = [f"✗ {f.get('explanation')}" for f in decision.get("failed") or [] if f.get("rule") in ids]
    checks += [f"✓ {p.get('explanation')}" for p in decision.get("passed") or [] if p.get("rule") in ids]
    turn.say("\n".join([t(turn.lang, "residence_nationality" if ids else "residence_none"), *checks]))
    return True
