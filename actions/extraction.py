"""action_extract_facts: the one place where a user message becomes slot values.

Rasa's action_extract_slots runs it after every user message (custom slot mapping), inside or outside the
form, so a fact given at any moment ("actually it's Portugal", "make it 5 months") lands in the same slots.
It runs only for intents that can carry facts (see the slot mappings in domain/core.yml). It only returns
SlotSet events: Rasa 3.6.21 drops the messages of slot-mapping actions unless action_validate_slot_mappings
exists. When a fact cannot be taken as given (end before start) it stores the problem in `input_issue`, which
the next speaking action reports. It is idempotent: Rasa runs it again when a form activates.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from rasa_sdk import Tracker

from actions import priormonths
from actions.calls import call_ids, pick
from actions.phrases import has
from actions.profile import DATE_SLOTS, end_from_duration
from rules_core import vocab  # the one vocabulary (cheap: no call files loaded)

logger = logging.getLogger(__name__)

ROLES, ACTIVITIES, ORGS = frozenset(vocab.ROLES), frozenset(vocab.ACTIVITIES), frozenset(vocab.RECEIVING_ORGS)
# "I am also Italian" adds a citizenship instead of replacing the list.
ALSO_RX = re.compile(r"\b(also|too|as well|aussi|également|egalement|ook|anche|pure|dual|double|doppia)\b",
                     re.I)
# "a PhD student with ITM staff status": the staff mention is the status the call asks about, not the role.
STAFF_STATUS_RX = re.compile(
    r"staff[- ](?:member )?status|status of (?:an? )?(?:itm )?staff|statut (?:de )?(?:membre du )?personnel|"
    r"personeelsstatuut|statuut van (?:itg-)?personeelslid|status di (?:membro del )?personale", re.I)
STAFF_STATUS_NEGATED_RX = re.compile(
    r"(?:without|no|not|sans|pas|zonder|geen|senza|non)\W+(?:\w+\W+){0,3}?"
    rf"(?:{STAFF_STATUS_RX.pattern})", re.I)
SHORT_ANSWER_WORDS = 4


def _entities(tracker: Tracker) -> list[dict[str, Any]]:
    ents = tracker.latest_message.get("entities") or []
    return [e for e in ents if isinstance(e, dict) and "entity" in e]


def _iso(value: Any) -> str | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def extract_facts(
    tracker: Tracker, entities: list[dict[str, Any]], text: str
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Slot values stated in this message, and the problem with them (if any) for the next reply."""
    requested = tracker.get_slot("requested_slot")
    short = len(text.split()) <= SHORT_ANSWER_WORDS
    out: dict[str, Any] = {}
    issue: dict[str, Any] | None = None
    countries: dict[str, list[str]] = {"destination": [], "citizenship": [], "origin": []}
    dates: dict[str, str] = {}
    duration: str | None = None
    for ent in entities:
        kind, value, role = ent.get("entity"), ent.get("value"), ent.get("role")
        if kind == "call" and value in call_ids():
            out["call"] = value
        elif kind == "institution" and isinstance(value, str) and "call" not in out and pick(value):
            out["call"] = pick(value)  # the institution's current call (its calls are in the call files)
        elif kind == "role" and value in ROLES:
            out["role"] = value
        elif kind == "activity" and value in ACTIVITIES:
            out["activity"] = value
        elif kind == "receiving_org" and value in ORGS:
            out["receiving_org"] = value
        elif kind == "country" and isinstance(value, str):
            countries.setdefault(role or "destination", []).append(value.upper())
        elif kind == "city" and isinstance(value, str):
            out["destination_city"] = value
            if ent.get("country_code"):
                out["destination"] = str(ent["country_code"]).upper()
        elif kind == "destination_city" and isinstance(value, str):
            out["destination_city"] = value  # a button's payload ("Granada (Spain)", actions/namesakeask.py)
        elif kind in DATE_SLOTS and _iso(value):
            dates[kind] = _iso(value)  # type: ignore[assignment]
        elif kind == "duration" and isinstance(value, str):
            duration = value
        elif kind in ("destination", "country_of_origin", "citizenship") and isinstance(value, str):
            countries["citizenship" if kind == "citizenship" else
                      "origin" if kind == "country_of_origin" else "destination"].append(value.upper())

    roles = [e.get("value") for e in entities if e.get("entity") == "role"]
    if "phd_student" in roles and STAFF_STATUS_RX.search(text):
        out["role"] = "phd_student"
        out["itm_staff_member"] = not STAFF_STATUS_NEGATED_RX.search(text)

    # A bare country answering "what is your nationality?" gets the extractor's default role (destination):
    # the question being asked decides.
    if requested in ("citizenship", "country_of_origin") and short and countries["destination"] \
            and not countries["citizenship"] and not countries["origin"]:
        key = "citizenship" if requested == "citizenship" else "origin"
        countries[key], countries["destination"] = countries["destination"], []
    if countries["destination"]:
        out["destination"] = countries["destination"][-1]
        if "destination_city" not in entities_kinds(entities) and tracker.get_slot("destination_city") \
                and out["destination"] != tracker.get_slot("destination"):
            # A new country makes an old city wrong (Lisbon is not in Spain).
            out["destination_city"] = None
    if countries["origin"]:
        out["country_of_origin"] = countries["origin"][-1]
    if countries["citizenship"]:
        current = tracker.get_slot("citizenship") or []
        new = list(dict.fromkeys(countries["citizenship"]))
        if ALSO_RX.search(text):
            out["citizenship"] = list(dict.fromkeys([*current, *new]))
        elif set(new) <= set(current) and not has("sole_nationality", text):
            # "because I'm Moroccan" with Belgium and Morocco known: one of them named, none dropped (round 39
            # read it as a case of Moroccan only); "I'm only Moroccan" still replaces them.
            out["citizenship"] = list(current)
        else:
            out["citizenship"] = new

    # One date answering a date question belongs to that question; an end read from its cue ("by June") is
    # the end even when the start was asked.
    end_said = requested == "start_date" and "end_date" in dates
    if requested in DATE_SLOTS and len(dates) == 1 and not end_said:
        dates = {requested: next(iter(dates.values()))}
    out.update(dates)
    start = dates.get("start_date") or tracker.get_slot("start_date")
    # A length said before waits for its start; once an end date is known it is spent ("start 18 feb not 16.
    # end still 25" moves the start only).
    waiting = tracker.get_slot("duration") if not tracker.get_slot("end_date") else None
    pending = duration or (waiting if "start_date" in dates else None)
    if duration:
        out["duration"] = duration
    elif "end_date" in dates and tracker.get_slot("duration"):
        out["duration"] = None  # both dates said: the length said before is no longer waiting
    if pending and "end_date" not in dates and start and _iso(start):
        end = end_from_duration(dt.date.fromisoformat(start), pending)
        if end is not None:
            out["end_date"] = end.isoformat()
            out["duration"] = None
    end = out.get("end_date") or tracker.get_slot("end_date")
    if start and end and end < start:
        # Keep every other fact; drop only the date that made the period impossible.
        issue = {"key": "issue_end_before_start", "start": start, "end": end}
        if "end_date" in out:
            out.pop("end_date")
        else:
            out.pop("start_date", None)

    if _gives_prior_months(tracker, requested, text) and "prior_erasmus_months" not in out:
        months = _months(text, duration, entities)
        if months is not None:
            out["prior_erasmus_months"] = months
    elif "prior_erasmus_months" not in out and priormonths.named_done(text) is not None:
        out["prior_erasmus_months"] = priormonths.named_done(text)  # "i mesi già fatti sono 6, non 31"
    if requested == "destination_city" and "destination_city" not in out and short and not entities \
            and text.strip() and not text.startswith("/"):
        # A city the extractor does not know is still a city name (the rules core places it or says so).
        out["destination_city"] = text.strip().strip(".!").title()[:60]
    return out, issue


def entities_kinds(entities: list[dict[str, Any]]) -> set[str]:
    return {"destination_city" if e.get("entity") == "city" else str(e.get("entity")) for e in entities}


_ERASMUS_RX = re.compile(r"\berasmus\b", re.I)
_BARE_NUMBER_RX = re.compile(r"\s*\d{1,2}(?:[.,]\d)?\s*[.!]?\s*")


def _gives_prior_months(tracker: Tracker, requested: str | None, text: str) -> bool:
    """Whether the message answers "how many Erasmus months before?": asked now, or left open earlier ("not
    sure") and given later, by a message about Erasmus months ("previous erasmus months: 0") or a bare number,
    not by any number in a sentence ("the end is 30 June")."""
    if requested == "prior_erasmus_months":
        from actions.lengths import counting_asked

        return not counting_asked(text)  # "do these 4 months count towards the 12?" gives no count
    pending = "prior_erasmus_months" in (tracker.get_slot("skipped") or []) \
        and tracker.get_slot("prior_erasmus_months") is None and tracker.get_slot("call") is not None
    # "actually zero, never did one" answers it too, unasked: no question, no word for anything else.
    return pending and (bool(_ERASMUS_RX.search(text)) or bool(_BARE_NUMBER_RX.fullmatch(text))
                        or has("none_done", priormonths.said_plainly(text)) and "?" not in text)


def _months(text: str, duration: str | None, entities: list[dict[str, Any]]) -> float | None:
    if duration:
        match = re.fullmatch(r"P(\d+)M", duration)
        if match:
            return float(match.group(1))
    if priormonths.named_done(text) is not None:  # "no wait, the months I already did are 6, not 31": not 0
        return priormonths.named_done(text)
    text = priormonths.said_plainly(text)  # "no idea, maybe?": no zero; "not sure, maybe 2": 2
    if re.search(r"\b(none|never|no|zero|aucun|jamais|geen|nooit|nessun\w*|mai)\b", text, re.I):
        return 0.0
    return priormonths.count(text, entities)  # "intendo il 31. ne ho fatti 6": 6
