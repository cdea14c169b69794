"""The EU-wide share of a daily rate by day (grant component `unpublished`, params.daily_shares): the person's
physical days (on the calendar) split into the tiers, for "how is the daily money worked out?" where the
daily rate itself is not published (staff at ITM: full rate for days 1-14, 70 % from day 15 to day 60)."""
from __future__ import annotations

from typing import Any

from .dates import calendar_days


def daily_shares(comp: dict[str, Any], ctx: dict[str, Any]) -> dict[str, Any] | None:
    """{days, max_day, tiers: [{first, last, days, percent}] (the person's days), rule: the same for the
    rule's own days (1-14, 15-60), reference, confidence}; None without the rule
    or the stay's dates. Days past the last tier are in no tier (the call's length limit refuses them)."""
    shares = (comp.get("params") or {}).get("daily_shares")
    if not shares or ctx.get("start_date") is None or ctx.get("end_date") is None:
        return None
    days = calendar_days(ctx["start_date"], ctx["end_date"])
    tiers, first = [], 1
    for upto, percent in shares["tiers"]:
        last = min(days, upto)
        if last >= first:
            tiers.append({"first": first, "last": last, "days": last - first + 1, "percent": percent})
        first = upto + 1
    rule, first = [], 1
    for upto, percent in shares["tiers"]:
        rule.append({"first": first, "last": upto, "days": upto - first + 1, "percent": percent})
        first = upto + 1
    return {"days": days, "max_day": shares["tiers"][-1][0], "tiers": tiers, "rule": rule,
            "reference": shares["reference"], "confidence": shares["confidence"]}
