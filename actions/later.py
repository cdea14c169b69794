"""An ended call and what comes after it: "is there a new call?" (a newer call of the same institution, or
none known), and a stay that starts after the ended call's mobility period ("NGO in Accra, March to May 2027"
after a call whose mobilities ended on 31 July 2026). Such dates get no verdict as if applied in time: that
call never covered them, a later one would, so the person is told so and whom to ask."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions import i18n
from actions.calls import call_ids, call_name, closes, institution_of
from actions.i18n import t
from actions.turn import Turn
from actions.verdict import contact_lines


def newer_call(call_id: str) -> str | None:
    """The institution's call that closes last after this one, if any."""
    own = closes(call_id) or dt.date.min
    later = [(closes(c) or dt.date.max, c) for c in call_ids()
             if c != call_id and institution_of(c) == institution_of(call_id)]
    later = [pair for pair in later if pair[0] > own]
    return max(later)[1] if later else None


def next_call(turn: Turn, call_id: str) -> None:
    """"Isn't there a new call for 2026-2027 yet?": the newer call, else "no newer call is known to me" with
    whom to ask."""
    newer = newer_call(call_id)
    if newer:
        date = closes(newer)
        turn.say(t(turn.lang, "next_call_known", call=call_name(newer, turn.lang),
                   date=i18n.fmt_date(date.isoformat(), turn.lang) if date else "?"))
        return
    contacts = contact_lines(call_id, turn.get("role"), turn.lang)
    turn.say("\n".join([t(turn.lang, "next_call_unknown"), *contacts]))


def after_the_call(turn: Turn, status: dict[str, Any], changed: str | None) -> bool:
    """A stay that starts after the ended call's last mobility day: said so, with whom to ask about a later
    call (unless this turn already named them), and no verdict; False for any other stay."""
    start, end, last = turn.get("start_date"), turn.get("end_date"), status.get("mobility_to")
    if not start or not last or str(start) <= str(last):
        return False
    call_id, lang = str(status["call"]), turn.lang
    dates = " – ".join(i18n.fmt_date(str(d), lang) for d in (start, end) if d)
    closed = t(lang, "call_closed", call=call_name(call_id, lang), date=i18n.fmt_date(status["closes"], lang))
    lines = [changed, closed] if changed else [closed]
    lines.append(t(lang, "dates_after_call", dates=dates, last=i18n.fmt_date(str(last), lang)))
    asked_next = t(lang, "next_call_unknown") in "\n".join(turn.said)
    if not asked_next:
        lines += contact_lines(call_id, turn.get("role"), lang)
    turn.say("\n".join(lines))
    turn.set("closed_told", call_id)
    turn.set("asked", None)
    turn.answered = True
    return True
