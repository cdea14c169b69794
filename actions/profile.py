"""Slots <-> rules-core profile, and the lazy bridge to `rules_core`.

rules_core is imported lazily (first use, then cached by Python) so the action server starts even while the
rules core is being built, and so a broken call file shows up as a clear reply instead of an import crash.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from rasa_sdk import Tracker

from rules_core import vocab

logger = logging.getLogger(__name__)


BOOL_SLOTS = vocab.BOOL_FIELDS  # one vocabulary: the rules contract's yes/no fields
# The order in which the form asks: who, what, where, when, then the details. The rules core decides WHAT is
# needed (`missing`); this only decides the order, so the conversation reads naturally.
PROFILE_SLOTS = (
    "call", "role", "activity", "destination", "destination_city", "start_date", "end_date", "citizenship",
    "country_of_origin", "receiving_org", *BOOL_SLOTS, "graduation_date", "prior_erasmus_months",
)
DATE_SLOTS = ("start_date", "end_date", "graduation_date")
COUNTRY_SLOTS = ("destination", "country_of_origin")

# Which missing fields matter for a narrower question. Always intersected with the rules core's `missing`,
# so the bot never asks for more than the rules core says it needs.
GOAL_FIELDS: dict[str, set[str]] = {
    "grant": {"role", "activity", "destination", "destination_city", "start_date", "end_date",
              "green_travel"},
    "deadline": {"role", "activity", "start_date", "end_date"},
}


def core() -> Any:
    """The rules_core package (imported on first use)."""
    import rules_core

    return rules_core


def today() -> dt.date:
    """The question date (rules_core.dates.today: MOBILITY_TODAY for tests, else the real date)."""
    from rules_core.dates import today as rules_today

    return rules_today()


def profile_from_tracker(tracker: Tracker) -> dict[str, Any]:
    """The profile the rules core evaluates: every filled profile slot, plus the question date."""
    profile: dict[str, Any] = {"as_of": today().isoformat()}
    for name in PROFILE_SLOTS:
        value = tracker.get_slot(name)
        if value is None or value == []:
            continue
        profile[name] = value
    from actions.severalplaces import several_places

    if several_places(tracker):  # (a note on a stay in several countries reads it: rules_core notes)
        profile["several_places"] = True
    return profile


def evaluate(tracker: Tracker, lang: str) -> dict[str, Any]:
    """rules_core.evaluate on the tracker's profile. Raises rules_core.InvalidProfile."""
    profile = profile_from_tracker(tracker)
    logger.debug("evaluating profile %s", profile)
    return core().evaluate(profile, lang=lang)


def duration_failures(tracker: Tracker, lang: str) -> list[dict[str, Any]]:
    """The call's duration limits checked on a length given without dates ("a 90-day training"): the failed
    duration rules of the same profile with a placeholder start (today) and the end that length gives. Only
    the duration rules are kept, so the placeholder dates decide nothing else."""
    duration = tracker.get_slot("duration")
    if not isinstance(duration, str) or tracker.get_slot("start_date") or tracker.get_slot("end_date"):
        return []
    start = today()
    end = end_from_duration(start, duration)
    if end is None or end < start:
        return []
    profile = {**profile_from_tracker(tracker), "start_date": start.isoformat(), "end_date": end.isoformat()}
    try:
        decision = core().evaluate(profile, lang=lang)
    except Exception as err:  # an incomplete or invalid profile: the form goes on asking
        logger.debug("no duration check: %s", err)
        return []
    return [f for f in decision.get("failed") or [] if f.get("kind") == "duration_range"]


def shared_failures(tracker: Tracker, lang: str, base: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Before the role is known: the failures every role of the call that can do this activity would get (a
    traineeship at an EU institution fails for MSc and PhD students alike), so they are said at once. `base`:
    the profile judged, when it is not the tracker's own (an ended call's case as if applied in time, round
    59: "✗ An application on 5 December 2026 is too late" was said inside that case)."""
    call_id = tracker.get_slot("call")
    if tracker.get_slot("role") or not call_id:
        return []
    try:
        call = core().get_call(call_id)
        kinds = {rule.id: rule.kind for rule in call.rules}
        roles = next((list(r.params.get("roles") or []) for r in call.rules if r.kind == "role_allowed"), [])
        base = base or profile_from_tracker(tracker)
        per_role: list[list[dict[str, Any]]] = []
        for role in roles:
            failed = core().evaluate({**base, "role": role}, lang=lang).get("failed") or []
            if any(kinds.get(f.get("rule")) in ("activity_allowed", "role_allowed") for f in failed):
                continue  # this role cannot do this activity at all: not a candidate
            per_role.append(failed)
    except Exception as err:  # an invalid profile: the answer reports it
        logger.debug("no shared failures: %s", err)
        return []
    if not per_role:
        return []
    common = set.intersection(*({str(f.get("explanation")) for f in failed} for failed in per_role))
    shared = [f for f in per_role[0] if str(f.get("explanation")) in common]
    if not shared and all(any(f.get("kind") == "activity_excluded" for f in failed) for failed in per_role):
        # Every role's own rule excludes the activity (a conference: one rule for staff, one for students,
        # round 54): each rule said once, before the role is known, not "so far it looks possible".
        said: dict[str, dict[str, Any]] = {}
        for failed in per_role:
            for f in failed:
                if f.get("kind") == "activity_excluded":
                    said.setdefault(str(f.get("explanation")), f)
        shared = list(said.values())
    return shared


def skipped(tracker: Tracker) -> list[str]:
    value = tracker.get_slot("skipped")
    return list(value) if isinstance(value, list) else []


def fields_to_ask(tracker: Tracker, decision: dict[str, Any] | None) -> list[str]:
    """The slots the form still needs: the rules core's `missing`, minus skipped, narrowed by the goal."""
    if not tracker.get_slot("call"):
        return ["call"]
    if decision is None:
        return []
    missing = set(decision.get("missing") or [])
    goal = tracker.get_slot("goal")
    if goal_answered(goal, decision):
        return []
    if goal in GOAL_FIELDS:
        missing &= GOAL_FIELDS[goal]
    missing -= set(skipped(tracker))
    return [name for name in PROFILE_SLOTS if name in missing]


def warm_up() -> None:
    """Load the rules core and its call files at server start, not on the first user's message (~50 ms)."""
    try:
        for call in core().list_calls():
            core().evaluate({"call": call.id}, lang="en")
    except Exception as err:  # the first real request will report it plainly
        logger.warning("rules core not ready at start: %s", type(err).__name__)


def goal_answered(goal: str | None, decision: dict[str, Any]) -> bool:
    """A grant or deadline question is answered as soon as the rules core gives the amount or the date."""
    if goal == "contact":
        return True  # the institution is all a contact needs
    if goal == "grant":
        grant = decision.get("grant") or {}
        return grant.get("total_eur") is not None or grant.get("indicative_total_eur") is not None
    if goal == "deadline":
        # The call's own dates answer "what is the deadline?" at once; a departure date adds the personal one.
        deadlines = decision.get("deadlines") or {}
        return deadlines.get("apply_by") is not None or deadlines.get("application_deadline") is not None
    return False


def add_months(start: dt.date, months: int) -> dt.date:
    """start + months calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_month - dt.timedelta(days=1)).day
    return dt.date(year, month, min(start.day, last_day))


def end_from_duration(start: dt.date, duration: str) -> dt.date | None:
    """The last day of a stay of `duration` (ISO 8601: P4M, P10D, P2W, P1Y) starting on `start`.

    End = start + duration - 1 day (a stay from 1 March for 3 months ends on 31 May). The rules core counts
    the funded days itself (30-day months); this is only the calendar end date the user meant.
    """
    import re

    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", duration or "")
    if not match or not any(match.groups()):
        return None
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    end = add_months(start, years * 12 + months) + dt.timedelta(weeks=weeks, days=days)
    return end - dt.timedelta(days=1)
