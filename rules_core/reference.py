"""`mobility vocabulary`: every value a call file may use, printed from the code that checks it (the fixed
vocabularies, the rule kinds with their parameters and docstrings, the grant component kinds), so the office's
guide never lists values by hand and cannot fall behind."""
from __future__ import annotations

from typing import Any, get_args

from . import kinds, vocab

# Grant components are computed in grants.py; what each kind reads from `params`.
GRANT_KINDS = {
    "monthly_by_group": (
        "params: rates {country set: {activity: EUR per month}} (the destination's country set picks the "
        "rate); whole 30-day months at the rate, the rest at 1/30 of it per day"),
    "monthly_flat": "params: rate (EUR per month); days x rate / 30",
    "daily_tiered": (
        "params: tiers [[up to day N, EUR per day], ...] ([[14, 79], [30, 56]]: days 1-14 at 79, "
        "15-30 at 56); a single per-day rate is one tier ([[9999, 120]])"),
    "travel_band": (
        "params: bands [[min km, max km or null, EUR, green-travel EUR], ...]; by the distance from the "
        "call's `home` to the destination city, for the return trip"),
    "no_travel": "no params; the call paid no separate travel support (a known zero, not an unknown)",
    "unpublished": (
        "no params; its `label` says where the amounts are published (the chat says so); a params.note is a "
        "labelled reference figure, said only when a figure is asked for anyway; params.reference_rates "
        "{country set: EUR per month} gives that reference table's figures (grant.reference_rate); "
        "params.daily_shares {tiers: [[up to day N, percent of the daily rate], ...], reference, confidence} "
        "splits the person's calendar days into them (grant.daily_shares)"),
}
# Any component may also carry params.note (a text in the four languages said with its amount), applies_to
# (roles, activities, destination_sets) and not_applicable_note.


def _rule_kinds() -> list[str]:
    out = []
    for name, fn in sorted(kinds.KINDS.items()):
        doc = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else ""
        params = ", ".join(kinds.REQUIRED_PARAMS.get(name, ())) or "-"
        out.append(f"  {name}  (params: {params})\n      {doc}")
    return out


def _grant_kinds() -> list[str]:
    from .models import GrantComponent

    names = get_args(GrantComponent.model_fields["kind"].annotation)
    return [f"  {name}\n      {GRANT_KINDS.get(name, '')}" for name in names]


def _day_count_methods() -> str:
    from .models import DayCount

    return ", ".join(get_args(DayCount.model_fields["method"].annotation))


def vocabulary() -> str:
    settled: dict[str, Any] = vocab.CONDITION_FIELDS
    lines = [
        "roles (profile `role`, rules' `applies_to.roles`, contacts' `audience`):",
        "  " + ", ".join(vocab.ROLES),
        "activities (profile `activity`, `applies_to.activities`):",
        "  " + ", ".join(vocab.ACTIVITIES),
        "receiving organisation types (profile `receiving_org`):",
        "  " + ", ".join(vocab.RECEIVING_ORGS),
        "yes/no facts (profile fields; conditions: settled by someone else, listed under the verdict; "
        "priority only: read by `priorities[].favours`, never by a rule, never asked):",
        *(f"  {f}" + (f"  (condition, settled by the {settled[f]})" if f in settled else "")
          + ("  (priority only)" if f in vocab.PRIORITY_FIELDS else "") for f in vocab.BOOL_FIELDS),
        "dates: " + ", ".join(vocab.DATE_FIELDS) + "; countries: " + ", ".join(vocab.COUNTRY_FIELDS),
        "languages (every text): " + ", ".join(vocab.LANGS),
        "confidence (with a `reference`): " + ", ".join(vocab.CONFIDENCES),
        "topics (keys of `topics`):",
        "  " + ", ".join(vocab.TOPICS),
        "rule kinds (`kind` of a rule):",
        *_rule_kinds(),
        "grant component kinds (`grant.components[].kind`; any may add params.note, applies_to, "
        "not_applicable_note):",
        *_grant_kinds(),
        "day count (`grant.day_count`: `method`, with the `source` or `reference` + `confidence` that says "
        "a month counts 30 days):",
        "  " + _day_count_methods(),
    ]
    return "\n".join(lines)
