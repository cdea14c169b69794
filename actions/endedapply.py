"""Whether one can apply now to an ended call whose end was told (round 52, an Italian ITM staff member on
4 December 2026, staff training in April 2027, the call's mobilities ended on 31 July 2026): "ma intanto posso
mandare la domanda lo stesso cosi sono avanti?" got the staff-training duration rule, and "non ho capito,
posso candidarmi adesso per aprile o devo aspettare?" the closed-call line again, with no plain answer. Now:
"No" (or "Not under this call", to "now or must I wait?"), that the call ended and since when (the rules
core's call status), that applications under it are no longer possible, that the next call's date is not
known, and whom to ask (the call's contacts). Not for a call with a newer one (actions/newercall.py)."""
from __future__ import annotations

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def ended_apply_answer(turn: Turn, changed: str | None) -> bool:
    """"Can I send my application anyway / now?" of an ended call whose end was told: answered no, with
    whom to ask about the next call; False for any other message or call."""
    from actions.calls import status_of
    from actions.later import closed_was_told, newer_call

    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or "?" not in text or not has("apply_now_question", text):
        return False
    status = status_of(str(call_id))
    if status.get("status") != "closed" or not status.get("closes") or newer_call(str(call_id)) \
            or not closed_was_told(turn, str(call_id)):
        return False
    from actions.verdict import short_contacts

    lang = turn.lang
    key = "ended_apply_wait" if has("wait_question", text) else "ended_apply_no"
    who = short_contacts(str(call_id), turn.get("role"), lang, in_sentence=True)
    line = t(lang, key, call=call_name(str(call_id), lang), date=i18n.fmt_date(status["closes"], lang),
             who=who)
    turn.say("\n".join(x for x in (changed, line) if x))
    turn.options_answered = True  # a yes-or-no question: its "No:" stays
    turn.set("asked", None)
    turn.answered = True
    return True
