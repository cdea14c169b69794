""""Is that amount still valid today?", "are the monthly rates different now?", "gelden die bedragen nog?"
about an ended call: its amounts were its own years'; a newer call sets its own, and whether one is known
(actions/later.py newer_call) with whom to ask. Round 20 got "the call is closed" twice, then nothing."""
from __future__ import annotations

from actions.calls import call_name, status_of
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def rates_now_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or "?" not in text or not has("rates_now_question", text):
        return False
    status = status_of(str(call_id))
    if status["status"] != "closed":
        return False
    from actions.later import newer_call
    from actions.shown import shown_lines
    from actions.verdict import contact_lines

    lang = turn.lang
    newer = newer_call(str(call_id))
    lines = [t(lang, "rates_now", call=call_name(str(call_id), lang))]
    if newer:
        lines.append(t(lang, "rates_now_newer", call=call_name(newer, lang)))
    elif t(lang, "next_call_unknown") not in shown_lines(turn.tracker) or has("next_call", text):
        # ("no newer call is known", with whom to ask, once in a conversation unless asked again: round 60)
        lines += [t(lang, "next_call_unknown"), *contact_lines(str(call_id), turn.get("role"), lang)]
    turn.say("\n".join(lines))
    return True
