"""A date the person says they never gave ("i didnt say 1 april was a deadline??", "je n'ai jamais dit 1er
avril", "ik heb nooit 1 april gezegd", "non ho mai detto 1 aprile"), which the assistant's last reply used:
round 49 "corrected" a 1 April read from the month of the online sessions ("✗ not 1 April 2026: apply by 11
March 2026") and then let the protest go without a word. Now: the person is right, the date counts for
nothing, and the date to apply by as it stands. Used by actions/earlyasks.py."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS


def date_not_said(turn: Turn) -> bool:
    """The apology said, when the message denies saying a date that the last reply named; whether said."""
    if not has("denied_saying", turn.text) or turn.is_payload:
        return False
    from actions.laterask import previous_reply
    from actions.recapdates import deadline_dates

    said = "\n".join(previous_reply(turn))
    days = {str(e.get("value"))[:10] for e in turn.entities if e.get("entity") in DATE_ENTITIES}
    stay = {str(turn.get("start_date") or "")[:10], str(turn.get("end_date") or "")[:10]}
    named = sorted(d for d in (days | deadline_dates(turn.text)) - stay
                   if d and i18n.fmt_date(d, turn.lang) in said)
    if not named:
        return False
    lang = turn.lang
    lines = [t(lang, "date_not_said", date=", ".join(i18n.fmt_date(d, lang) for d in named))]
    from actions.applyby import personal_deadlines

    deadlines = personal_deadlines(turn) if turn.get("call") else None
    if deadlines and deadlines.get("apply_by"):
        lines.append(t(lang, "date_not_said_apply_by", apply_by=i18n.fmt_date(deadlines["apply_by"], lang)))
        turn.dates_told = True
    turn.say(" ".join(lines))
    return True
