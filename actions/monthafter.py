"""A start month said without its day ("february 2027", "mars 2027") that begins after the call's last
mobility day: whatever the day, the stay is outside the call's period, so that is said at once. Round 32 said
"So far so good: this looks possible" with ✓ checks and asked the day for February 2027 under a call whose
mobilities ended on 30 September 2016. An ended call says its "your dates fall after this call's period" block
(actions/later.py after_the_call); an open call says so in place of the interim status, then asks the day."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.monthstart import month_first
from actions.turn import Turn


def month_after(turn: Turn, last: Any) -> str | None:
    """The 1st of the start month waiting for its day, when it comes after `last` (the call's last mobility
    day); None for any other month or none."""
    first = month_first(turn)
    return first if first and last and first > str(last) else None


def open_call_line(turn: Turn, status: dict[str, Any]) -> str | None:
    """For an open call, the line saying the month said is after its period; None otherwise."""
    first = month_after(turn, status.get("mobility_to"))
    if status.get("status") == "closed" or first is None:
        return None
    lang = turn.lang
    return t(lang, "month_after_period", month=i18n.fmt_month(first, lang),
             last=i18n.fmt_date(str(status["mobility_to"]), lang))
