"""The person's own date to apply by, in answers about applying: "can I still apply in February? is that too
late?" with the departure known gets that date first ("For your departure on 16 March 2026 you must apply
by 16 January 2026, 2 months before. February would be too late."), never a bare "the call is open"; and a
question that names the date the assistant gave ("e la scadenza? 4 marzo 2026?") gets "Yes: apply by ...".
Every date is the rules core's (its `deadlines`); the number of months is read off the two dates."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from babel.units import format_unit

from actions import i18n
from actions.answer import soon_lines
from actions.applieddate import applied_entities
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS


def personal_deadlines(turn: Turn) -> dict[str, Any] | None:
    """The rules core's dates for this person's departure, when it is known and gives a date to apply by."""
    start = turn.get("start_date")
    if not start or not turn.get("call"):
        return None
    from actions.flow import evaluate

    try:
        deadlines = evaluate(turn).get("deadlines") or {}
    except Exception:  # an incomplete or invalid profile: the call's own dates answer instead
        return None
    return {**deadlines, "start": str(start)} if deadlines.get("apply_by") else None


def ahead(deadlines: dict[str, Any], lang: str) -> str | None:
    """"2 months" when the date to apply by is counted back from the departure; None when it is the call's
    own deadline (IMT Lucca, or a departure so late that the deadline comes first)."""
    apply_by, start = _day(deadlines["apply_by"]), _day(deadlines["start"])
    if deadlines.get("application_deadline") and apply_by == _day(deadlines["application_deadline"]):
        return None
    months = (start.year - apply_by.year) * 12 + start.month - apply_by.month
    return format_unit(months, "duration-month", length="long", locale=lang) if months > 0 else None


def ended(turn: Turn) -> str:
    """"_past" once the call has ended: its date to apply by is gone ("you had to apply by"), not one to meet
    (round 33: "you must apply by 1 January 2026" in December 2026); "" while it is open."""
    from actions.calls import status_of

    return "_past" if status_of(str(turn.get("call"))).get("status") == "closed" else ""


def personal_lines(turn: Turn) -> list[str]:
    """The date to apply by for the person's departure, whether the time they ask about is in time, and how
    close it is; [] when the departure or the date is not known."""
    deadlines = personal_deadlines(turn)
    if deadlines is None:
        return []
    lang = turn.lang
    dates = _dates(deadlines, lang)
    months = ahead(deadlines, lang)
    past = ended(turn)
    lines = [t(lang, "apply_by_personal" + past, ahead=months, **dates) if months
             else t(lang, "apply_by_personal_deadline" + past, **dates)]
    asked = _asked_time(turn, deadlines)
    if asked is not None:
        lines.append(_in_time(asked, _day(deadlines["apply_by"]), lang))
    lines += soon_lines(deadlines["apply_by"], deadlines.get("application_deadline"), lang)
    turn.dates_told = True
    return lines


def apply_by_check(turn: Turn) -> bool:
    """"E la scadenza? 4 marzo 2026?", "la data ultima è il 4 marzo giusto?": a question naming the date to
    apply by the person was given gets "Yes" with that date and how it is counted."""
    from actions.documents import asks_documents
    from actions.duewhen import asks_condition_timing

    if "?" not in turn.text or asks_documents(turn.text):
        return False  # "what documents do I submit by the 18th?": the documents (round 22 got the date only)
    if asks_condition_timing(turn.text):
        return False  # "must the Board approve before 18 January or after?": the Board's timing (round 24)
    deadlines = _named_deadlines(turn)
    if deadlines is None:
        return False
    if has("open_wh", turn.text):  # "I saw 9 January, but what is the rule?": the date and how it is counted
        turn.say("\n".join(personal_lines(turn)))
        return True
    turn.say("\n".join(confirmed_lines(turn, deadlines)))
    return True


def _named_deadlines(turn: Turn) -> dict[str, Any] | None:
    """The person's deadlines when the message names their date to apply by; else None."""
    named = {str(e.get("value"))[:10] for e in turn.entities if e.get("entity") in DATE_ENTITIES}
    deadlines = personal_deadlines(turn) if named else None
    return deadlines if deadlines is not None and deadlines["apply_by"] in named else None


def date_confirmed(turn: Turn) -> list[str]:
    """"C'est bien avant le 9 décembre ?" asked beside what to send (round 50 answered the documents alone):
    "Yes: apply by 9 December 2025 (2 months before ...)" when the date named is the person's; else []."""
    from actions.documents import asks_documents

    deadlines = _named_deadlines(turn)
    if deadlines is None:
        return []
    # The date in a question of its own ("what do I submit by the 18th?" asks the documents alone, round 22)
    text = turn.text
    for ent in turn.entities:
        start = ent.get("start")
        if ent.get("entity") not in DATE_ENTITIES or str(ent.get("value"))[:10] != deadlines["apply_by"] \
                or not isinstance(start, int):
            continue
        left = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
        end = text.find("?", start)
        if end >= 0 and not asks_documents(text[left:end + 1]):
            return confirmed_lines(turn, deadlines)
    return []


def confirmed_lines(turn: Turn, deadlines: dict[str, Any]) -> list[str]:
    """"Yes: apply by <date> (<months> before your departure on <start>)", and the time asked about."""
    lang = turn.lang
    dates = _dates(deadlines, lang)
    months = ahead(deadlines, lang)
    past = ended(turn)
    lines = [t(lang, "apply_by_confirmed" + past, ahead=months, **dates) if months
             else t(lang, "apply_by_confirmed_deadline" + past, **dates)]
    # "c'est bien le 9 janvier ? si j'envoie mon dossier mi-janvier c'est mort ?": the time asked about too.
    asked = _asked_time(turn, deadlines)
    if asked is not None:
        lines.append(_in_time(asked, _day(deadlines["apply_by"]), lang))
    turn.dates_told = True
    return lines


def applying_asked(turn: Turn) -> bool:
    """"Et si je ne postule qu'en février ?", "als ik in december aanvraag, is dat op tijd?": a question with
    the time the person would apply in it."""
    from actions.duewhen import asks_condition_timing
    from actions.when import applying_time

    if asks_condition_timing(turn.text):
        return False  # "must I have the Board's authorisation before I apply on 18 January?" (round 46)
    return "?" in turn.text and any(
        e.get("entity") in DATE_ENTITIES and isinstance(e.get("start"), int) and applying_time(turn.text, e)
        for e in [*turn.entities, *applied_entities(turn)])


def _asked_time(turn: Turn, deadlines: dict[str, Any]) -> dict[str, Any] | None:
    """The time of applying the question names ("in February"): a date said that is neither the departure,
    the end of the stay nor the date to apply by."""
    known = {deadlines["start"][:10], deadlines["apply_by"], str(turn.get("end_date") or "")[:10]}
    for ent in [*turn.entities, *applied_entities(turn)]:  # ("si j'envoie mon dossier le 20": round 53 kept)
        value = str(ent.get("value"))[:10]
        if ent.get("entity") in DATE_ENTITIES and value not in known and value < deadlines["start"]:
            # "eind januari" is the month's last day, not the whole month (31 January: too late for the 16th).
            # "wait till january" is all January, though the NLU gave its last day for "till" (round 50).
            day, start = _day(value), ent.get("start")
            whole = day.day == 1 or isinstance(start, int) and not PHRASES["month_end_before"].search(
                turn.text[:start]) and PHRASES["applying_wait"].search(turn.text[:start]) is not None
            return {"day": day, "month_only": bool(ent.get("month_only")) and whole}
    return None


def _in_time(asked: dict[str, Any], apply_by: dt.date, lang: str) -> str:
    """"February would be too late", "December is in time", "in January, only until 16 January 2026"."""
    day: dt.date = asked["day"]
    if asked["month_only"]:
        when = i18n.fmt_month(day, lang)
        if (day.year, day.month) == (apply_by.year, apply_by.month):
            return t(lang, "asked_until", when=when, date=i18n.fmt_date(apply_by, lang))
        key = "asked_too_late" if (day.year, day.month) > (apply_by.year, apply_by.month) else "asked_in_time"
    else:
        when = i18n.fmt_date(day, lang)
        key = "asked_too_late" if day > apply_by else "asked_in_time"
    text = t(lang, key, when=when)
    return text[:1].upper() + text[1:]


def _dates(deadlines: dict[str, Any], lang: str) -> dict[str, str]:
    return {"start": i18n.fmt_date(deadlines["start"], lang),
            "date": i18n.fmt_date(deadlines["apply_by"], lang)}


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def why_apply_by(turn: Turn, changed: str | None, with_contact: bool = False) -> bool:
    """"Why 13 February? That's two months before, is that a fixed rule?" (13 February being the date to apply
    by the person was given), "why this deadline?": how that date is set, with its section of the call, "Yes"
    first to "is that a fixed rule?". It got the list of every check."""
    text = turn.text
    rolling = has("rolling_question", text)  # "a fixed deadline or rolling?" (round 58)
    single = has("one_deadline_question", text)  # "a fixed call deadline or two months before?" (round 61)
    if "?" not in text or not turn.get("last_decision") or not has("why_word", text) \
            and not has("fixed_rule", text) and not rolling and not single:
        return False
    if single and not with_contact and has("contact_question", text) \
            and not (has("why_word", text) or has("fixed_rule", text) or rolling):
        return False  # "... or two months before I leave? Who do I contact?": with the contact answer
    deadlines = personal_deadlines(turn)
    if deadlines is None:
        return False
    # The date said back, whatever year the NLU gave a "13 February" said without one.
    day = str(deadlines["apply_by"])[5:10]
    named = any(e.get("entity") in DATE_ENTITIES and str(e.get("value"))[5:10] == day for e in turn.entities)
    if not named and not has("apply_by_words", text) and not rolling \
            or _asked_time(turn, deadlines) is not None:
        return False  # "... or can I still apply in February?": the dates with that time's check answer
    from actions.flow import evaluate

    lang = turn.lang
    months = ahead(deadlines, lang)
    if single and not months and not (has("why_word", text) or has("fixed_rule", text) or rolling):
        return False  # "è la scadenza per tutti?" of a call with one closing date: its own answer (round 36)
    kind = "apply_before_departure" if months else "application_deadline"
    decision = evaluate(turn)
    entry = next((e for e in [*(decision.get("failed") or []), *(decision.get("passed") or [])]
                  if e.get("kind") == kind), {})
    # "..., is that a fixed rule?": a yes/no question besides the why.
    parts = re.split(r"[.?!,;]", text)
    yes = has("fixed_rule", text) or any(has("yes_no_question", part.strip()) for part in parts)
    key = ("why_apply_by_yes" if yes else "why_apply_by") if months \
        else ("why_apply_by_deadline_yes" if yes else "why_apply_by_deadline")
    if months and (single or rolling):
        key = "why_apply_by_no_single"  # "is there not one fixed deadline?": not "Yes:", there is none
    line = t(lang, key, ahead=months, **_dates(deadlines, lang))
    if entry.get("source"):
        line += f" ({t(lang, 'source')}: {i18n.source(decision.get('call'), entry['source'], lang)})"
    closes = deadlines.get("application_deadline")
    if key in ("why_apply_by_yes", "why_apply_by_no_single") and closes \
            and closes == deadlines.get("mobility_end_by"):
        # "is 9 January firm?": it is the last day for this departure, and no closing date comes besides the
        # end of all mobilities (round 36 said the two months again without the yes; round 61: "a fixed call
        # deadline or two months before I leave?" is told so too).
        line += " " + t(lang, "apply_by_only_date", deadline=i18n.fmt_date(closes, lang))
    # "... ou c'est au fil de l'eau ?", "et si je postule plus tôt c'est mieux ?": first come, first served
    # (round 58 said the date a second time instead)
    early = [s for s in re.split(r"(?<=[?!.])\s+", text) if has("apply_early_question", s)]
    if rolling or early:
        from actions.earlyq import first_come_line

        first = first_come_line(turn, bool(early))
        line += "\n" + first if first else ""
    turn.say("\n".join([changed, line] if changed else [line]))
    turn.answered = turn.dates_told = True
    from actions.twoquestions import answer_the_others

    # "... is that a fixed deadline? And do I send it to Ms Morantin or to that general address?": the
    # other question got nothing (round 34), as this answer ends the turn in the dialogue.
    answer_the_others(turn, answered=lambda s: has("fixed_rule", s) or has("one_deadline_question", s)
                      or has("rolling_question", s) or bool(early) and has("apply_early_question", s)
                      or months and has("why_word", s) and (has("apply_by_words", s) or named))
    return True
