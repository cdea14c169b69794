"""Round 53 (a Brazilian ITM master's student, study period in Berlin from 16 February to 15 July 2026):
"Does a semester count as 5 months?" got the call's 12-month maximum per study cycle instead of an answer.
A semester is no unit of the call: the stay's own dates, counted as the rules core counts them (months of 30
days, rules_core.dates.days360), answer whether it is the months asked, yes or no first; without both dates, a
semester has no length in the call and the dates are asked. Used by actions/factquestions.py."""
from __future__ import annotations

from actions import i18n
from actions.askabout import asking
from actions.conditions import stay_days
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn


def semester_question(turn: Turn) -> bool:
    """"Does a semester count as 5 months?", "un semestre compte comme 5 mois ?", "telt een semester als 5
    maanden?", "un semestre conta come 5 mesi?": whether it answered."""
    question = asking(turn.text)
    if "?" not in question or not has("semester_word", question):
        return False
    found = PHRASES["months_number"].search(question)
    if not found:
        return False
    asked = int(found.group(1))
    lang = turn.lang
    days = stay_days(turn)
    if days is None:
        turn.say(t(lang, "semester_no_dates"))
        turn.answered = True
        return True
    dates = {"start": i18n.fmt_date(turn.get("start_date"), lang),
             "end": i18n.fmt_date(turn.get("end_date"), lang), "days": days}
    if days == asked * 30:
        turn.say(t(lang, "semester_yes", months=asked, **dates))
    else:
        approx = f"{days / 30:.1f}".rstrip("0").rstrip(".")
        if lang != "en":
            approx = approx.replace(".", ",")
        turn.say(t(lang, "semester_no", months=asked, approx=approx, **dates))
    turn.answered = True
    return True
