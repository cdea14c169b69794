"""Round 56. Dates said with a hedge ("and dates roughly 3 march to 27 june", "vers le 3 mars", "ongeveer 3
maart", "circa il 3 marzo") were stored and said back as exact ("Updated: start date: 1 March 2027 → 3 March
2027"), and the e-mail summary gave them as fact, as it gave the days taken for a month said alone
("march-june 2027": "Dates: 1 March 2027 to 30 June 2027"). Now a hedged date is said back as "about 3 March
2027", and the slot dates_approx keeps which dates are not exact (said with a hedge, or their day taken from
the month), so the summary says the dates are approximate. A date said again exactly clears its mark."""
from __future__ import annotations

import re
from typing import Any

from actions.phrases import PHRASES
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATES = STAY_DATE_SLOTS
SLOT = "dates_approx"
WINDOW = 30  # characters before a date where its hedge stands
# After the hedge, up to two short words before the date ("around the 3rd", "verso il 3 marzo"), not a place
# ("vers Vienne du 3 mars": no hedge of the date).
BRIDGE_RX = re.compile(r"\W*(\w{1,4}\W+){0,2}", re.I)


def hedged_dates(text: str, entities: list[dict[str, Any]]) -> set[str]:
    """The stay's dates said after a hedge word ("roughly 3 march to 27 june": both)."""
    dates = [e for e in entities if e.get("entity") in DATES and isinstance(e.get("start"), int)]
    for ent in sorted(dates, key=lambda e: int(e["start"])):
        window = text[max(0, int(ent["start"]) - WINDOW):int(ent["start"])]
        hedges = list(PHRASES["date_hedge"].finditer(window))
        if hedges and BRIDGE_RX.fullmatch(window[hedges[-1].end():]):
            # the first date hedged: the range after it too ("roughly 3 march to 27 june")
            return {str(e["entity"]) for e in dates if int(e["start"]) >= int(ent["start"])}
    return set()


def mark_dates(turn: Turn, values: dict[str, Any], hedged: set[str], assumed: set[str]) -> None:
    """Which stored dates are approximate, after this message's dates."""
    marks = dict(turn.get(SLOT) or {})
    for name in DATES:
        if name not in values or name in turn.what_if:
            continue
        if not values[name]:
            marks.pop(name, None)
        elif name in hedged:
            marks[name] = "about"
        elif name in assumed:
            marks[name] = "day"
        else:
            marks.pop(name, None)
    if marks != (turn.get(SLOT) or {}):
        turn.set(SLOT, marks or None)
