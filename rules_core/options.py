"""options(profile, lang): for a plan the call's rules refuse, the variations those same rules allow.

"What else could I do?" after "not eligible: 10 earlier months plus 90 days exceed the 12-month maximum": the
answer is searched, not written. The variations are the ones a person can choose without changing who they are
or where they go: another activity the call opens to their role (same host, same dates), and, for each
activity, the same start with the end moved to the nearest end the rules accept (the longest the failed limits
allow when the plan is too long), else the same length with the start moved. Every candidate is judged by
evaluate() itself, so no limit is re-implemented here: the search only walks the dates one day at a time
(a few hundred evaluations, well under a second) and keeps what passes.

For an activity where nothing passes, the nearest failures are kept with the rules' own explanations ("a study
period of 60 days is shorter than 3 months" at the longest end the cap allows, "10 months plus 90 days exceed
12 months" at the shortest end the duration allows), so the person hears why.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .compile import CompiledCall
from .engine import evaluate, normalise
from .kinds import JUDGES
from .messages import check_lang
from .vocab import ACTIVITIES

# The longest stay the date search walks when the call gives no last end date (a year and a bit: no call of
# the programme funds more than 12 months in one go).
HORIZON_DAYS = 400
NEAREST_FAILURES = 2  # failures shown per activity that cannot be fitted: one below, one above, at most


def options(profile: dict[str, Any], lang: str = "en", call: CompiledCall | None = None) -> dict[str, Any]:
    """The base decision's verdict and failures, then `options` (variations that pass: activity, dates,
    what changed, their verdict, conditions and what still limits them), `blocked` (activities open to
    the role where no variation passes, with the nearest failures) and `plan` (for a plan that passes as it
    is: its `shortest_end` and `longest_end` from its start). Raises InvalidProfile like evaluate()."""
    lang = check_lang(lang)
    call, ctx = normalise(profile, call)
    base = evaluate(profile, lang, call)
    plan = {k: v for k, v in profile.items() if v is not None}
    out: dict[str, Any] = {"call": call.id, "verdict": base["verdict"], "failed": base["failed"],
                           "options": [], "blocked": [], "plan": None}
    if ctx["role"] is None:
        return out  # which activities are open depends on the role: nothing to search yet
    last_end = _iso((base.get("deadlines") or {}).get("mobility_end_by"))
    for activity in open_activities(call, plan, lang):
        variant = {**plan, "activity": activity}
        found, blocked = _search(variant, ctx, last_end, lang, call)
        if found is not None and activity == ctx["activity"] and not found["changed"]:
            # The plan itself passes: how much shorter or longer it may be from its start ("a shorter one?").
            out["plan"] = {"shortest_end": found["shortest_end"], "longest_end": found["longest_end"]}
        if found is not None:
            if activity != ctx["activity"] or found["changed"] or base["verdict"] != "eligible":
                found["changed"] = (["activity"] if activity != ctx["activity"] else []) + found["changed"]
                out["options"].append(found)
        elif blocked is not None:
            out["blocked"].append(blocked)
    for role in _instead_roles(call, base, ctx["role"]):
        # The call sends this person to another role ("apply as staff instead"): what that role allows,
        # found first, as it is the way the call itself names.
        found_roles = [*_role_options({**plan, "role": role}, ctx, last_end, lang, call), *out["options"]]
        out["options"] = found_roles
    return out


def _instead_roles(call: CompiledCall, base: dict[str, Any], role: str | None) -> list[str]:
    """The roles the failing rules of the plan name for those they refuse (a rule's `instead_role`)."""
    by_id = {r.id: r for r in call.rules}
    found: list[str] = []
    for failed in base["failed"]:
        instead = getattr(by_id.get(failed["rule"]), "instead_role", None)
        if instead and instead != role and instead not in found:
            found.append(instead)
    return found


def _role_options(plan: dict[str, Any], ctx: dict[str, Any], last_end: date | None, lang: str,
                  call: CompiledCall) -> list[dict[str, Any]]:
    """The passing variations of every activity the other role may do, same host and dates first."""
    found = []
    for activity in open_activities(call, {**plan, "activity": None}, lang):
        option, _ = _search({**plan, "activity": activity}, ctx, last_end, lang, call)
        if option is not None:
            option["changed"] = ["role", "activity", *option["changed"]]
            found.append(option)
    return found


def open_activities(call: CompiledCall, plan: dict[str, Any], lang: str) -> list[str]:
    """The plan's activity first, then every other activity no rule of the call refuses to the role
    (an activity rule or a role rule failing on {role, activity} alone)."""
    current = plan.get("activity")
    found = [current] if current else []
    probe = {"call": call.id, "role": plan.get("role"), "as_of": plan.get("as_of")}
    for activity in ACTIVITIES:
        if activity == current:
            continue
        failed = evaluate({**probe, "activity": activity}, lang, call)["failed"]
        if not any(JUDGES.get(f["kind"]) == "activity" or f["kind"] == "role_allowed" for f in failed):
            found.append(activity)
    return found


def _search(variant: dict[str, Any], ctx: dict[str, Any], last_end: date | None, lang: str,
            call: CompiledCall) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(the nearest passing variation of this activity, None) or (None, its nearest failures)."""
    start, end = ctx["start_date"], ctx["end_date"]
    if start is None or end is None:
        decision = evaluate(variant, lang, call)
        if decision["verdict"] != "not_eligible":
            return _option(variant, decision, [], None, None), None
        return None, _blocked(variant, [(None, decision)])
    horizon = max(end, last_end or start + timedelta(days=HORIZON_DAYS))
    horizon = min(horizon, start + timedelta(days=HORIZON_DAYS))
    horizon = max(horizon, end)
    by_end = {}
    day = start
    while day <= horizon:
        by_end[day] = evaluate({**variant, "end_date": day.isoformat()}, lang, call)
        day += timedelta(days=1)
    passing = [d for d, dec in by_end.items() if dec["verdict"] != "not_eligible"]
    if passing:
        best = min(passing, key=lambda d: (abs((d - end).days), d))
        changed = ["end_date"] if best != end else []
        limits = _limits(by_end, passing, best)
        return _option({**variant, "end_date": best.isoformat()}, by_end[best], changed, limits,
                       (min(passing), max(passing))), None
    moved = _moved_start(variant, ctx, horizon, lang, call)
    if moved is not None:
        return moved, None
    return None, _blocked(variant, _nearest_failures(by_end, end))


def _moved_start(variant: dict[str, Any], ctx: dict[str, Any], horizon: date, lang: str,
                 call: CompiledCall) -> dict[str, Any] | None:
    """The same length, starting on the nearest other day the rules accept (after today, within the
    search's horizon): a departure too early for the deadline to apply, or a start before the call's."""
    start, end, as_of = ctx["start_date"], ctx["end_date"], ctx["as_of"]
    length = end - start
    first = max(as_of + timedelta(days=1), start - timedelta(days=HORIZON_DAYS))
    candidates = [first + timedelta(days=i) for i in range((horizon - length - first).days + 1)]
    for day in sorted(candidates, key=lambda d: (abs((d - start).days), d)):
        if day == start:
            continue
        moved = {**variant, "start_date": day.isoformat(), "end_date": (day + length).isoformat()}
        decision = evaluate(moved, lang, call)
        if decision["verdict"] != "not_eligible":
            return _option(moved, decision, ["start_date", "end_date"], None, None)
    return None


def _limits(by_end: dict[date, dict[str, Any]], passing: list[date], best: date
            ) -> tuple[str | None, list[dict[str, str]]]:
    """Why the chosen end is not later ("longest") or, for a plan that was too short, not earlier
    ("shortest"): the rules that fail one day beyond the passing ends on the side of the chosen one."""
    after = by_end.get(max(passing) + timedelta(days=1))
    before = by_end.get(min(passing) - timedelta(days=1))
    if best == max(passing) and after is not None and after["failed"]:
        return "longest", [_entry(f) for f in after["failed"]]
    if best == min(passing) and before is not None and before["failed"]:
        return "shortest", [_entry(f) for f in before["failed"]]
    return None, []


def _nearest_failures(by_end: dict[date, dict[str, Any]], end: date
                      ) -> list[tuple[date | None, dict[str, Any]]]:
    """The ends where the fewest rules fail, one per distinct set of failing rules, each the nearest to the
    person's own end: at most NEAREST_FAILURES of them, nearest first."""
    fewest = min(len(dec["failed"]) for dec in by_end.values())
    groups: dict[frozenset[str], date] = {}
    for day, dec in by_end.items():
        if len(dec["failed"]) != fewest:
            continue
        key = frozenset(f["rule"] for f in dec["failed"])
        if key not in groups or abs((day - end).days) < abs((groups[key] - end).days):
            groups[key] = day
    days = sorted(groups.values(), key=lambda d: (abs((d - end).days), d))[:NEAREST_FAILURES]
    return [(day, by_end[day]) for day in sorted(days)]


def _entry(failed: dict[str, Any]) -> dict[str, str]:
    return {"rule": failed["rule"], "kind": failed["kind"], "explanation": failed["explanation"],
            "source": failed["source"]}


def _option(variant: dict[str, Any], decision: dict[str, Any], changed: list[str],
            limits: tuple[str | None, list[dict[str, str]]] | None, ends: tuple[date, date] | None
            ) -> dict[str, Any]:
    """A passing variation; `limit`: "longest" or "shortest" when its end is the last (first) the rules
    accept from that start, `limits` the rules that fail one day beyond it."""
    side, entries = limits or (None, [])
    return {"role": variant.get("role"), "activity": variant.get("activity"),
            "start_date": variant.get("start_date"),
            "end_date": variant.get("end_date"), **_lengths(decision), "changed": changed,
            "verdict": decision["verdict"], "conditions": decision["conditions"],
            "missing": decision["missing"], "limit": side, "limits": entries,
            "shortest_end": ends[0].isoformat() if ends else None,
            "longest_end": ends[1].isoformat() if ends else None}


def _lengths(decision: dict[str, Any]) -> dict[str, Any]:
    """The stay's funded days (30/360) and calendar days, as the decision counts them."""
    grant = decision.get("grant") or {}
    return {"days": grant.get("days"), "calendar_days": grant.get("calendar_days")}


def _blocked(variant: dict[str, Any], tries: list[tuple[date | None, dict[str, Any]]]) -> dict[str, Any]:
    return {"role": variant.get("role"), "activity": variant.get("activity"),
            "start_date": variant.get("start_date"),
            "tried": [{"end_date": day.isoformat() if day else variant.get("end_date"), **_lengths(dec),
                       "failed": [_entry(f) for f in dec["failed"]]} for day, dec in tries]}


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
