"""Whether an ended call can still be used, asked after its end was told (round 49, an IMT Lucca PhD student
planning a study period in Munich in 2027, today long after the 2015/2016 call): "So, to summarise: I cannot
use the 2015/2016 call, and I should write to the Erasmus office to ask about a current call. Is that
correct?" got "This call has ended: only the office can tell you that:" (as if only the office could confirm
the summary), and "Can I or can I not use the 2015/2016 call for my stay in 2027?" the closed-call block
again, with no plain no. Now the recap gets "Yes, that is right: ..." and the question "No: ...", each in one
sentence with the call's closing day and, for dates after it, the end of its mobility period (the rules core's
call status); the recap names whom to ask about a current call, in a few words."""
from __future__ import annotations

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def ended_use_answer(turn: Turn, changed: str | None) -> bool:
    """The recap confirmed or the question answered no, for an ended call whose end was told; False for any
    other message or call."""
    from actions.calls import status_of
    from actions.later import closed_was_told

    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload:
        return False
    recap = has("cannot_use_call", text) and has("recap_confirm", text)
    if not recap and not ("?" in text and has("use_call_question", text)):
        return False
    status = status_of(str(call_id))
    if status.get("status") != "closed" or not status.get("closes") \
            or not (closed_was_told(turn, str(call_id)) or turn.get("hypothetical")):
        return False
    lang, last = turn.lang, status.get("mobility_to")
    start = turn.get("start_date")
    after = bool(start and last and str(start) > str(last))
    period = t(lang, "ended_use_period", last=i18n.fmt_date(str(last), lang)) if after else ""
    name, date = call_name(str(call_id), lang), i18n.fmt_date(status["closes"], lang)
    if recap:
        from actions.verdict import short_contacts

        who = short_contacts(str(call_id), turn.get("role"), lang, in_sentence=True)
        line = t(lang, "ended_use_recap", call=name, date=date, period=period, who=who)
    else:
        line = t(lang, "ended_use_no", call=name, date=date, period=period)
    turn.say("\n".join(x for x in (changed, line) if x))
    turn.options_answered = True  # "can I or can I not use it?" asks yes or no: its "No:" stays
    turn.set("asked", None)
    turn.answered = True
    return True
