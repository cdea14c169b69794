"""The graduation date a message states, kept apart from the stay's dates (used by actions/facts.py).

A date is the graduation date only when it is said with words of graduating or of the degree obtained ("I
graduate on 15 March", "il titolo lo consegno il 15 marzo", "le 15 mars j'obtiens mon doctorat"), in its own
sentence, as the nearest date to those words. Not (round 26, IMT Lucca):
- a date of a range, which is the stay: "Dal 1° maggio al 31 agosto 2016, quindi dopo la discussione" made
  31 August the graduation date;
- a date with a cue of the stay of its own ("il 31 agosto è la fine del tirocinio", "data di fine 31 agosto");
- a date near graduation words that are negated ("non la data del titolo") or that only place the stay
  relative to the graduation ("dopo la discussione", "after my graduation").
Said without a year, the date is placed in the call's years ("I only defended in March" about Lucca: March
2016); said again for the month of the graduation date already given, that date stays."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from rasa_sdk import Tracker

from actions import partial_dates, when
from actions.phrases import PHRASES, has

CUE_KEYS = ("graduation_word", "degree_obtained")
STAY_CUE_REACH = 40  # characters before a date searched for its own "until", "data di fine"
MONTH_END_REACH = 25  # characters before a month searched for "the end of", "fin", "eind", "fine"
STAY_CUE_AFTER = 30  # characters after a date searched for "è la fine", "as the start"
# "after my graduation on 15 March", "dopo la discussione del 15 marzo": the date right after such words is
# still the graduation's.
ITS_DATE_RX = re.compile(r"^\s*,?\s*(?:on|in|of|le|du|en|op|il|del|di|a)?\s*(?:the\s+)?$", re.I)
RANGE_RX = re.compile(
    r"^\s*(?:-|–|—|to|till|until|through|au|à|a|jusqu['’]?\s*(?:au|à)|tot(?: en met)?|t/m|al|fino al?|"
    r"all['’])\s*(?:the\s+|le\s+|il\s+)?$", re.I)


def cues(text: str) -> list[tuple[re.Match[str], bool]]:
    """The words that make a date near them the graduation date, not negated ("non la data del titolo"); each
    with whether it places something relative to the graduation ("quindi dopo la discussione")."""
    found = [m for key in CUE_KEYS for m in PHRASES[key].finditer(text)
             if not PHRASES["graduation_negated"].search(text[max(0, m.start() - 40):m.start()])]
    return [(m, PHRASES["relative_to_graduation"].search(text[max(0, m.start() - 30):m.start()]) is not None)
            for m in found]


def in_range(ent: dict[str, Any], dates: list[dict[str, Any]], text: str) -> bool:
    """Whether the date is one end of a range said with another date ("from 1 May to 31 August")."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    for other in dates:
        if other is ent or not isinstance(other.get("start"), int):
            continue
        o_start, o_end = int(other["start"]), int(other.get("end") or other["start"])
        between = text[end:o_start] if o_start >= end else text[o_end:start]
        if RANGE_RX.match(between):
            return True
    return False


def stay_cued(ent: dict[str, Any], text: str, found: list[re.Match[str]]) -> bool:
    """Whether the date has a cue of the stay of its own: after it ("è la fine del tirocinio"), or before it
    with no graduation words between ("data di fine 31 agosto"; "I'll finish my PhD on 15 March" is the
    PhD's end)."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    after = text[end:end + STAY_CUE_AFTER]
    if PHRASES["end_after"].search(after) or PHRASES["start_after"].search(after):
        return True
    left, _ = when.clause_span(text, start, end)
    offset = max(left, start - STAY_CUE_REACH)
    before = text[offset:start]
    # "I graduate at the end of June 2026": "the end of" names the month's last day, no end of the stay.
    month_end = PHRASES["month_end_before"].search(before)
    before = before[:month_end.start()] if month_end else before
    cue = PHRASES["end_word"].search(before) or PHRASES["start_word"].search(before)
    # (the graduation words may hold the stay cue's word: "il mio master finisce a settembre")
    return cue is not None and not any(m.end() > offset + cue.start() and m.start() < start for m in found)


def graduation_date(text: str, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The date entity that is the graduation date, if the message states one."""
    found = cues(text)
    dates = [e for e in entities if e.get("entity") in ("start_date", "end_date")]
    if not found or not dates:
        return None
    if not all(isinstance(e.get("start"), int) for e in dates):
        return min(dates, key=lambda e: abs(int(e.get("start") or 0) - found[0][0].start()))
    best: tuple[int, dict[str, Any]] | None = None
    for ent in dates:
        if in_range(ent, dates, text) or stay_cued(ent, text, [m for m, _ in found]):
            continue
        start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
        span = when.clause_span(text, start, end)
        for cue, relative in found:
            if not span[0] <= cue.start() < span[1]:
                continue  # a cue in another sentence is about another date
            if relative and not (start >= cue.end() and ITS_DATE_RX.match(text[cue.end():start])):
                continue  # "1 May, so after the defence": the stay placed after it
            gap = max(cue.start() - end, start - cue.end(), 0)
            if best is None or gap < best[0]:
                best = (gap, ent)
    return best[1] if best else None


def graduation(tracker: Tracker, text: str, entities: list[dict[str, Any]],
               values: dict[str, Any]) -> list[dict[str, Any]]:
    """The graduation date said, set in `values` and taken out of the stay's dates (see the module's doc)."""
    closest = graduation_date(text, entities)
    if closest is None:
        return entities
    rest = [e for e in entities if e is not closest]
    day = dt.date.fromisoformat(str(closest.get("value"))[:10])
    stored = tracker.get_slot("graduation_date")
    said = text[int(closest.get("start") or 0):int(closest.get("end") or 0)]
    no_day = not re.search(r"(?<!\d)\d{1,2}(?!\d)", said)
    start = int(closest.get("start") or 0)
    if no_day and PHRASES["month_end_before"].search(text[max(0, start - MONTH_END_REACH):start]):
        # "at the end of June 2026", "fin juin", "eind juni", "a fine giugno": the month's last day, said.
        day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    elif no_day:
        # "in September 2027" has no day: the month's first day (as for a graduation month without a year),
        # whichever role the NLU gave the date (an end took the 30th), so a month always gives the same day.
        day = day.replace(day=1)
    if partial_dates.said_year(text, closest):
        same_month = isinstance(stored, str) and stored[:7] == day.isoformat()[:7]
        if not (no_day and same_month):  # (a stored day in that month is the more precise one)
            values["graduation_date"] = day.isoformat()
        return rest
    from rules_core.dates import today

    if has("past_graduation", text) and day > today():
        # "I defended in November" said in January: last November, not the next one the NLU took.
        day = partial_dates.with_year(day, day.year - 1) or day
    call_id = partial_dates.call_of(tracker, entities)
    day = partial_dates.in_call_years(call_id, day)
    if not has("past_graduation", text) and no_day and day.replace(day=28) < today() and _open(call_id):
        # "my thesis defence might be in September", said in October 2025 of a graduation to come: next
        # September, not the one just gone (round 21 noted 1 September 2025).
        day = partial_dates.with_year(day, day.year + 1) or day
    if not (isinstance(stored, str) and stored[:7] == day.isoformat()[:7]):
        values["graduation_date"] = day.isoformat()  # (a stored day in that month is the more precise one)
    return rest


def _open(call_id: str | None) -> bool:
    """Whether the call takes applications today (an ended call's months are its own years')."""
    from actions.calls import status_of

    try:
        return bool(call_id) and status_of(str(call_id))["status"] != "closed"
    except Exception:  # an unknown call: its months are left as read
        return False
