"""The past case of an ended call: "what would have applied to me if I'd gone last summer?", "june 1 to july
31 2026: eligible yes or no?", asked after the call ended while the person's own plan starts after its period
(a traineeship in June-August 2027, a call whose mobilities ended on 31 July 2026).

The time the person names is the case, judged by the rules core as it is ("last summer" on 2 December 2026:
their own dates in 2026, 1 June - 31 August 2026, whose end is after the call's limit), never moved further
into the period; dates said inside the period are that case, never a change of the plan (unless the person
says to keep them as the plan). The case is kept aside (what_if_case, under PAST) and stays the one judged
until the person goes back to their real plan. Round 28 took "last summer" as 2025 (the fewest whole years
back that fit the period, still the rule when no time is named), quoted the real 2027 dates under the case's
heading, and stored the case's dates as the plan ("Updated: end date: 31 August 2027 -> 31 July 2026")."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from actions import i18n
from actions.applieddate import applied_fact, held_applied_on, kept_applied_on, unapplied_text
from actions.calls import status_of
from actions.casedates import LEFT, PAST
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATES = STAY_DATE_SLOTS
# Slots the case sets for the turn only: never stored as the person's.
CASE_SLOTS = frozenset((*DATES, "skipped", "duration"))
# A year said alone, not one end of a range of years ("the 2024-2026 call", "2025/26").
YEAR_RX = re.compile(r"(?<![\d/–-])\b(20\d\d)\b(?!\s*[/–-]\s*\d)")
NOT_BEFORE_RX = re.compile(r"\b(not|pas|niet|non|geen|instead of|au lieu de|in plaats van|invece del|anziché)"
                           r"\s+(in\s+|en\s+|nel\s+|il\s+)?$", re.I)
# Each season's months; winter's January and February belong to the year after its December.
SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}


def years_back(day: str, n: int) -> str:
    """The date `n` whole years earlier (29 February becomes the 28th)."""
    d = dt.date.fromisoformat(str(day)[:10])
    day_of = min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day
    return d.replace(year=d.year - n, day=day_of).isoformat()


def ended_status(turn: Turn) -> dict[str, Any] | None:
    """The ended call's status when the person's own plan (as stored) starts after its mobility period."""
    call_id, start = turn.get("call"), turn.tracker.get_slot("start_date")
    if not call_id or not isinstance(start, str):
        return None
    status = status_of(str(call_id))
    last = status.get("mobility_to")
    if status["status"] != "closed" or not last or start[:10] <= str(last):
        return None
    return status


def stored(turn: Turn, left: bool = False) -> tuple[str, str | None] | None:
    """The past case kept aside; `left`: the one left for the own plan instead (to be recalled)."""
    case = turn.get("what_if_case")
    past = case.get(PAST) if isinstance(case, dict) else None
    if isinstance(past, dict) and isinstance(past.get("start_date"), str) and bool(past.get(LEFT)) == left:
        return str(past["start_date"]), past.get("end_date")
    return None


def recalled(turn: Turn, year: int | None = None) -> tuple[str, str | None] | None:
    """The case left for the own plan, named again ("so for the 2026 what-if: ...", round 37 took the plan's
    dates a year back instead of the 9-13 March 2026 the person had set): when it is in the year named and
    still the own plan's time, moved back (within a week: "the same week" keeps its weekdays)."""
    left, start = stored(turn, left=True), turn.tracker.get_slot("start_date")
    if left is None or not isinstance(start, str) or year is not None and left[0][:4] != str(year):
        return None
    back = dt.date.fromisoformat(years_back(start, int(start[:4]) - int(left[0][:4])))
    return left if abs((dt.date.fromisoformat(left[0]) - back).days) <= 7 else None


def named_year(text: str, today: dt.date, month: int) -> int | None:
    """The year a message names for the case: a season with its year ("summer 2026"), a year not denied
    ("last summer = 2026, not 2025"), the last season ("l'été dernier": the last one over by today, the year
    holding the plan's month `month` in it) or last year."""
    found = PHRASES["season_year"].search(text)
    if found:
        return int(YEAR_RX.findall(found.group(0))[-1])
    years = [int(m.group(1)) for m in YEAR_RX.finditer(text) if not NOT_BEFORE_RX.search(text[:m.start()])]
    if years:
        return years[-1]
    for season, rx in PHRASES["last_season"].items():
        if rx.search(text):
            months = SEASONS[season]
            ends = dt.date(today.year + (season == "winter"), months[-1] + 1, 1) - dt.timedelta(days=1)
            year = ends.year if ends < today else ends.year - 1  # its last month's year
            return year - 1 if season == "winter" and month == 12 else year
    return today.year - 1 if has("last_year", text) else None


def named_case(turn: Turn, status: dict[str, Any]) -> tuple[str, str | None] | None:
    """The person's own dates moved to the year the message names, when that is before the plan's year and
    the case starts by the call's last mobility day."""
    from actions.profile import today

    start, end = turn.tracker.get_slot("start_date"), turn.tracker.get_slot("end_date")
    if not isinstance(start, str):
        return None  # dates said for the first time in this message: no plan of one's own to move yet
    year = named_year(unapplied_text(turn), today(), int(str(start)[5:7]))
    if year is None or year >= int(str(start)[:4]):
        return None
    kept = stored(turn) or recalled(turn, year)
    if kept and kept[0][:4] == str(year):
        return kept  # the same time as the case kept aside ("you said june-july 2026 was eligible")
    n = int(str(start)[:4]) - year
    moved = years_back(str(start), n), years_back(str(end), n) if isinstance(end, str) else None
    return moved if moved[0] <= str(status["mobility_to"]) else None


def named_again(turn: Turn) -> bool:
    """"So for the 2026 what-if: 309 EUR travel, ... Correct?" after going back to the plan: a question naming
    the year of the case left, which is judged again (actions/later.py shift_for_the_turn)."""
    from actions.profile import today

    start = turn.tracker.get_slot("start_date")
    if "?" not in turn.text or not isinstance(start, str) or stored(turn, left=True) is None \
            or back_to_plan(turn):
        return False
    year = named_year(unapplied_text(turn), today(), int(start[5:7]))
    return year is not None and recalled(turn, year) is not None


def back_to_plan(turn: Turn) -> bool:
    """"so for my real plan (summer 2027) ...": the message names the own plan (its words, or its year
    without a past conditional): the case is left."""
    if has("real_trip", turn.text):
        return True
    start = str(turn.tracker.get_slot("start_date") or "")
    return start[:4] in YEAR_RX.findall(unapplied_text(turn)) and not has("past_conditional", turn.text)


def leave(turn: Turn) -> None:
    """Back to the own plan; the case's dates stay to be recalled by its year (recalled)."""
    turn.set("hypothetical", None)
    kept = stored(turn)
    if kept:
        turn.set("what_if_case", {PAST: {"start_date": kept[0], "end_date": kept[1], LEFT: True}})


def judge(turn: Turn, start: str, end: str | None, new: bool) -> None:
    """The case's dates are the ones judged in this message (never stored as the plan), and kept aside, with
    the facts of a case said in this message ("and Dakar instead?": its button keeps them as the plan)."""
    from actions.keepcase import FRESH

    now = turn.get("what_if_case") if "what_if_case" in turn.changes else None
    facts = {n: v for n, v in now.items() if n != PAST} if isinstance(now, dict) and now.get(FRESH) else {}
    turn.what_if |= CASE_SLOTS
    turn.set("start_date", start)
    if end:
        turn.set("end_date", end)
    turn.set("hypothetical", True)
    applied = kept_applied_on(turn)  # the date applied on said for the case stays with it (round 53)
    turn.set("what_if_case", {**facts, PAST: {"start_date": start, "end_date": end, **applied}})  # older left
    dates = " – ".join(i18n.fmt_date(d, turn.lang) for d in (start, end) if d)
    turn.as_if_dates = {"intro": "hypothetical_intro_case", "dates": dates, "new": new}


def take_stated(turn: Turn, values: dict[str, Any]) -> bool:
    """Dates stated inside the ended call's period while the own plan is after it: that past case (taken out
    of `values`, said once as the case's, without changing the plan); False for any other dates."""
    status = ended_status(turn)
    said = {n: str(values[n]) for n in DATES if isinstance(values.get(n), str)}
    if status is not None and not said:
        said = _said_in_period(turn, str(status["mobility_to"]))
    if status is None or not said or min(said.values()) > str(status["mobility_to"]) \
            or has("keep_case", turn.text):
        return False
    from actions.askabout import is_question

    if not is_question(turn.text) and not turn.get("hypothetical"):
        return False  # "diciamo la stessa settimana ma a marzo 2026", asking nothing: the plan, as before
    start, end = _completed(turn, said)
    for name in (*DATES, "start_month", "duration"):
        values.pop(name, None)
    new = (start, end) != stored(turn)
    judge(turn, start, end, new)
    if new:
        facts = [f"{i18n.label(turn.lang, 'fields', n)}: {i18n.fmt_date(d, turn.lang)}"
                 for n, d in zip(DATES, (start, end), strict=True) if d]
        facts += applied_fact(turn)  # "demande faite le 1er décembre 2025": said back as what it is
        turn.say(t(turn.lang, "what_if_facts", facts="; ".join(facts)))
    return True


def _said_in_period(turn: Turn, last: str) -> dict[str, str]:
    """The dates inside the ended call's period that a message asking about the case names, which the fact
    reader sets aside as no new plan ("would June-August 2026 have worked?" asks about the plan's months, "si
    j'avais fait juin à juillet 2026" tells an earlier stay): here they are the case asked about."""
    from actions.stated import quoted
    from actions.when import drop_dates_in_questions

    if not has("past_conditional", turn.text) and not has("case_verdict_question", turn.text):
        return {}
    said: dict[str, str] = {}
    for ent in drop_dates_in_questions(turn.text, turn.entities):
        if isinstance(ent.get("start"), int) and quoted(turn.text, ent["start"]):
            continue  # "Lei mi ha riportato marzo-maggio 2016": the dates said to her, no case (round 60)
        value, name = str(ent.get("value") or "")[:10], str(ent.get("entity"))
        if name in DATES and re.fullmatch(r"\d{4}-\d\d-\d\d", value) and value <= last:
            said.setdefault(name, value)
    return said


def _completed(turn: Turn, said: dict[str, str]) -> tuple[str, str | None]:
    """Both dates of the case: one said alone goes with the kept case's other date, else with the own plan's
    other date moved by as many years as the one said."""
    start, end = said.get("start_date"), said.get("end_date")
    if start and end:
        return start, end
    kept = stored(turn)
    own_start, own_end = turn.tracker.get_slot("start_date"), turn.tracker.get_slot("end_date")
    if start:
        if kept and kept[1] and kept[1] >= start:
            return start, kept[1]
        moved = years_back(str(own_end), int(str(own_start)[:4]) - int(start[:4])) \
            if isinstance(own_end, str) else None
        return start, moved if moved and moved >= start else None
    if kept and kept[0] <= str(end):
        return kept[0], end
    return years_back(str(own_start), int(str(own_end)[:4]) - int(str(end)[:4])), end


def dates_for_the_turn(turn: Turn, status: dict[str, Any]) -> bool:
    """The case judged in a message that states no dates: the time it names, else the case kept aside (round
    28: the nationality asked for the case got the verdict for other dates). False: neither, the fewest
    whole years back are taken (actions/later.py same_dates_earlier)."""
    named = named_case(turn, status)
    back = None if named else recalled(turn)  # the case left, asked about again: its dates, named
    case = named or stored(turn) or back
    if case is None:
        return False
    new = case != stored(turn) and back is None
    judge(turn, case[0], case[1], new)
    if named and new:
        dates = str(turn.as_if_dates["dates"]) if turn.as_if_dates else ""
        turn.say(t(turn.lang, "past_case_named", year=case[0][:4], dates=dates))
    return True


def header(turn: Turn, status: dict[str, Any], decision: dict[str, Any]) -> list[str]:
    """The lines over an ended call's answer judged as if applied in time: "Yes"/"No" first for the case when
    the message asks so, then what the answer is ("Had you applied in time, for 1 June 2026 – 31 July 2026,
    ..."), naming the dates judged unless this message just said them."""
    from actions.eitheror import either_or, open_question

    shift, lang = turn.as_if_dates or {}, turn.lang
    intro = str(shift.get("intro") or "hypothetical_intro_as_if") if shift and not shift["new"] \
        else "hypothetical_intro"
    from actions.closedline import closed_sentence

    applied = held_applied_on(turn)  # "had you applied on 1 December 2025", not "in time" (round 53)
    lines = [t(lang, f"{intro}_applied" if applied else intro, closed=closed_sentence(status, lang),
               years=shift.get("years"), dates=shift.get("dates"),
               applied=i18n.fmt_date(applied, lang) if applied else "")]
    verdict, text = decision.get("verdict"), turn.text
    asks = "?" in text and (has("case_verdict_question", text) or has("verdict_question", text)) \
        and not either_or(text, lang) and not open_question(text)
    if asks and verdict in ("eligible", "not_eligible"):
        dates = shift.get("dates") or " – ".join(i18n.fmt_date(str(turn.get(n)), lang) for n in DATES
                                                 if turn.get(n))
        key = "past_case_eligible" if verdict == "eligible" else "past_case_not_eligible"
        answer = "answer_yes" if verdict == "eligible" else "answer_no"
        lines.insert(0, t(lang, answer, answer=t(lang, key, dates=dates)))
    return lines
