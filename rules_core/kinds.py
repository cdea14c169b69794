"""The registry of generic rule kinds. A call file's rule names one kind, its params and its fields.

Each kind is `fn(params, ctx) -> outcome`; ctx is the normalised profile (plain dict, see engine.normalise):
  None                      the rule does not apply to this profile (nothing to say)
  ("pass", key, vars)       passed; key picks the sentence in messages/<lang>.yaml under the kind
  ("fail", key, vars)       failed
  ("missing", field, {})    a field that only this rule's own condition makes necessary
Fields a rule lists under `fields` are checked by the engine before the kind is called, so a kind may assume
they are present. Vars are raw values (dates, codes); messages.py renders them in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .dates import calendar_days, minus_months

Outcome = tuple[str, str, dict[str, Any]] | None
KindFn = Callable[[dict[str, Any], dict[str, Any]], Outcome]

KINDS: dict[str, KindFn] = {}
REQUIRED_PARAMS: dict[str, tuple[str, ...]] = {}
# Fields a kind reads besides its rule's `fields` (optional ones, or with a default): for needed_for().
READS: dict[str, tuple[str, ...]] = {
    "destination_not_origin": ("country_of_origin", "citizenship"),
    "cycle_cap": ("prior_erasmus_months",),
    "apply_before_departure": ("application_date",),
    "application_deadline": ("application_date",),
    "ends_by_graduation": ("end_date", "graduation_date"),
    "graduation_by_if_ends_after": ("end_date", "graduation_date"),
}

# The fact a kind's verdict is about, where several kinds judge one fact: "Austria is an eligible destination"
# (in_sets) and "Austria is your citizenship, which is not an eligible destination" (not_citizenship). While
# one of them waits for a missing fact, the others' passes settle nothing yet (actions/progress.py). A kind
# not listed judges a fact of its own.
JUDGES: dict[str, str] = {
    "destination_in_sets": "destination",
    "destination_not_sending": "destination",
    "destination_not_citizenship": "destination",
    "destination_not_origin": "destination",
    "activity_allowed": "activity",
    "activity_excluded": "activity",
    "receiving_org_allowed": "receiving_org",
    "receiving_org_excluded": "receiving_org",
}


def kind(name: str, *params: str) -> Callable[[KindFn], KindFn]:
    def register(fn: KindFn) -> KindFn:
        KINDS[name] = fn
        REQUIRED_PARAMS[name] = params
        return fn

    return register


def _ok(ok: bool, vars_: dict[str, Any], fail_key: str = "fail") -> Outcome:
    return ("pass", "ok", vars_) if ok else ("fail", fail_key, vars_)


@kind("role_allowed", "roles")
def role_allowed(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Who can apply: the applicant's role is one the call names ('Who can apply?' in both calls)."""
    return _ok(ctx["role"] in p["roles"], {"role": ctx["role"], "roles": p["roles"]})


@kind("activity_allowed", "activities")
def activity_allowed(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Type of mobility: the activity is one the call offers to this role."""
    return _ok(
        ctx["activity"] in p["activities"],
        {"activity": ctx["activity"], "activities": p["activities"], "role": ctx["role"]},
    )


@kind("activity_excluded", "activities")
def activity_excluded(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Explicit exclusions, e.g. 'participation in conferences is not eligible for funding'."""
    if ctx["activity"] not in p["activities"]:
        return None
    return ("fail", "fail", {"activity": ctx["activity"]})


@kind("duration_range", "min", "max", "unit")
def duration_range(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Duration of the physical mobility, both ends included. Limits in months use the Erasmus+ 30/360 count
    (a month = 30 days: 2 months = 60); limits in days ('from 2 to 60 days', 'from 5 to 30 days', ITM call)
    count calendar days, so 1-31 March is 31 days and 10 February-11 March is 30."""
    per = 30 if p["unit"] == "months" else 1
    days = ctx["days"] if p["unit"] == "months" else calendar_days(ctx["start_date"], ctx["end_date"])
    vars_ = {"days": days, "min": p["min"], "max": p["max"], "unit": p["unit"], "activity": ctx["activity"]}
    # A limit failed in calendar days that differ from the stay's 30/360 count says both: "89 days" here and
    # "88 days" for a study period of the same dates, unexplained, was read as a mistake (round 49).
    calendar = "_calendar" if days != ctx["days"] else ""
    if calendar:
        vars_["counted"] = ctx["days"]
    if days < p["min"] * per:
        return ("fail", "too_short" + calendar, vars_)
    if days > p["max"] * per:
        return ("fail", "too_long" + calendar, vars_)
    return ("pass", "ok", vars_)


@kind("destination_in_sets", "sets")
def destination_in_sets(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Eligible destinations: the receiving country belongs to one of the call's country sets."""
    vars_ = {"country": ctx["destination"], "sets": p["sets"]}
    if not ctx["dest_sets"].isdisjoint(p["sets"]):
        return ("pass", "ok", vars_)
    if not ctx["dest_sets"]:
        return ("fail", "fail", vars_)
    # Say where the country does belong ("one of the third countries not associated to the programme").
    return ("fail", "fail_in", {**vars_, "own_sets": tuple(sorted(ctx["dest_sets"]))})


@kind("destination_not_sending", "country")
def destination_not_sending(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """The receiving country must differ from the sending institution's country (Belgium / Italy)."""
    return _ok(ctx["destination"] != p["country"], {"country": ctx["destination"]})


@kind("destination_not_citizenship")
def destination_not_citizenship(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """'Not eligible countries: ... country of your citizenship' (ITM)."""
    return _ok(ctx["destination"] not in ctx["citizenship"], {"country": ctx["destination"]})


@kind("destination_not_origin")
def destination_not_origin(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """'Not eligible countries: ... country of origin' (ITM). Without an origin the citizenship check stands
    in for it (the origin is assumed to be a citizenship country) and a note says so."""
    origin = ctx["country_of_origin"]
    if origin is None and ctx["citizenship"] is None:
        # The stand-in is unknown too: undecided, never passed ("Austria is not your country of origin" said
        # before the nationality was asked, then "Austria is your citizenship").
        return ("missing", "citizenship", {})
    if origin is None and ctx["destination"] in ctx["citizenship"]:
        return None  # the citizenship rule fails on it; the origin taken from it adds nothing
    if origin is None:
        ctx["notes"].append("origin_assumed")
        return ("pass", "assumed", {"country": ctx["destination"]})
    return _ok(ctx["destination"] != origin, {"country": ctx["destination"]})


@kind("receiving_org_allowed", "types")
def receiving_org_allowed(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Receiving organisation: its type is one the call lists for this activity."""
    return _ok(
        ctx["receiving_org"] in p["types"],
        {"org": ctx["receiving_org"], "orgs": p["types"], "activity": ctx["activity"]},
    )


@kind("receiving_org_excluded", "types")
def receiving_org_excluded(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Traineeships: EU institutions and bodies and organisations managing EU programmes are not eligible."""
    return _ok(ctx["receiving_org"] not in p["types"],
               {"org": ctx["receiving_org"], "activity": ctx["activity"]})


@kind("eche_required")
def eche_required(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Receiving HEIs in programme/associated countries must hold an ECHE."""
    return _ok(ctx["receiving_org_has_eche"] is True, {"country": ctx["destination"]})


@kind("agreement_required")
def agreement_required(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Mobility 'in the framework of prior inter-institutional agreements' with the receiving HEI."""
    return _ok(ctx["interinstitutional_agreement"] is True, {"country": ctx["destination"]})


@kind("flag_required", "field", "value")
def flag_required(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """A yes/no fact must have a given value (compulsory virtual component; PhD without ITM staff status)."""
    return _ok(ctx[p["field"]] is p["value"], {"field": p["field"]})


@kind("flag_excluded", "field", "value")
def flag_excluded(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """A yes/no fact must not have a given value (staff of another organisation than ITM); unknown is not
    asked for: the role already says the person is staff, only an explicit "not ITM's" fails."""
    value = ctx[p["field"]]
    if value is None:
        return None
    return _ok(value is not p["value"], {"field": p["field"]})


@kind("authorisation_required", "field")
def authorisation_required(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """An authorisation (advisor; Scientific Board for periods longer than `over_days`) is needed."""
    over = p.get("over_days")
    if over is not None and ctx["days"] <= over:
        return None
    value = ctx[p["field"]]
    if value is None:
        return ("missing", p["field"], {})
    return _ok(value is True, {"days": ctx["days"], "over_days": over})


@kind("apply_before_departure", "months")
def apply_before_departure(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """'The application needs to be submitted at least two months prior to the planned date of departure.'"""
    apply_by = minus_months(ctx["start_date"], p["months"])
    return _ok(
        ctx["application_date"] <= apply_by,
        {
            "application_date": ctx["application_date"],
            "apply_by": apply_by,
            "start_date": ctx["start_date"],
            "months": p["months"],
        },
    )


@kind("application_deadline", "date")
def application_deadline(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """The call's closing date for applications."""
    return _ok(
        ctx["application_date"] <= p["date"],
        {"application_date": ctx["application_date"], "deadline": p["date"]},
    )


@kind("start_not_before", "date")
def start_not_before(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """'Beginning of the period abroad: from ...' (periods already started are not eligible)."""
    return _ok(ctx["start_date"] >= p["date"], {"start_date": ctx["start_date"], "limit": p["date"]})


@kind("end_not_after", "date")
def end_not_after(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """'End of the period abroad: until ...' / 'with deadline 31 July 2026'."""
    return _ok(ctx["end_date"] <= p["date"], {"end_date": ctx["end_date"], "limit": p["date"]})


@kind("cycle_cap", "max_months")
def cycle_cap(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """At most `max_months` of Erasmus per study cycle, earlier (LLP-)Erasmus months included.
    Checked only when prior months are known: the call file lists `prior_erasmus_months` under `fields`
    where the call makes it a condition (Lucca), so the engine reports it missing there."""
    prior = ctx["prior_erasmus_months"]
    if prior is None:
        return None
    total_days = round(prior * 30) + ctx["days"]
    left = max(0, p["max_months"] * 30 - round(prior * 30))
    return _ok(
        total_days <= p["max_months"] * 30,
        {"prior": prior, "days": ctx["days"], "max_months": p["max_months"], "left_days": left},
    )


@kind("graduation_by", "date")
def graduation_by(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """Recent graduates: graduation by the call's date (Lucca: by March 2016)."""
    return _ok(
        ctx["graduation_date"] <= p["date"], {"graduation_date": ctx["graduation_date"], "limit": p["date"]}
    )


@kind("ends_by_graduation")
def ends_by_graduation(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """A student mobility ends while the person is still a student: a call open to students and not to recent
    graduates cannot fund the part after graduating. Nobody is asked a graduation date for it: only a date
    the person gave is checked."""
    graduation, end = ctx["graduation_date"], ctx["end_date"]
    if graduation is None or end is None:
        return None
    return _ok(end <= graduation, {"end_date": end, "graduation_date": graduation})


@kind("graduation_by_if_ends_after", "date")
def graduation_by_if_ends_after(p: dict[str, Any], ctx: dict[str, Any]) -> Outcome:
    """A mobility going on after the graduation date the person gave is a recent graduate's, which the call
    admits only after a graduation by its date (Lucca: candidates graduating by March 2016). Silent while the
    person is still a student at the end, or gave no graduation date (none is asked for)."""
    graduation, end = ctx["graduation_date"], ctx["end_date"]
    if graduation is None or end is None or end <= graduation:
        return None
    return _ok(graduation <= p["date"], {"graduation_date": graduation, "limit": p["date"], "end_date": end})


DATE_PARAMS = {"date"}


def is_date(value: Any) -> bool:
    return isinstance(value, date)
