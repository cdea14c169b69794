"""Slots <-> rules-core profile, and the lazy bridge to `rules_core`.

rules_core is imported lazily (first use, then cached by Python) so the action server starts even while the
rules core is being built, and so a broken call file shows up as a clear reply instead of an import crash.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from typing import Any

from rasa_sdk import Tracker

logger = logging.getLogger(__name__)

CALLS = ("itm-2024", "imt-lucca-2015")
INSTITUTION_TO_CALL = {"itm": "itm-2024", "lucca": "imt-lucca-2015"}

BOOL_SLOTS = (
    "receiving_org_has_eche", "interinstitutional_agreement", "virtual_component", "green_travel",
    "has_scholarship", "itm_staff_member", "supervisor_authorised", "board_authorised",
)
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
    """The question date: MOBILITY_TODAY (tests) or today, like the NLU extractor."""
    fixed = os.environ.get("MOBILITY_TODAY")
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            logger.warning("MOBILITY_TODAY is not an ISO date; using today")
    return dt.date.today()


def profile_from_tracker(tracker: Tracker) -> dict[str, Any]:
    """The profile the rules core evaluates: every filled profile slot, plus the question date."""
    profile: dict[str, Any] = {"as_of": today().isoformat()}
    for name in PROFILE_SLOTS:
        value = tracker.get_slot(name)
        if value is None or value == []:
            continue
        profile[name] = value
    return profile


def evaluate(tracker: Tracker, lang: str) -> dict[str, Any]:
    """rules_core.evaluate on the tracker's profile. Raises rules_core.InvalidProfile."""
    profile = profile_from_tracker(tracker)
    logger.debug("evaluating profile %s", profile)
    return core().evaluate(profile, lang=lang)


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
        core().evaluate({"call": CALLS[0]}, lang="en")
    except Exception as err:  # the first real request will report it plainly
        logger.warning("rules core not ready at start: %s", type(err).__name__)


def goal_answered(goal: str | None, decision: dict[str, Any]) -> bool:
    """A grant or deadline question is answered as soon as the rules core gives the amount or the date."""
    if goal == "grant":
        grant = decision.get("grant") or {}
        return grant.get("total_eur") is not None or grant.get("indicative_total_eur") is not None
    if goal == "deadline":
        return (decision.get("deadlines") or {}).get("apply_by") is not None
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
