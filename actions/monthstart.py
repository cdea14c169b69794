"""A month of departure said without its day, in a question about when to apply ("indien ik in maart vertrek,
wanneer moet ik dan aanvragen?", "si je pars en mars, quand dois-je postuler ?"): the date to apply by for a
departure on the 1st of that month, said as such ("For a departure at the start of March 2026 (1 March
2026) you must apply by 1 January 2026, 2 months before"). It got the call's deadline and "tell me your
departure date", as if no date had been said. The date is the rules core's (`deadlines.apply_by`) for that
start; the month is the one the conversation placed in the call's years (`start_month`,
actions/partial_dates.py); the day stays unknown (the slot is not filled)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.turn import Turn


def month_first(turn: Turn) -> str | None:
    """The 1st of the month of departure said without its day, while no departure day is known."""
    month = turn.get("start_month")
    if turn.get("start_date") or not isinstance(month, str) or len(month) != 7:
        return None
    return f"{month}-01"


def month_lines(turn: Turn) -> list[str]:
    """The date to apply by for a departure at the start of the month said; [] when no such month waits or
    the rules core gives no date to apply by for it."""
    first = month_first(turn)
    if first is None or not turn.get("call"):
        return []
    from actions.answer import soon_lines
    from actions.applyby import ahead
    from actions.flow import judged_profile
    from actions.profile import core

    profile: dict[str, Any] = {**judged_profile(turn), "start_date": first}
    if str(profile.get("end_date") or "9999") < first:
        profile.pop("end_date")  # an end stored before the month said: the start alone sets the date
    try:
        deadlines = core().evaluate(profile, lang=turn.lang).get("deadlines") or {}
    except Exception:  # an incomplete or invalid profile: the call's own dates answer instead
        return []
    if not deadlines.get("apply_by"):
        return []
    lang = turn.lang
    months = ahead({**deadlines, "start": first}, lang)
    words = {"month": i18n.fmt_month(first, lang), "start": i18n.fmt_date(first, lang),
             "date": i18n.fmt_date(deadlines["apply_by"], lang)}
    line = t(lang, "apply_by_month_start", ahead=months, **words) if months \
        else t(lang, "apply_by_month_start_deadline", **words)
    turn.dates_told = True
    return [line, *soon_lines(deadlines["apply_by"], deadlines.get("application_deadline"), lang)]
