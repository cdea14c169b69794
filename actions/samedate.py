"""The date to apply by asked as the same for everyone or only for the person ("is that the deadline for
everyone or just bc i start in march?"): round 36 got "Apply by 18 January 2016 (the call's deadline)", which
left the question open. A call with one closing date (no months counted back from the departure, IMT Lucca)
gives it to everyone, whatever the departure; a call that counts the date from each departure (ITM) says so
and gives the person's own date. The dates are the rules core's."""
from __future__ import annotations

from actions import i18n
from actions.applyby import personal_deadlines, personal_lines
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS


def same_for_everyone(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text) or not has("everyone_question", text):
        return False
    deadlines = personal_deadlines(turn)
    if deadlines is None:
        return False
    named = {str(e.get("value"))[:10] for e in turn.entities if e.get("entity") in DATE_ENTITIES}
    if not (has("deadline_words", text) or has("when_to_apply", text) or deadlines["apply_by"] in named):
        return False
    try:
        counted = core().get_call(str(call_id)).deadlines.apply_months_before
    except Exception:  # a call file problem: the other answers are tried
        return False
    lang = turn.lang
    closing = deadlines.get("application_deadline")
    if not counted and closing:
        turn.say(t(lang, "deadline_same_for_all", date=i18n.fmt_date(closing, lang)))
    else:
        turn.say("\n".join([t(lang, "deadline_per_departure"), *personal_lines(turn)]))
    turn.dates_told = True
    return True
