"""The date one applies or applied on (round 53): "et si j'avais demandé l'an dernier ... stage du 1er mars au
31 mai 2026, demande faite le 1er décembre 2025", "le 1er décembre c'est la date où j'aurais envoyé la
candidature", "ma demande du 1er décembre aurait été à temps ?", "if I had applied on 1 December 2025", "als
ik op 1 december 2025 had aangevraagd", "se avessi fatto domanda il 1° dicembre 2025". Round 53 stored that
date as the traineeship's start (and a made-up end with it: "pas éligible", 180 days, apply by 1 October
2025). Such a date is the rules core's `application_date`: never a date of the stay (actions/turn.py leaves it
out of the message's entities), kept with an ended call's past case (what_if_case) and judged there
(actions/flow.py judged_profile); "was it in time?" is answered yes or no from the rules core's checks on
applying (actions/dialogue.py)."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from actions.phrases import PHRASES
from actions.stayslots import STAY_DATE_SLOTS
from bot.nlu.folding import fold

DATES = STAY_DATE_SLOTS
APPLIED = "application_date"  # its key in what_if_case's past case (actions/casedates.py PAST)
APPLY_KINDS = ("apply_before_departure", "application_deadline")  # the rules core's checks on applying
REACH = 60  # characters searched before and after a date for the words of applying
CLAUSE_RX = re.compile(r"[.;!?\n]")
# A date that opens a range ("du 1er mars au 31 mai", "from 1 March to", "dal 1 al"): the stay's.
RANGE_RX = re.compile(r"^\s*(?:au|to|till|until|tot|t/m|tot en met|al|-|–)\s", re.I)


def is_applied_on(text: str, ent: dict[str, Any]) -> bool:
    """Whether a date entity of `text` is said as the day one applies or applied."""
    start, end = ent.get("start"), ent.get("end")
    if ent.get("entity") not in DATES or not isinstance(start, int) or not isinstance(end, int):
        return False
    folded = _folded(text)
    after = folded[end:end + REACH]
    if RANGE_RX.match(after):
        return False  # "le stage demandé du 1er mars au 31 mai": the start of the stay
    before = CLAUSE_RX.split(folded[max(0, start - REACH):start])[-1]
    return bool(PHRASES["application_date_before"].search(before)
                or PHRASES["application_date_after"].match(after))


@functools.lru_cache(maxsize=32)
def _folded(text: str) -> str:
    return fold(text)


def without_applied_on(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The message's entities without the dates said as the day of applying."""
    return [e for e in entities if not is_applied_on(text, e)]


def unapplied_text(turn: Any) -> str:
    """The message with its dates of applying blanked out (same length): "ma candidature du 1er déc 2025"
    names no year of the stay (round 53 moved the case to March 2025 for it)."""
    text = turn.text
    for ent in turn.tracker.latest_message.get("entities") or []:
        if isinstance(ent, dict) and is_applied_on(text, ent):
            text = text[:ent["start"]] + " " * (ent["end"] - ent["start"]) + text[ent["end"]:]
    # "visto che il bando è del 2015": the call's year, no year of the stay (round 60 judged April-June 2015)
    return PHRASES["call_year_named"].sub(lambda m: " " * len(m.group(0)), text)


def applied_entities(turn: Any) -> list[dict[str, Any]]:
    """The message's dates of applying, which actions/turn.py leaves out of its entities, placed in the
    question being answered (for the date to apply by compared with them: actions/applyby.py); none for an
    ended call, whose case judges them (in_time_line)."""
    from actions.calls import status_of

    call_id = turn.get("call")
    if not call_id or status_of(str(call_id)).get("status") == "closed":
        return []
    text = str(turn.tracker.latest_message.get("text") or "")
    out = [e for e in turn.tracker.latest_message.get("entities") or []
           if isinstance(e, dict) and is_applied_on(text, e)]
    if turn.focus is None:
        return out
    lo, hi = turn.focus
    return [{**e, "start": e["start"] - lo, "end": e["end"] - lo} for e in out if lo <= e["start"] < hi]


def said_applied_on(turn: Any) -> str | None:
    """The date of applying this message names (ISO), in the year before the stay when said without one
    ("ma demande du 1er décembre" for a stay from 1 March 2026: 1 December 2025)."""
    from actions.partial_dates import said_year

    text = str(turn.tracker.latest_message.get("text") or "")
    raw = [e for e in turn.tracker.latest_message.get("entities") or [] if isinstance(e, dict)]
    said = [e for e in raw if is_applied_on(text, e)]
    if not said:
        return None
    try:
        day = dt.date.fromisoformat(str(said[-1].get("value"))[:10])
    except ValueError:
        return None
    from actions.casedates import open_case

    case = open_case(turn.view)  # the past case being discussed, else the stay as it stands
    start = case.isoformat() if case else turn.get("start_date")
    if not said_year(text, said[-1]) and isinstance(start, str):
        first = dt.date.fromisoformat(start[:10])
        day = _before(day, first)
    return day.isoformat()


def _before(day: dt.date, start: dt.date) -> dt.date:
    """The day and month of `day` in the last year that puts it before `start`."""
    for year in range(start.year, start.year - 3, -1):
        try:
            moved = day.replace(year=year)
        except ValueError:  # 29 February
            moved = day.replace(year=year, day=28)
        if moved < start:
            return moved
    return day


def held_applied_on(turn: Any) -> str | None:
    """The date of applying the judged case goes with: said in this message, else the one kept with the ended
    call's past case being discussed (not said to be dropped)."""
    from actions.casedates import LEFT, PAST

    if PHRASES["application_date_dropped"].search(_folded(turn.text)):
        return None
    said = said_applied_on(turn)
    if said:
        return said
    case = turn.get("what_if_case")
    past = case.get(PAST) if isinstance(case, dict) else None
    if not turn.get("hypothetical") or not isinstance(past, dict) or past.get(LEFT):
        return None
    value = past.get(APPLIED)
    return value if isinstance(value, str) else None


def kept_applied_on(turn: Any) -> dict[str, str]:
    """The date of applying kept with the past case being discussed, to keep when its dates change."""
    from actions.casedates import LEFT, PAST

    case = turn.get("what_if_case")
    past = case.get(PAST) if isinstance(case, dict) else None
    if not isinstance(past, dict) or past.get(LEFT) or not isinstance(past.get(APPLIED), str):
        return {}
    return {APPLIED: past[APPLIED]}


def applied_fact(turn: Any) -> list[str]:
    """"date de candidature: 1 décembre 2025" among a case's facts said back, when this message names it."""
    from actions import i18n

    applied = said_applied_on(turn)
    if not applied:
        return []
    return [f"{i18n.label(turn.lang, 'fields', APPLIED)}: {i18n.fmt_date(applied, turn.lang)}"]


def keep_with_case(turn: Any) -> None:
    """The date of applying said (or dropped) in this message kept with the ended call's past case."""
    from actions.casedates import LEFT, PAST

    case = turn.get("what_if_case")
    past = case.get(PAST) if isinstance(case, dict) else None
    if not turn.get("hypothetical") or not isinstance(past, dict) or past.get(LEFT):
        return
    value = held_applied_on(turn)
    if past.get(APPLIED) != value:
        new = {k: v for k, v in past.items() if k != APPLIED}
        turn.set("what_if_case", {**case, PAST: {**new, **({APPLIED: value} if value else {})}})


def in_time_line(turn: Any, decision: dict[str, Any], past: bool) -> str | None:
    """"Yes: an application on 1 December 2025 would have been in time. <the rules core's reason>" when the
    message asks whether the date of applying it names (or the one held) was in time; None otherwise."""
    from actions import i18n
    from actions.askabout import is_question
    from actions.i18n import t

    applied, folded = held_applied_on(turn), _folded(turn.text)
    asked = PHRASES["applied_in_time_question"].search(folded) \
        or PHRASES["applied_ok_question"].search(folded) and said_applied_on(turn)
    if not applied or not is_question(turn.text) or not asked:
        return None
    failed = [c for c in decision.get("failed") or [] if c.get("kind") in APPLY_KINDS]
    passed = [c for c in decision.get("passed") or [] if c.get("kind") in APPLY_KINDS]
    if not failed and not passed:
        return None  # the start not known yet: nothing to judge the date against
    checks = failed or passed[:1]  # in time: the rule on the months before departure first
    reasons = " ".join(str(c.get("explanation") or "").strip() for c in checks)
    key = ("applied_too_late" if failed else "applied_in_time") + ("_past" if past else "")
    body = t(turn.lang, key, date=i18n.fmt_date(applied, turn.lang), reasons=reasons)
    return t(turn.lang, "answer_no" if failed else "answer_yes", answer=body)


def applied_in_time_first(turn: Any, start: int) -> None:
    """The yes or no on the date of applying asked about, first of this turn's replies (round 53 asked "ma
    candidature du 1er déc 2025 elle était dans les temps oui ou non ?" three times without an answer)."""
    from actions.calls import status_of

    call_id = turn.get("call")
    if not call_id or not turn.get("start_date") or turn.is_payload or not held_applied_on(turn):
        return
    from actions.flow import evaluate

    closed = status_of(str(call_id)).get("status") == "closed"
    try:
        line = in_time_line(turn, evaluate(turn), closed)
    except Exception:  # an invalid profile: the flow said what is wrong
        return
    if line and not any(line in str(m.get("text") or "") for m in turn.dispatcher.messages[start:]):
        turn.say(line)
        messages = turn.dispatcher.messages
        messages.insert(start, messages.pop())
