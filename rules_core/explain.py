"""needed_for: why a field is asked ("why do you need this?"), one sentence per rule that reads it."""

from __future__ import annotations

from typing import Any

from .headings import source_label
from .loader import compiled
from .messages import check_lang, explain, grant_text


def _static_vars(rule: Any) -> dict[str, Any]:
    """The rule's own limits, for the 'why' sentence (no profile facts are known here)."""
    p = rule.params
    out: dict[str, Any] = {}
    for key in ("roles", "activities", "sets", "months", "max_months", "field"):
        if key in p:
            out[key] = p[key]
    if "types" in p:
        out["orgs"] = p["types"]
    if "date" in p:
        out["limit"] = p["date"]
    if "unit" in p:
        out.update(min=p["min"], max=p["max"], unit=p["unit"])
    return out


def needed_for(call_id: str, field: str, lang: str = "en") -> list[str]:
    """One sentence per rule of the call that needs `field`: '<rule id>: To check ... (<source>).'
    The id prefix lets the caller keep the rules of the user's side (staff_* / student_*) and strip it."""
    lang = check_lang(lang)
    call = compiled(call_id)
    out: list[str] = []
    for rule in call.rule_fields.get(field, []):
        try:
            text = explain(rule.kind, "why", _static_vars(rule), lang, None, call.set_labels)
        except (KeyError, IndexError):
            text = explain(rule.kind, "why", {}, lang, None, call.set_labels)
        sentence = f"{rule.id}: {text} ({source_label(call_id, rule.source, lang)})."
        if sentence not in out:
            out.append(sentence)
    if field in ("destination_city", "green_travel") and any(
        c["kind"] == "travel_band" for _, c in call.grant_components
    ):
        key = "why_city" if field == "destination_city" else "why_green"
        out.append(f"travel_support: {grant_text(key, lang)}.")
    return out
