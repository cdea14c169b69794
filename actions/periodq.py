""""With my real dates in 2027, would that old call have covered them at all?", "mes dates de 2027
auraient-elles été couvertes ?", "vielen mijn data binnen de periode?", "il mio periodo rientrava nel
bando?": whether an ended call's mobility period covered the person's own dates, answered from the call's
own period (round 41 said only "the call is closed"). Its own dates, not the same dates moved into the
period to judge a case."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.calls import call_name, status_of
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def period_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or not is_question(turn.text) or not has("covers_dates_question", turn.text):
        return False
    status = status_of(str(call_id))
    first, last = status.get("mobility_from"), status.get("mobility_to")
    if status.get("status") != "closed" or not first or not last:
        return False
    start, end = _own_dates(turn)
    if not start:
        return False
    lang = turn.lang
    dates = " – ".join(i18n.fmt_date(d, lang) for d in (start, end) if d)
    inside = str(first) <= start and (end or start) <= str(last)
    side = "inside" if inside else "after" if start > str(last) else "before" if (end or start) < str(first) \
        else "across"
    turn.say(t(lang, f"period_covers_{side}", call=call_name(str(call_id), lang), dates=dates,
               first=i18n.fmt_date(str(first), lang), last=i18n.fmt_date(str(last), lang)))
    turn.set("asked", None)
    turn.answered = True
    return True


def _own_dates(turn: Turn) -> tuple[str | None, str | None]:
    """The person's own dates: those the message names, else those stored (never the same dates taken some
    years earlier to judge a case, which are the turn's only)."""
    if turn.as_if_dates or not {"start_date", "end_date"} & set(turn.changes):
        start, end = turn.tracker.get_slot("start_date"), turn.tracker.get_slot("end_date")
    else:
        start, end = turn.get("start_date"), turn.get("end_date")
    return (str(start)[:10] if start else None), (str(end)[:10] if end else None)
