"""evaluate(profile, lang): every failing rule, passed ones, what is missing, grant, deadlines, contacts."""

from __future__ import annotations

from datetime import date
from typing import Any

from .compile import CompiledCall, CompiledRule
from .countries import resolve_country
from .dates import days360, minus_months, parse_date, today
from .errors import InvalidProfile, UnknownCountry
from .grants import compute_grant
from .loader import compiled, to_date
from .messages import catalogue, check_lang, explain, fmt_date, note
from .params import value_at
from .vocab import ACTIVITIES, BOOL_FIELDS, CONDITION_FIELDS, RECEIVING_ORGS, ROLES

_ENUMS = {
    "role": frozenset(ROLES),
    "activity": frozenset(ACTIVITIES),
    "receiving_org": frozenset(RECEIVING_ORGS),
}
_EMPTY: frozenset[str] = frozenset()
_ALL_ORGS = frozenset(RECEIVING_ORGS)
MEMO_MAX = 20_000  # explanations memoised per rule
# Destination rules that exclude a country the call's sets cover (the sending one, one's own).
EXCLUDING_KINDS = ("destination_not_sending", "destination_not_citizenship", "destination_not_origin")


def _country(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidProfile(f"{field}: expected a country name or code, got {value!r}")
    try:
        return resolve_country(value)
    except UnknownCountry as e:
        raise UnknownCountry(e.text, e.suggestions, field) from None


def normalise(profile: Any, call: CompiledCall | None = None) -> tuple[CompiledCall, dict[str, Any]]:
    """Check types and values and build the plain context dict the rule kinds read."""
    if not isinstance(profile, dict):
        raise InvalidProfile("the profile must be a JSON object")
    call_id = profile.get("call")
    if not isinstance(call_id, str) or not call_id:
        raise InvalidProfile("call: missing; give a call id such as 'itm-2024' or 'imt-lucca-2015'")
    if call is None or call.id != call_id:
        call = compiled(call_id)
    ctx: dict[str, Any] = {"notes": []}
    for name, allowed in _ENUMS.items():
        v = profile.get(name)
        if v is not None and (not isinstance(v, str) or v not in allowed):
            raise InvalidProfile(f"{name}: {v!r} is not one of {', '.join(sorted(allowed))}")
        ctx[name] = v
    for name in BOOL_FIELDS:
        v = profile.get(name)
        if v is not None and not isinstance(v, bool):
            raise InvalidProfile(f"{name}: expected true or false, got {v!r}")
        ctx[name] = v
    ctx["destination"] = dest = _country(profile.get("destination"), "destination")
    ctx["country_of_origin"] = _country(profile.get("country_of_origin"), "country_of_origin")
    cit = profile.get("citizenship")
    if isinstance(cit, str):
        cit = [cit]
    if cit is not None and (not isinstance(cit, list) or not all(isinstance(c, str) for c in cit)):
        raise InvalidProfile(f"citizenship: expected a list of countries, got {cit!r}")
    ctx["citizenship"] = frozenset(_country(c, "citizenship") for c in cit) if cit else None
    city = profile.get("destination_city")
    if city is not None and not isinstance(city, str):
        raise InvalidProfile(f"destination_city: expected a city name, got {city!r}")
    ctx["destination_city"] = city or None
    # Whether the plan names several destination places ("Leuven, then Paris"): only a note reads it, so an
    # absent value is unknown, never asked.
    several = profile.get("several_places")
    if several is not None and not isinstance(several, bool):
        raise InvalidProfile(f"several_places: expected true or false, got {several!r}")
    ctx["several_places"] = several
    as_of = profile.get("as_of")
    ctx["as_of"] = parse_date(as_of, "as_of") if as_of is not None else today()
    for name in ("start_date", "end_date", "graduation_date"):
        v = profile.get(name)
        ctx[name] = parse_date(v, name) if v is not None else None
    app = profile.get("application_date")
    ctx["application_date"] = parse_date(app, "application_date") if app is not None else ctx["as_of"]
    start, end = ctx["start_date"], ctx["end_date"]
    if start is not None and end is not None:
        if end < start:
            raise InvalidProfile(f"end_date {end.isoformat()} is before start_date {start.isoformat()}")
        ctx["days"] = days360(start, end)
    else:
        ctx["days"] = None
    prior = profile.get("prior_erasmus_months")
    if prior is not None and (
        isinstance(prior, bool)
        or not isinstance(prior, int | float)
        or prior < 0
        or prior != prior
        or prior > 1000
    ):
        raise InvalidProfile(f"prior_erasmus_months: expected a number of months >= 0, got {prior!r}")
    ctx["prior_erasmus_months"] = prior
    # Dated parameters take the value in force on the mobility's start, else on the question date (params.py).
    ctx["param_day"] = start if start is not None else ctx["as_of"]
    ctx["dest_sets"] = call.sets_of.get(dest, _EMPTY) if dest else _EMPTY
    return call, ctx


def evaluate(profile: dict[str, Any], lang: str = "en", call: CompiledCall | None = None) -> dict[str, Any]:
    """The decision for `profile` (rules contract) in `lang`; raises InvalidProfile on invalid input.
    `call`: a compiled call to use instead of the one found by id (rule cases of a call file anywhere)."""
    lang = check_lang(lang)
    call, ctx = normalise(profile, call)
    failed: list[dict[str, str]] = []
    passed: list[dict[str, str]] = []
    missing: dict[str, None] = {}
    conditions: dict[str, dict[str, str]] = {}
    labels = call.set_labels
    covered: tuple[dict[str, str], CompiledRule, dict[str, Any]] | None = None
    for rule in call.rules_for(ctx["role"], ctx["activity"]):
        if rule.applies is not None and not rule.applies(ctx):
            continue  # False: not for this profile; None: its condition is still unknown
        if rule.kind == "receiving_org_allowed" and ctx["receiving_org"] is None \
                and set(rule.params.get("types") or ()) >= _ALL_ORGS:
            continue  # any organisation qualifies: nothing to ask
        gaps = [f for f in rule.fields if ctx[f] is None]
        if not gaps:
            out = rule.fn(rule.params_on(ctx["param_day"]) if rule.dated else rule.params, ctx)
            if out is None:
                continue
            status, key, vars_ = out
            gaps = [key] if status == "missing" else []
        for gap in gaps:
            if gap in CONDITION_FIELDS:
                # The rule's id: whom the call asks it of ("why is this a condition?").
                conditions.setdefault(gap, {**_condition(gap, rule, ctx, lang, who_knows(call)),
                                            "rule": rule.id})
            else:
                missing[gap] = None
        if gaps:
            continue
        # Explanations are memoised on the rule by (outcome, language, values): the same facts recur.
        try:
            memo_key: tuple[Any, ...] | None = (key, lang, *vars_.values())
            text = rule.memo.get(memo_key)
        except TypeError:  # an unhashable value
            memo_key = text = None
        if text is None:
            text = explain(rule.kind, key, vars_, lang, rule.message, labels)
            if memo_key is not None and len(rule.memo) < MEMO_MAX:
                rule.memo[memo_key] = text
        entry = {"rule": rule.id, "kind": rule.kind, "explanation": text, "source": rule.source}
        (passed if status == "pass" else failed).append(entry)
        if rule.kind == "destination_in_sets" and status == "pass":
            covered = (entry, rule, vars_)
    if covered is not None and any(f["kind"] in EXCLUDING_KINDS for f in failed):
        # "Kenya is a country of your citizenship, not an eligible destination" beside "Kenya is an eligible
        # destination" read as both (round 54): the country is then one the call covers, no more.
        entry, rule, vars_ = covered
        entry["explanation"] = explain(rule.kind, "ok_covered", vars_, lang, None, labels)
    # Open facts that only the host, the office or a supervisor can settle do not hold the verdict back.
    verdict = "not_eligible" if failed else ("incomplete" if missing else "eligible")
    assumptions = [note(k, lang) for k in dict.fromkeys(ctx["notes"])]
    notes = list(assumptions)
    said = [n for pred, n in call.notes if pred(ctx)]
    notes.extend(n["text"].get(lang) or n["text"]["en"] for n in said)
    return {
        "call": call.id,
        "verdict": verdict,
        "failed": failed,
        "passed": passed,
        "missing": list(missing),
        "conditions": list(conditions.values()),
        "grant": compute_grant(call, ctx, lang),
        "deadlines": deadlines(call, ctx, lang),
        "contacts": contacts(call, ctx["role"]),
        "notes": notes,
        # The notes that are the rules core's own assumptions (origin taken from citizenship...).
        "assumptions": assumptions,
        # The ids of the call's notes, in the order of their texts after the assumptions: a note said once
        # in a conversation is known again whatever the reply language.
        "note_ids": [n["id"] for n in said],
    }


def asked_of(profile: dict[str, Any], field: str) -> bool | None:
    """Whether the call asks the fact `field` of this plan: True when a rule reading it applies, False when
    the facts known rule out every such rule (a traineeship at a research institute in Spain: no
    inter-institutional agreement, whatever the nationality still open), None while it is open or when no
    rule of the call reads it at all (a silent call says no "No")."""
    call, ctx = normalise(profile)
    reading = [r for r in call.rules if field in r.fields or (r.params or {}).get("field") == field]
    if not reading:
        return None
    states = [True if r.applies is None else r.applies(ctx) for r in reading]
    return True if True in states else (None if None in states else False)


def _condition(field: str, rule: CompiledRule, ctx: dict[str, Any], lang: str, who: str) -> dict[str, Any]:
    texts = catalogue(lang)["conditions"]
    key = field if field != "board_authorised" or ctx.get("days") else "board_authorised_nodays"
    values = {"days": ctx.get("days"), "who": who}
    # `first_person`: the same condition as the person writes it to the office ("My supervisor must
    # authorise..."), for the summary they paste into their e-mail.
    own = catalogue(lang)["conditions_first_person"][key]
    out: dict[str, Any] = {"field": field, "explanation": texts[key].format(**values),
                           "first_person": own.format(**values),
                           "source": rule.source, "settled_by": CONDITION_FIELDS[field],
                           # "And if there is none?": the condition in the conditional.
                           "without": catalogue(lang)["conditions_without"][field]}
    timing = rule.with_application
    if timing:  # "must it be in the application or can it come later?": the call's own answer
        out["with_application"] = {"text": timing["text"].get(lang) or timing["text"]["en"],
                                   "source": timing["source"]}
    due = rule.before_mobility
    if due:  # "before I apply or before I leave?": the call's own answer
        out["before_mobility"] = {"text": due["text"].get(lang) or due["text"]["en"], "source": due["source"]}
    return out


def who_knows(call: CompiledCall) -> str:
    """Whom a condition the office settles is asked of: the addresses of the call's contacts for everyone
    (ITM: erasmusplusmobility@itg.be), else its first address. Never an office the call does not name (round
    26: "the international office knows" sent people to an office no call mentions)."""
    general = [c["email"] for c in call.raw["contacts"] if not c.get("audience") and c.get("email")]
    first = [c["email"] for c in call.raw["contacts"] if c.get("email")][:1]
    return ", ".join(general or first) or "-"


def deadlines(call: CompiledCall, ctx: dict[str, Any], lang: str) -> dict[str, Any]:
    """apply_by = departure minus N calendar months (clamped to month end), never after the application
    deadline; without N months (Lucca) it is the application deadline itself."""
    dl = call.deadlines
    if call.deadline_series:
        dl = {**dl, **{k: to_date(value_at(p, ctx["param_day"])) for k, p in call.deadline_series.items()}}
    app_deadline: date | None = dl["application_deadline"]
    months = dl["apply_months_before"]
    apply_by: date | None = app_deadline
    if months:
        apply_by = None
        if ctx["start_date"] is not None:
            apply_by = minus_months(ctx["start_date"], months)
            if app_deadline is not None and apply_by > app_deadline:
                apply_by = app_deadline
    end_by: date | None = dl["mobility_end_by"]
    note_text = dl["note"].get(lang) or dl["note"]["en"] if dl["note"] else None
    return {
        "application_deadline": app_deadline.isoformat() if app_deadline else None,
        "apply_by": apply_by.isoformat() if apply_by else None,
        "mobility_end_by": end_by.isoformat() if end_by else None,
        "apply_by_text": fmt_date(apply_by, lang) if apply_by else None,
        "note": note_text,
    }


def contacts(call: CompiledCall, role: str | None) -> list[dict[str, Any]]:
    """The call's contacts for this role (all of them while the role is unknown)."""
    out = []
    for c in call.raw["contacts"]:
        if c["audience"] and role is not None and role not in c["audience"]:
            continue
        out.append(
            {"role": c["role"], "name": c["name"], "email": c["email"], "phone": c["phone"], "fax": c["fax"]}
        )
    return out


def destination_status(call_id: str, country: str, lang: str = "en") -> dict[str, Any]:
    """Which of the call's country sets a destination belongs to, with their labels in `lang`
    ("the third countries not associated to the programme"): for "is the UK still in Erasmus?"."""
    lang = check_lang(lang)
    call = compiled(call_id)
    code = resolve_country(country)
    # A grouping for the rates only (ITM's daily-rate groups) says nothing of where one may go.
    raw_sets = call.raw["country_sets"]
    sets = sorted(s for s in call.sets_of.get(code, _EMPTY) if not raw_sets[s].get("for_rates"))
    labels = list(dict.fromkeys(call.set_labels[s].get(lang) or call.set_labels[s]["en"] for s in sets))
    status_of = {name: raw.get("status") for name, raw in call.raw["country_sets"].items()}
    status_labels: dict[str, str] = {}
    for name, status in status_of.items():  # the call's own words for each kind of set it has
        if status and status not in status_labels:
            status_labels[status] = call.set_labels[name].get(lang) or call.set_labels[name]["en"]
    statuses = sorted({status_of[s] for s in sets if status_of.get(s)})
    # Each set the country is in, with what it is in the programme and where the call data has it from (a
    # section of the call, or the reference): "is the UK still in Erasmus after Brexit?" is answered with it.
    raw_sets = call.raw["country_sets"]
    details = [{"set": s, "label": call.set_labels[s].get(lang) or call.set_labels[s]["en"],
                "status": status_of.get(s),
                "source": raw_sets[s].get("source") or raw_sets[s].get("reference")} for s in sets]
    # What the programme says of this country, from any set of the call (Switzerland is in none of Lucca's):
    # "wait why? switzerland is in europe" is answered with it, and its source.
    notes = [{"text": note["text"].get(lang) or note["text"]["en"],
              "source": note.get("source") or note.get("reference")}
             for raw in raw_sets.values() for c, note in (raw.get("notes") or {}).items() if c == code]
    notes = list({n["text"]: n for n in notes}.values())
    return {"country": code, "sets": sets, "labels": labels, "statuses": statuses,
            "status_labels": status_labels, "set_details": details, "notes": notes}
