""""How early should I apply for the 2027 trip?" after an ended call, the person's own dates after its period
(a staff training in March 2027, mobilities until 31 July 2026): no rule of a call covers those dates, so the
ended call's rule is projected on them and said to be that: "under the ended call (at least 2 months before
departure) that would have been by 8 January 2027; a next call may set it differently: ask the office".
Round 24 answered it with the whole block for the same dates a year earlier, three times.

The months come from the rules core: its date to apply by for the same dates a whole number of years earlier
(inside the call's period), read off against that departure, counted back from the person's own departure
with the rules core's month arithmetic; the rule's section of the call is its source."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from babel.units import format_unit

from actions import i18n
from actions.askabout import is_question
from actions.calls import call_name, status_of
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

YEAR_RX = re.compile(r"\b(20\d\d)\b")


def real_trip_deadline(turn: Turn) -> bool:
    """The projected date to apply by, said, for a when-to-apply question about the person's own dates after
    an ended call's period; False for anything else (the call's own dates, a question about the case)."""
    call_id, text = turn.get("call"), turn.text
    start, end = turn.tracker.get_slot("start_date"), turn.tracker.get_slot("end_date")
    if not call_id or not isinstance(start, str) or not is_question(text) or not _asks_when(turn):
        return False
    status = status_of(str(call_id))
    last = status.get("mobility_to")
    if status["status"] != "closed" or not last or start <= str(last) or not _about_real_trip(text, start):
        return False
    from actions.later import newer_call

    if newer_call(str(call_id)):
        return False  # a newer call has its own rule (actions/later.py next_call)
    rule = _projected(turn, str(call_id), status, start, end)
    if rule is None:
        return False
    from rules_core.dates import minus_months

    lang, months, source = turn.lang, rule["months"], rule["source"]
    apply_by = minus_months(dt.date.fromisoformat(start[:10]), months)
    line = t(lang, "apply_by_projected", call=call_name(str(call_id), lang), start=i18n.fmt_date(start, lang),
             ahead=format_unit(months, "duration-month", length="long", locale=lang),
             date=i18n.fmt_date(apply_by, lang))
    if source:
        line += f" ({t(lang, 'source')}: {i18n.source(str(call_id), source, lang)})"
    from actions.verdict import contact_lines

    turn.say("\n".join([line, t(lang, "apply_by_projected_next"),
                        *contact_lines(str(call_id), turn.get("role"), lang)]))
    turn.answered = turn.dates_told = True
    return True


def _asks_when(turn: Turn) -> bool:
    text = turn.text
    return has("when_to_apply", text) or has("apply_early_question", text) or turn.intent == "ask_deadline" \
        and not has("how_much", text)


def _about_real_trip(text: str, start: str) -> bool:
    """"for the 2027 trip", "the real trip in March 2027": the person's own dates, not the case a year
    earlier ("and when would I have had to apply for March 2026?" asks about the case)."""
    years = set(YEAR_RX.findall(text))
    return start[:4] in years or has("real_trip", text) and not years


def _projected(turn: Turn, call_id: str, status: dict[str, Any], start: str, end: Any
               ) -> dict[str, Any] | None:
    """The months before departure the ended call asked, from the rules core's decision for the same dates a
    whole number of years earlier, with the rule's section; None when its date to apply by is not counted
    back from the departure (a fixed deadline: nothing to project)."""
    from actions.facts import view
    from actions.later import shifted
    from actions.profile import core, profile_from_tracker

    moved = shifted(start, end, status.get("mobility_from"), str(status["mobility_to"]))
    if moved is None or not status.get("closes"):
        return None
    first, last, _years = moved
    profile = profile_from_tracker(view(turn.view, start_date=first, end_date=last))
    profile["as_of"] = status["closes"]
    try:
        decision = core().evaluate(profile, lang=turn.lang)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return None
    deadlines = decision.get("deadlines") or {}
    apply_by = str(deadlines.get("apply_by") or "")
    if not apply_by or apply_by == deadlines.get("application_deadline"):
        return None
    months = (int(first[:4]) - int(apply_by[:4])) * 12 + int(first[5:7]) - int(apply_by[5:7])
    entry = next((e for e in [*(decision.get("failed") or []), *(decision.get("passed") or [])]
                  if e.get("kind") == "apply_before_departure"), {})
    return {"months": months, "source": entry.get("source")} if months > 0 else None
