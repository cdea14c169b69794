"""Direct questions about an ended call whose period the person's own dates fall after, answered yes or no
first (round 50, an ITM MSc student, Lisbon February-June 2027 after the call whose mobilities ended on
31 July 2026):
- "maar dat maakt toch niet meer uit als de oproep dicht is?" got the what-if block with a ✅: now "Right: for
  February 2027 this call no longer matters", what it covered, whom to ask;
- "kom ik nu in aanmerking of niet voor feb 2027?" got the closed call's line again: now "No, not through this
  call", what it covered, that a later call would cover those dates;
- "die 1 december 2025 waar je het over had, wat betekent dat dan voor mij?" got the closed call's line and
  the offer: now that the date belonged only to the what-if (the same dates a year earlier) and means nothing
  for the own dates.
Each leaves the what-if case: the question is about the person's own plan. Every date is the call data's."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

WOULD_HAVE_RX = re.compile(r"\bwould\b[^?.!]{0,20}\bhave been\b", re.I)  # "would I actually have been"


def closed_direct_answer(turn: Turn, changed: str | None) -> bool:
    """One of the three questions, about an ended call said to have ended, the own dates after its period:
    answered; False for anything else."""
    status = _own_dates_after(turn)
    if status is None:
        return False
    lang, last = turn.lang, i18n.fmt_date(str(status["mobility_to"]), turn.lang)
    start, end = _own(turn)
    month = i18n.fmt_month(str(start), lang)
    if has("no_longer_matters", turn.text):
        lines = [t(lang, "closed_no_longer_matters", month=month, last=last)]
    elif _asks_now(turn, str(status["mobility_to"])):
        from actions.shown import shown_lines

        told = t(lang, "next_call_unknown") in shown_lines(turn.tracker)  # not again (round 60)
        lines = [t(lang, "closed_not_through_this_short" if told else "closed_not_through_this", month=month,
                   last=last)]
    else:
        found = _what_if_date(turn, status, str(start), end)
        if found is None:
            return False
        lines = [t(lang, "closed_what_if_date", date=i18n.fmt_date(found[0], lang), years=found[1],
                   dates=found[2], month=month)]
    from actions.pastcase import leave
    from actions.verdict import short_contact_lines

    if not _contacts_said(turn):
        lines += short_contact_lines(str(status["call"]), turn.get("role"), lang)
    turn.say("\n".join(line for line in (changed, *lines) if line))
    if turn.get("hypothetical") is True:
        leave(turn)
    turn.set("asked", None)
    turn.answered = True
    return True


def _own(turn: Turn) -> tuple[Any, Any]:
    """The person's own dates: those stored, unless this message gives new ones of their own."""
    own = []
    for name in ("start_date", "end_date"):
        value = turn.changes.get(name) if name in turn.changes and name not in turn.what_if else None
        own.append(value or turn.tracker.get_slot(name))
    return own[0], own[1]


def _own_dates_after(turn: Turn) -> dict[str, Any] | None:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not is_question(turn.text):
        return None
    from actions.calls import status_of
    from actions.later import closed_was_told

    status = status_of(str(call_id))
    start, last = _own(turn)[0], status.get("mobility_to")
    if status.get("status") != "closed" or not last or not start or str(start) <= str(last):
        return None
    return status if closed_was_told(turn, str(call_id)) else None


def _asks_now(turn: Turn, last: str) -> bool:
    """"kom ik nu in aanmerking of niet voor feb 2027?" in the what-if: eligibility asked for now, or for a
    date after the call's period."""
    if turn.get("hypothetical") is not True:
        return False  # (outside the what-if, "so yes or no, can I go in feb 2027?" has its own answers)
    if not (turn.intent == "check_eligibility" or has("verdict_question", turn.text)):
        return False
    if any(n in turn.changes and n not in turn.what_if and turn.changes[n] != turn.tracker.get_slot(n)
           for n in ("start_date", "end_date")):
        return False  # new dates of one's own: "your dates fall after its period" (actions/later.py)
    if has("would_have_been_eligible", turn.text) or WOULD_HAVE_RX.search(turn.text) or any(
            e.get("entity") in ("start_date", "end_date") and str(e.get("value"))[:10] <= last
            for e in turn.entities):
        return False  # "would I have been eligible or not?", "and in June 2026?": the what-if's question
    later = any(e.get("entity") in ("start_date", "end_date") and str(e.get("value"))[:10] > last
                for e in turn.entities)
    return later or has("now_or_not", turn.text)


def _what_if_date(turn: Turn, status: dict[str, Any], start: str, end: Any) -> tuple[str, str, str] | None:
    """The date asked about, when it is one the what-if gave (its date to apply by, its dates a year or more
    earlier): (that date, how many years earlier, the case's dates); None otherwise."""
    from actions.datemeaning import _asked_dates
    from actions.later import shifted

    named = [value for value, _ in _asked_dates(turn)]
    if not named:
        return None
    moved = shifted(start, str(end) if end else None, status.get("mobility_from"), str(status["mobility_to"]))
    if moved is None:
        return None
    first, second, years = moved
    decision = turn.get("last_decision") or {}
    known = {d for d in (first, second, decision.get("apply_by")) if d}
    own = {str(status.get(k)) for k in ("mobility_from", "mobility_to", "closes", "applications_until")}
    for value in named:
        # (or a date before the call's end the what-if said, not one of the call's own)
        if value in known or value <= str(status["mobility_to"]) and value not in own and _said(turn, value):
            dates = " – ".join(i18n.fmt_date(d, turn.lang) for d in (first, second) if d)
            return value, i18n.fmt_years(years, turn.lang), dates
    return None


def _said(turn: Turn, value: str) -> bool:
    """Whether an earlier reply said this date."""
    day = i18n.fmt_date(value, turn.lang)
    return any(day in str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot")


def _contacts_said(turn: Turn) -> bool:
    """Whether the reply before already named whom to ask (not again in the next reply)."""
    from actions.laterask import previous_reply

    heads = [t(turn.lang, key, contacts="").split(":")[0] for key in ("next_step", "next_step_same")]
    return any(line.startswith(h) or h in line for line in previous_reply(turn) for h in heads if h)
