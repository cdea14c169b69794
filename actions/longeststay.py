"""The latest end for the planned start, as the rules core's date search finds it (rules_core.options: the
same start, the end moved to the longest the failed limits allow, or the plan's own `longest_end` when it
passes).
"So how long could I still go then?" after the cycle cap turned a plan down got the durations paragraph in
round 43; with the months left (actions/monthsleft.py) this says until when the person could stay."""
from __future__ import annotations

import logging

from actions import i18n
from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)


def latest_end_line(turn: Turn) -> str | None:
    """"Starting on 1 February 2016, the stay could last until 31 May 2016 at the latest", or None when the
    rules core finds no end that passes for this start."""
    end = latest_end(turn)
    if end is None:
        return None
    lang = turn.lang
    return t(lang, "months_left_latest_end", start=i18n.fmt_date(str(turn.get("start_date")), lang),
             end=i18n.fmt_date(str(end), lang))


def latest_end(turn: Turn) -> str | None:
    """The latest end the rules core finds for the planned start (ISO), or None when none passes."""
    from actions.flow import judged_profile
    from actions.profile import core

    start = turn.get("start_date")
    if not start or not turn.get("end_date"):
        return None
    try:
        found = core().options(judged_profile(turn), lang=turn.lang)
    except Exception as err:  # an incomplete or invalid profile: no end to say
        logger.debug("no latest end: %s", type(err).__name__)
        return None
    end = (found.get("plan") or {}).get("longest_end")
    if end is None:
        end = next((o.get("end_date") for o in found.get("options") or []
                    if o.get("changed") == ["end_date"] and o.get("activity") == turn.get("activity")
                    and o.get("start_date") == start), None)
    return str(end) if end is not None else None
