""""E come faccio a sapere se c'è l'accordo?", "how do I find out whether there is an agreement?", "who can
tell me if Leuven has the charter?": how to find out whether a condition someone else settles holds is
answered with who can tell (the rules core's `settled_by` for the condition, with the call's contacts:
erasmus@imtlucca.it for Lucca, ITM's mobility address), not when it is due. Round 50 got the agreement's
timing, with an English quote, and the person had to ask again whom to ask."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def who_can_tell(turn: Turn, named: list[str], asking: str) -> bool:
    """Who can tell whether the first condition of the plan named holds, when the question `asking` asks how
    to find out (not whether it is needed: "how do I find out if I need one?"); False when none is one."""
    if not has("find_out_question", asking) or has("need_words", asking):
        return False
    from actions.conditions import field_label, settled_by
    from actions.flow import evaluate

    try:
        conditions = {c["field"]: c for c in evaluate(turn).get("conditions") or []}
    except Exception:  # an incomplete or invalid profile: the other answers
        return False
    # (what the host has or the office knows, not an authorisation the person asks for themselves)
    found = next((conditions[n] for n in named if n in conditions
                  and conditions[n].get("settled_by") in ("host", "office")), None)
    if found is None:
        return False
    lang = turn.lang
    turn.say(t(lang, "condition_find_out", field=field_label(found["field"], lang, turn.get("role")),
               who=settled_by(turn, found.get("settled_by"))))
    return True
