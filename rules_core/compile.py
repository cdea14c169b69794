"""Compile a validated call (plain data) into the engine's hot-path form: precompiled predicates and rules.

Why: evaluate() must run >= 20,000 times a second, so conditions become closures once per call, params are
resolved ('$param' -> value, ISO strings -> dates) once, and nothing is validated per profile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .kinds import KINDS, READS, KindFn
from .loader import resolve_param, to_date
from .params import param_name, series, value_at

Predicate = Callable[[dict[str, Any]], bool | None]


def predicate(cond: dict[str, Any] | None) -> Predicate:
    """True/False, or None when a field the condition reads is unknown (the rule is then undecided)."""
    cond = {k: v for k, v in (cond or {}).items() if v is not None}
    tests: list[Callable[[dict[str, Any]], bool | None]] = []

    def member(fieldname: str, allowed: frozenset[str], negate: bool = False) -> Predicate:
        def test(ctx: dict[str, Any]) -> bool | None:
            v = ctx[fieldname]
            if v is None:
                return None
            return (v in allowed) != negate

        return test

    if "roles" in cond:
        tests.append(member("role", frozenset(cond["roles"])))
    if "activities" in cond:
        tests.append(member("activity", frozenset(cond["activities"])))
    if "not_activities" in cond:
        tests.append(member("activity", frozenset(cond["not_activities"]), negate=True))
    if "receiving_orgs" in cond:
        tests.append(member("receiving_org", frozenset(cond["receiving_orgs"])))
    for key, negate in (("destination_sets", False), ("not_destination_sets", True)):
        if key in cond:
            wanted = frozenset(cond[key])

            def in_sets(
                ctx: dict[str, Any], wanted: frozenset[str] = wanted, negate: bool = negate
            ) -> bool | None:
                if ctx["destination"] is None:
                    return None
                return (not ctx["dest_sets"].isdisjoint(wanted)) != negate

            tests.append(in_sets)
    if "flags" in cond:
        flags = dict(cond["flags"])

        def flags_match(ctx: dict[str, Any]) -> bool | None:
            values = [ctx[f] for f in flags]
            if None in values:
                return None
            return all(value is flags[f] for value, f in zip(values, flags, strict=True))

        tests.append(flags_match)
    if "destination_in_citizenship" in cond:
        want = cond["destination_in_citizenship"]
        # Unknown when either fact is (a priority's "not towards your home country" is then open, not no).
        tests.append(
            lambda ctx: None
            if ctx["destination"] is None or ctx["citizenship"] is None
            else (ctx["destination"] in ctx["citizenship"]) == want
        )
    if "several_places" in cond:
        several = cond["several_places"]
        tests.append(lambda ctx: None if ctx["several_places"] is None else ctx["several_places"] == several)
    if not tests:
        return lambda ctx: True
    if len(tests) == 1:
        return tests[0]

    def all_of(ctx: dict[str, Any]) -> bool | None:
        undecided = False
        for t in tests:
            r = t(ctx)
            if r is False:
                return False
            if r is None:
                undecided = True
        return None if undecided else True

    return all_of


@dataclass(slots=True)
class CompiledRule:
    id: str
    kind: str
    fn: KindFn
    params: dict[str, Any]
    fields: tuple[str, ...]
    applies: Predicate | None  # None: the rule applies to every profile (no call needed)
    source: str
    message: dict[str, dict[str, str]] | None
    # Params whose parameter has several dated values: (param key, [(ISO date, value), ...]), resolved per
    # profile on the mobility's date (engine.params_on); `params` then holds the latest value.
    dated: tuple[tuple[str, list[tuple[str, Any]]], ...] = ()
    memo: dict[tuple[Any, ...], str] = field(default_factory=dict)
    # The call's words when the authorisation the rule asks for is part of the application form itself.
    with_application: dict[str, Any] | None = None
    before_mobility: dict[str, Any] | None = None  # the call's words when it is due before the mobility
    instead_role: str | None = None  # the role the call sends those this rule refuses to (options.py)

    def params_on(self, day: date | None) -> dict[str, Any]:
        """The params with each dated parameter's value in force on `day`."""
        if not self.dated:
            return self.params
        return {**self.params, **{k: _freeze(to_date(value_at(points, day))) for k, points in self.dated}}


@dataclass(slots=True)
class CompiledCall:
    id: str
    raw: dict[str, Any]
    rules: list[CompiledRule]
    set_labels: dict[str, dict[str, str]]
    country_sets: dict[str, frozenset[str]]
    sets_of: dict[str, frozenset[str]]
    notes: list[tuple[Predicate, dict[str, Any]]]
    grant_components: list[tuple[Predicate, dict[str, Any]]]
    grant_notes: list[tuple[Predicate, dict[str, Any]]]
    deadlines: dict[str, Any] = field(default_factory=dict)
    deadline_series: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    rule_fields: dict[str, list[CompiledRule]] = field(default_factory=dict)
    _by_role_activity: dict[tuple[str | None, str | None], list[CompiledRule]] = field(default_factory=dict)

    def rules_for(self, role: str | None, activity: str | None) -> list[CompiledRule]:
        """The rules not already excluded by the role and activity (memoised): the engine's loop then skips
        most rules of the other audiences without testing their conditions."""
        key = (role, activity)
        hit = self._by_role_activity.get(key)
        if hit is None:
            probe: dict[str, Any] = defaultdict(lambda: None)
            probe.update(role=role, activity=activity, dest_sets=frozenset(), citizenship=None)
            hit = self._by_role_activity[key] = [
                r for r in self.rules if r.applies is None or r.applies(probe) is not False
            ]
        return hit


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _dated(raw: dict[str, Any], params: dict[str, Any]) -> tuple[tuple[str, list[tuple[str, Any]]], ...]:
    out = []
    for key, value in params.items():
        name = param_name(value)
        if name is not None and len(points := series(raw, name)) > 1:
            out.append((key, points))
    return tuple(out)


def compile_call(raw: dict[str, Any]) -> CompiledCall:
    sets = {name: frozenset(s["countries"]) for name, s in raw["country_sets"].items()}
    sets_of: dict[str, set[str]] = {}
    for name, members in sets.items():
        for code in members:
            sets_of.setdefault(code, set()).add(name)
    rules = []
    for r in raw["rules"]:
        # Lists become tuples: hashable, so rendered explanations can be memoised (messages.render_vars).
        params = {k: _freeze(resolve_param(raw, v)) for k, v in r["params"].items()}
        rules.append(
            CompiledRule(
                r["id"],
                r["kind"],
                KINDS[r["kind"]],
                params,
                tuple(r["fields"]),
                predicate(r["applies_to"]) if any(v is not None for v in r["applies_to"].values()) else None,
                r["source"],
                r.get("message"),
                _dated(raw, r["params"]),
                with_application=r.get("with_application"),
                before_mobility=r.get("before_mobility"),
                instead_role=r.get("instead_role"),
            )
        )
    dl = raw["deadlines"]
    deadlines = {
        k: resolve_param(raw, dl.get(k))
        for k in ("application_deadline", "apply_months_before", "mobility_end_by")
    }
    deadlines["note"] = dl.get("note")
    deadline_series = dict(_dated(raw, {k: dl.get(k) for k in deadlines}))
    by_field: dict[str, list[CompiledRule]] = {}
    for rule in rules:
        for f in (*rule.fields, *READS.get(rule.kind, ()), rule.params.get("field")):
            if f:
                by_field.setdefault(f, []).append(rule)
    return CompiledCall(
        id=raw["id"],
        raw=raw,
        rules=rules,
        set_labels={n: s["label"] for n, s in raw["country_sets"].items()},
        country_sets=sets,
        sets_of={c: frozenset(v) for c, v in sets_of.items()},
        notes=[(predicate(n["applies_to"]), n) for n in raw["notes"]],
        grant_components=[
            (predicate(c["applies_to"]), {**c, "params": {k: to_date(v) for k, v in c["params"].items()}})
            for c in raw["grant"]["components"]
        ],
        grant_notes=[(predicate(n["applies_to"]), n) for n in raw["grant"]["notes"]],
        deadlines=deadlines,
        deadline_series=deadline_series,
        rule_fields=by_field,
    )
