"""The longest stay asked with a start known (round 52, an IMT Lucca PhD student, Sorbonne 1 March - 30
September 2016): "0, mai fatto erasmus nel dottorato. ma quanti mesi posso stare al massimo?" got the 12
months per study cycle only, "ok ma quindi se parto a marzo quanto posso stare max? potrei allungare?" the
grant, and "partendo il 1 marzo fino a quando posso restare?" "Sì: your 210 days are within 3 to 12 months";
never that under this call the stay must end by 30 September 2016, so starting on 1 March at most 7 months.
Now (before the cycle sum, actions/earliermonths.py) the call's length limits for the kind of mobility (the
rules core's duration rules, with their source) and, for the planned start, the latest end the rules core
finds (actions/longeststay.py: the call's end of mobilities, or a limit, whichever comes first) and how long
that is, counted as the rules core counts it."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def max_stay_question(turn: Turn) -> bool:
    """"How many months can I stay at most?" with the start known: the limits and the latest end, said;
    False for any other message, or when the rules core finds no end for the start."""
    call_id = turn.get("call")
    latest = max_stay_line(turn) if call_id else None
    if latest is None:
        return False
    from actions.lengthq import _limits, duration_rules

    activity = turn.get("activity")
    rules = duration_rules(str(call_id), turn.get("role"), activity)
    limits = [_limits(str(call_id), rule, activity, turn.lang) for rule in rules] if activity else []
    turn.say("\n".join([*limits, latest]))
    turn.answered = True
    return True


def max_stay_line(turn: Turn) -> str | None:
    """"Starting on 1 March 2016, your stay can last at most until 30 September 2016 (the last day of this
    call's mobilities), that is 7 months (210 days)." when the message asks the longest stay and the start is
    known; else None."""
    if "?" not in turn.text or not has("max_stay_question", turn.text) or not turn.get("start_date") \
            or has("length_min_word", turn.text):
        return None
    from actions.longeststay import latest_end
    from rules_core.dates import days360, parse_date

    end = latest_end(turn)
    if end is None:
        return None
    from actions.calls import status_of
    from actions.conditions import length_text

    start, lang = str(turn.get("start_date")), turn.lang
    days = days360(parse_date(start, "start_date"), parse_date(end, "end_date"))
    last = status_of(str(turn.get("call"))).get("mobility_to")
    why = t(lang, "max_stay_call_end") if last and str(last) == end else ""
    return t(lang, "max_stay_latest_end", start=i18n.fmt_date(start, lang), end=i18n.fmt_date(end, lang),
             why=why, length=length_text(days, lang))
