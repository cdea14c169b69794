""""What happens if I only do the week in Lisbon?", "et sans la partie en ligne ?", "e se salto la parte
online?": a blended mobility without its virtual part, answered for that case from the rules core (the
person's facts with virtual_component False), what it would change first; nothing is stored."""
from __future__ import annotations

from actions import i18n
from actions.askabout import evaluate_with, is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def skip_virtual_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    blended = turn.get("virtual_component") is True or turn.get("activity") == "short_term_blended"
    if not call_id or not blended or not is_question(text) or not has("without_virtual", text):
        return False
    try:
        case = evaluate_with(turn, virtual_component=False)
        own = evaluate_with(turn, virtual_component=True)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    before = {f.get("rule") for f in own.get("failed") or []}
    new = [f for f in case.get("failed") or [] if f.get("rule") not in before]
    lang = turn.lang
    if not new:
        turn.say(t(lang, "skip_virtual_same"))
        return True
    reasons = [f"{f.get('explanation')} ({t(lang, 'source')}: {i18n.source(call_id, f.get('source'), lang)})"
               for f in new]
    reason = " ".join(reasons)
    turn.say(t(lang, "skip_virtual_no", reason=reason[:1].lower() + reason[1:]))
    return True
