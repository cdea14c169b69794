"""The dates and lengths a message states, read as people say them: summed lengths ("3 months and 10 days"),
end and start cues, past Erasmus stays kept apart from the planned stay, dates inside questions about dates
left alone (dates said in part: actions/partial_dates.py, graduation dates: actions/graduation.py). Used by
actions/facts.py."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasa_sdk import Tracker

from actions import saidroles
from actions.casedates import same_weekday_near
from actions.phrases import PHRASES, has

DURATION_RX = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
APPLYING_REACH = 40  # characters before a date where "apply in" makes it the time of applying
PARTS = ",;.!?\n"  # what ends a part of a sentence


def same_dates_moved(tracker: Tracker, text: str, values: dict[str, Any], month_only: set[str] | None = None,
                     cued: bool = True) -> None:
    """"The same week, but in March 2026": the stay already given, moved to that month, days kept. So is a
    month alone, without "from", "until" or "start", in a case: "how much if it had been in March 2026?" is
    the whole trip in that month (round 24 moved only the start: 1 March 2026 - 12 March 2027, "377 days")."""
    old_start, old_end = tracker.get_slot("start_date"), tracker.get_slot("end_date")
    if not (isinstance(old_start, str) and isinstance(old_end, str)):
        return
    said = [values[n] for n in ("start_date", "end_date") if isinstance(values.get(n), str)]
    said_end = values.get("end_date")
    # "Monday to Friday would end on the 19th ... the same trip in March 2026": a month alone for the start
    # moves the stay even when an end day is said with it (round 34 took 1-19 March 2026).
    month_start = values.get("start_date") in (month_only or set())
    if has("same_dates", text) and ("end_date" not in values or month_start):
        new = values.get("start_date")
    elif len(said) == 1 and said[0] in (month_only or set()) and not cued and has("what_if", text) \
            and not has("start_verb", text):
        new = said[0]
    else:
        return
    if not isinstance(new, str):
        return
    start, end, target = (dt.date.fromisoformat(v[:10]) for v in (old_start, old_end, new))
    try:
        moved = start.replace(year=target.year, month=target.month)
    except ValueError:  # the 31st in a shorter month
        return
    if has("same_week", text):
        moved = same_weekday_near(start, moved)  # "same week": Monday to Friday stays Monday to Friday
    values["start_date"] = moved.isoformat()
    values["end_date"] = (end + (moved - start)).isoformat()
    if isinstance(said_end, str) and said_end[:7] == moved.isoformat()[:7] and said_end > moved.isoformat():
        values["end_date"] = said_end  # the end day said with it ("on the 19th, not the 21st")


def same_dates_kept(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Une formation d'une semaine ... aux mêmes dates": the dates already given stay, and the length said
    with them describes that stay; it moves no end (it had moved 13 March to 15 March)."""
    if not (has("same_dates", text) and tracker.get_slot("start_date") and tracker.get_slot("end_date")):
        return entities
    return [e for e in entities if e.get("entity") != "duration"]


def impossible_period(tracker: Tracker, values: dict[str, Any]) -> dict[str, Any] | None:
    """An end before the start, once the years are settled: the date just said is left out, and said so."""
    start = values.get("start_date") or tracker.get_slot("start_date")
    end = values.get("end_date") or tracker.get_slot("end_date")
    if not (isinstance(start, str) and isinstance(end, str)) or end >= start:
        return None
    values.pop("end_date" if "end_date" in values else "start_date", None)
    return {"key": "issue_end_before_start", "start": start, "end": end}


def drop_told_dates(tracker: Tracker, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"I saw the 9 January, but what is the rule?", "je devrais postuler tout de suite plutôt qu'attendre le
    9 janvier ?": the apply-by date said to the person is no stay date, whatever year the NLU gave a date
    said without one (it made 9 January 2027 of it, and the stay moved to 9 January)."""
    told = str((tracker.get_slot("last_decision") or {}).get("apply_by") or "")
    if not told:
        return entities
    text = str(tracker.latest_message.get("text") or "")
    return [e for e in entities
            if not (e.get("entity") in ("start_date", "end_date") and _told(e, told, text))]


def _told(ent: dict[str, Any], told: str, text: str) -> bool:
    """The date entity is the apply-by date: the same date, or its day and month said without a year."""
    value = str(ent.get("value") or "")[:10]
    if value == told:
        return True
    start, end = ent.get("start"), ent.get("end")
    said = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
    return value[5:] == told[5:] and bool(said) and not re.search(r"\d{4}", said)


def drop_dates_in_questions(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dates inside a question about dates ("why by 9 January?", "before 18 January or later?") are not the
    stay's dates."""
    out = []
    for ent in entities:
        start = ent.get("start")
        if ent.get("entity") in ("start_date", "end_date", "duration") and isinstance(start, int):
            # ("after that, like sept to nov 2026?" places the stay after the graduation: no date question)
            sentence = PHRASES["placed_after"].sub(" ", clause(text, start, start))
            # "what if it ended on 10 March, would that change anything?", "quelle est la date limite si je
            # pars le 2 mars ?", "maybe I could stay until 15 June instead, would the grant change?": the case
            # asked about, kept; so are the dates asked for ("can you change it to February to May 2027?").
            if "?" in sentence and has("date_question", sentence) and not has("what_if", sentence) \
                    and not has("if_clause", sentence) and not has("case_words", sentence) \
                    and not has("dates_change_request", sentence) and not stated_then_asked(text, ent):
                continue
            # "een paar dagen vakantie erbij, zeg maar blijven tot de 28e?": the end of days of one's own
            # after the mobility, not its end (round 45 moved a 24 April end to the 28th).
            opening = clause_span(text, start, start)[0]
            if PHRASES["uncovered_topics"]["private_days"].search(text[opening:start]):
                continue
            # "can I still apply in February?", "als ik eind januari aanvraag": when the person would apply,
            # not a date of the stay.
            if applying_time(text, ent):
                continue
            # "en die 31 juli dan, wat was dat?", "que signifie le 31 juillet ?": the date whose meaning is
            # asked (round 33 stored it as the new end date); "what if it ended on 10 March?" stays a case.
            if has("date_meaning_question", sentence) and not has("what_if", sentence) \
                    and not has("if_clause", sentence) and ent.get("entity") != "duration":
                continue
        out.append(ent)
    return out


def stated_then_asked(text: str, ent: dict[str, Any]) -> bool:
    """"My end date is actually 21 April, does that change anything?", "l'ultimo giorno è il 21 e non il 22,
    cambia qualcosa?": a date stated with its role (or as a change of mind) in its own part of the sentence,
    then whether it matters. The date is news, the question is about its effect (round 25 kept the old end;
    "does that change the deadline?" after a date with no role said stays a question about dates)."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    left = max(text.rfind(sep, 0, start) for sep in PARTS) + 1
    rights = [i for i in (text.find(sep, end) for sep in PARTS) if i >= 0]
    right = min(rights) if rights else len(text)
    part, before = text[left:right], text[left:start]
    # ("senti facciamo fino al 31 maggio invece, quanto cambia?": how much the change changes, round 43)
    asks = has("matters_question", text[right:]) or has("amount_change_question", text[right:])
    if has("date_question", part) or has("if_clause", part) or not asks:
        return False
    return has("end_word", before) or has("start_word", before) or has("change_of_mind", part) \
        or bool(PHRASES["end_after"].match(text[end:right]) or PHRASES["start_after"].match(text[end:right]))


def applying_time(text: str, ent: dict[str, Any]) -> bool:
    """Whether a date is the time the person would apply: after "apply in" or before "aanvraag"; not when what
    is handed in is the degree ("Il titolo lo consegno il 15 marzo": the graduation date, graduation.py)."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    left, _ = clause_span(text, start, end)
    if has("degree_obtained", text[left:start]) and not has("application_words", text[left:start]):
        return False
    before = text[max(0, start - APPLYING_REACH):start]
    waits = PHRASES["applying_wait"].search(before) is not None
    if waits and any(has(words, text) for words in ("application_words", "month_of_else",
                                                    "apply_early_question")):
        return True  # "should I send it now rather than wait till january?" (round 50 stored 31 January)
    return bool(PHRASES["applying_before"].search(before)
                or PHRASES["applying_after"].match(text[end:end + APPLYING_REACH]))


def merge_durations(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"3 months and 10 days" is one length (P3M10D), not the last one said."""
    durations = [e for e in entities if e.get("entity") == "duration"]
    if len(durations) < 2:
        return entities
    total = [0, 0, 0, 0]
    for ent in durations:
        match = DURATION_RX.match(str(ent.get("value") or ""))
        if match:
            total = [t + int(g or 0) for t, g in zip(total, match.groups(), strict=True)]
    years, months, weeks, days = total
    value = "P" + "".join(f"{n}{u}" for n, u in ((years, "Y"), (months, "M"), (weeks, "W"), (days, "D")) if n)
    merged = {**durations[0], "value": value}
    return [e for e in entities if e.get("entity") != "duration"] + [merged]


def past_erasmus(text: str, asked: str | None, entities: list[dict[str, Any]],
                 values: dict[str, Any]) -> list[dict[str, Any]]:
    """"I did 3 months of Erasmus during my master": a past stay (prior months), never the planned length."""
    durations = [e for e in entities if e.get("entity") == "duration"]
    if asked != "prior_erasmus_months":
        # Only a length in the sentence that tells of an earlier Erasmus: "it's 10 days from 9 to 18 February.
        # ... I thought they had left Erasmus" kept the plan's 10 days as 0.3 months done (round 50).
        durations = [e for e in durations if _told_of_past_erasmus(text, e)]
    if not durations:
        return entities
    if has("never", text):
        values["prior_erasmus_months"] = 0.0
    elif DURATION_RX.match(str(durations[0].get("value") or "")):
        values["prior_erasmus_months"] = months(str(durations[0].get("value")))
    return [e for e in entities if not any(e is d for d in durations)]


def _told_of_past_erasmus(text: str, duration: dict[str, Any]) -> bool:
    """Whether the sentence of this length tells of an earlier Erasmus stay ("I did 3 months of Erasmus");
    a length the NLU could not place is judged by the whole message."""
    start = duration.get("start")
    sentence = text
    if isinstance(start, int):
        begin = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
        ends = [i for i in (text.find(mark, start) for mark in ".!?") if i >= 0]
        sentence = text[begin:min(ends) + 1 if ends else len(text)]
    return has("erasmus_before", sentence) and has("past_erasmus", sentence)


def months(duration: str) -> float:
    """A length (P3M, P1Y2M, P10W) in months, to one decimal."""
    match = DURATION_RX.match(duration)
    if not match:
        return 0.0
    years, month_count, weeks, days = (int(g or 0) for g in match.groups())
    return round(years * 12 + month_count + (weeks * 7 + days) / 30, 1)


def date_roles(text: str, entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
    """One date said after "end", "until", "fin", "tot"... is the end date (and after "from", "start"... the
    start), whatever the NLU guessed: "no wait, end date is 30 June 2016"."""
    dates = [e for e in entities if e.get("entity") in ("start_date", "end_date")]
    if not dates or not all(isinstance(e.get("start"), int) for e in dates):
        return entities, False
    roles: dict[int, str] = {}
    previous_end = 0
    # "come avevo detto all'inizio, 29 maggio": the start of the conversation is no start cue.
    plain = PHRASES["said_before"].sub(lambda m: " " * len(m.group(0)), text)
    for ent in sorted(dates, key=lambda e: e["start"]):
        # "it starts 1 March and I finish 15 April": each date's own cue, never one beyond the date before.
        before = plain[max(previous_end, ent["start"] - 40):ent["start"]]
        previous_end = int(ent.get("end") or ent["start"])
        after = plain[previous_end:previous_end + 30]  # "le 30 juin comme fin": its own cue, after it
        # "februari 2027 is wanneer ik zou vertrekken, niet het einde": a role denied after the date is the
        # other one; a date in a question about applying is the departure asked about (actions/saidroles.py).
        role = "end_date" if PHRASES["end_after"].search(after) else \
            "start_date" if PHRASES["start_after"].search(after) else \
            saidroles.role_denied(plain, ent, dates) or \
            ("end_date" if PHRASES["end_word"].search(before) else
             "start_date" if PHRASES["start_word"].search(before) else
             saidroles.departure_asked(plain, ent, dates))
        # A date said again "as I said" keeps the role it had, unless a cue of its own says otherwise.
        role = role or (ent["entity"] if ent.get("restated") else None)
        if role:
            roles[id(ent)] = role
    if not roles:
        return entities, False
    # "until end of April. 30 April 2026": one date said twice is one date, with the role of its cue.
    # (A restatement comes after its cued mention; "van 14 april tot 14 april" is a one-day range.)
    cued = [e for e in dates if id(e) in roles]
    entities = [e for e in entities if id(e) in roles or not any(e is d for d in dates)
                or not any(c.get("value") == e.get("value") and c["start"] < e["start"] for c in cued)]
    # "du 4 au 13 mai. Remettez la date de fin au 13 mai": the range's end said again with its cue is that
    # end, once (left in, the NLU's "start" on the second 13 May made a one-day stay).
    said_again, cued_once = [], set()
    for ent in sorted((e for e in entities if any(e is d for d in dates)),
                      key=lambda e: (id(e) not in roles, -e["start"])):  # the last cued mention is kept
        fact = (ent.get("value"), roles.get(id(ent), ent.get("entity")))
        if fact in cued_once:
            said_again.append(ent)
        elif id(ent) in roles:
            cued_once.add(fact)
    entities = [e for e in entities if not any(e is s for s in said_again)]
    dates = [e for e in entities if any(e is d for d in dates)]
    _other_role(dates, roles)
    out = [{**e, "entity": roles[id(e)]} if id(e) in roles else e for e in entities]
    if len(dates) > 1 and len(roles) < len(dates) and len(set(roles.values())) < 2 and not said_again \
            and not _start_then_end(out):
        return entities, False  # "from 1 March to 15 April": the range as the NLU read it
    return out, True


def _start_then_end(entities: list[dict[str, Any]]) -> bool:
    """The cue made of two starts a start and a later end ("pas 1 april begint (einde blijft 29 mei)": the
    NLU read both as starts, round 45 kept the second as the start)."""
    dates = [e for e in entities if e.get("entity") in ("start_date", "end_date")]
    return len(dates) == 2 and [e["entity"] for e in dates] == ["start_date", "end_date"] \
        and str(dates[0].get("value"))[:10] < str(dates[1].get("value"))[:10]


def _other_role(dates: list[dict[str, Any]], roles: dict[int, str]) -> None:
    """"no, 30 november 2026. start is 1 september 2026": of two dates, one cued as the start, the other
    (read as a start too) is the end when it comes after it, and the other way round (round 37 read two starts
    and kept neither)."""
    if len(dates) != 2 or len(roles) != 1:
        return
    cued, other = (dates[0], dates[1]) if id(dates[0]) in roles else (dates[1], dates[0])
    role = roles[id(cued)]
    if other.get("entity") != role:
        return  # the NLU's own other role stands
    later = str(other.get("value"))[:10] > str(cued.get("value"))[:10]
    if role == "start_date" and later or role == "end_date" and not later:
        roles[id(other)] = "end_date" if role == "start_date" else "start_date"


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a mention begins and ends, its closing mark included."""
    left = max(text.rfind(sep, 0, start) for sep in ".;!?\n") + 1
    right = [i for i in (text.find(sep, end) for sep in ".;!?\n") if i >= 0]
    return left, min(right) + 1 if right else len(text)


def clause(text: str, start: int, end: int) -> str:
    """The sentence around a mention, with its closing mark ("...need a virtual part?")."""
    left, right = clause_span(text, start, end)
    return text[left:right]
