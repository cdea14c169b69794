"""Checks of a call beyond its shape, each problem named with its place.

- `date_order` (run when a call loads): the application deadline, the windows and the mobility end in order.
- `early`: both of the above on a call that does not validate, so that one run names every problem.
- `lint` (run by `mobility validate-call`): texts missing in one of the four languages, and windows that
  overlap another call of the same institution. A call with such a problem still loads (the chat falls back to
  English), but validate-call reports it and exits 2.

They work on the validated call as plain data (`model_dump(mode="json")`), so nothing here imports the models.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .params import ALWAYS, param_name, series, value_at

LANGS = ("en", "fr", "nl", "it")
Span = tuple[date | None, date]


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value is not None else None
    except ValueError:
        return None


def _resolved(raw: dict[str, Any], value: Any, first: bool = False) -> date | None:
    """A date written directly or as '$param' (the latest dated value; `first`: the earliest)."""
    name = param_name(value)
    if name is not None:
        if name not in raw["parameters"]:
            return None
        points = series(raw, name)
        return _iso(points[0][1] if first else value_at(points, None))
    return _iso(value)


def _moments(raw: dict[str, Any]) -> dict[str, tuple[str, date | None]]:
    """The call's key dates: name -> (where it is written, date)."""
    win, dl, params = raw.get("windows") or {}, raw["deadlines"], raw["parameters"]

    def first_of(*places: tuple[str, Any]) -> tuple[str, date | None]:
        for where, value in places:
            day = _resolved(raw, value)
            if day is not None:
                return where, day
        return places[0][0], None

    start_param = "$mobility_start_from" if "mobility_start_from" in params else None
    return {
        "opens": first_of(("windows.application_opens", win.get("application_opens"))),
        "deadline": first_of(
            ("deadlines.application_deadline", dl.get("application_deadline")),
            ("windows.application_deadline", win.get("application_deadline")),
        ),
        "start": first_of(
            ("windows.mobility_start", win.get("mobility_start")),
            ("parameters.mobility_start_from", start_param),
        ),
        "end": first_of(
            ("deadlines.mobility_end_by", dl.get("mobility_end_by")),
            ("windows.mobility_end", win.get("mobility_end")),
        ),
    }


_ORDER = (("opens", "deadline"), ("opens", "end"), ("start", "end"), ("deadline", "end"))


def date_order(raw: dict[str, Any]) -> list[str]:
    """'deadlines.application_deadline (2026-08-01) is after deadlines.mobility_end_by (2026-07-31)'."""
    moments = _moments(raw)
    problems = []
    for early, late in _ORDER:
        (where_a, a), (where_b, b) = moments[early], moments[late]
        if a is not None and b is not None and a > b:
            problems.append(f"{where_a} ({a}) is after {where_b} ({b})")
    win = raw.get("windows") or {}
    for early, late in (("application_opens", "application_deadline"), ("mobility_start", "mobility_end"),
                        ("application_deadline", "mobility_end")):
        a, b = _iso(win.get(early)), _iso(win.get(late))
        problem = f"windows.{early} ({a}) is after windows.{late} ({b})"
        if a is not None and b is not None and a > b and problem not in problems:
            problems.append(problem)
    return problems


def _text_gaps(node: Any, place: str) -> list[str]:
    """Places of texts (mappings keyed by language) that lack one of the four languages."""
    out: list[str] = []
    if isinstance(node, dict):
        keys = set(node)
        if "en" in keys and keys <= set(LANGS):
            missing = [lang for lang in LANGS if not node.get(lang)]
            if missing:
                out.append(f"{place}: text missing in {', '.join(missing)}")
            if all(isinstance(v, dict) for v in node.values() if v):  # a rule's message: per outcome too
                for lang in LANGS:
                    extra = set(node["en"] or {}) - set(node.get(lang) or {})
                    if node.get(lang) and extra:
                        out.append(f"{place}.{lang}: missing {', '.join(sorted(extra))}")
            return out
        for key, value in node.items():
            out.extend(_text_gaps(value, f"{place}.{key}" if place else str(key)))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            label = f" ({item['id']})" if isinstance(item, dict) and "id" in item else ""
            out.extend(_text_gaps(item, f"{place}[{i}]{label}"))
    return out


def span(raw: dict[str, Any]) -> Span:
    """The call's mobility window: (first day or None when it gives none, last day)."""
    moments = _moments(raw)
    start = moments["start"][1] or moments["opens"][1]
    if start is None and "mobility_start_from" in raw["parameters"]:
        start = _resolved(raw, "$mobility_start_from", first=True)
    return start, moments["end"][1] or date.max


def same_institution(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["institution"].casefold() == b["institution"].casefold():
        return True
    aliases = [{x.casefold() for x in (c.get("chat") or {}).get("aliases") or ()} for c in (a, b)]
    return bool(aliases[0] & aliases[1])


def overlaps(raw: dict[str, Any], others: list[dict[str, Any]]) -> list[str]:
    """Another call of the same institution (same name or a shared chat alias) whose window overlaps."""
    start, end = span(raw)
    out = []
    for other in others:
        if other["id"] == raw["id"] or not same_institution(raw, other):
            continue
        o_start, o_end = span(other)
        if (start is None or start <= o_end) and (o_start is None or o_start <= end):
            mine = f"{start or 'no start date'} to {end}"
            out.append(f"windows: {mine} overlaps call {other['id']} of the same institution "
                       f"({o_start or 'no start date'} to {o_end}); give each call its own dates")
    return out


def text_gaps(raw: dict[str, Any]) -> list[str]:
    texts = {k: raw[k] for k in ("chat", "country_sets", "rules", "deadlines", "grant", "notes", "topics")
             if raw.get(k)}
    return _text_gaps(texts, "")


def lint(raw: dict[str, Any], others: list[dict[str, Any]]) -> list[str]:
    """Problems validate-call reports beyond those that stop a call from loading."""
    return text_gaps(raw) + overlaps(raw, others)


def _normalised(data: dict[str, Any]) -> dict[str, Any]:
    """A call file's data as read, with its parameters in the dated form (keys as ISO strings)."""
    params = {}
    for name, p in (data.get("parameters") or {}).items():
        lines = {ALWAYS: p} if "value" in p else p["values"]
        params[name] = {"values": {str(day): line for day, line in lines.items()}}
    return {**data, "parameters": params, "deadlines": data.get("deadlines") or {}}


def early(data: dict[str, Any]) -> list[str]:
    """For a call that does not validate: the date-order and text problems that can still be told from what
    was read, so that validate-call names them in the same run (best effort: [] for data too broken)."""
    try:
        raw = _normalised(data)
        return date_order(raw) + text_gaps(raw)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):
        return []
