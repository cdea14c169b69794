"""needed_for: why a field is asked ("why do you need this?"), one sentence per rule that reads it."""

from __future__ import annotations

from typing import Any

from .loader import compiled
from .messages import check_lang, explain


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
    """One sentence per rule of the call that needs `field`: '<rule>: to check ... (<source>).'"""
    lang = check_lang(lang)
    call = compiled(call_id)
    out: list[str] = []
    for rule in call.rule_fields.get(field, []):
        try:
            text = explain(rule.kind, "why", _static_vars(rule), lang, None, call.set_labels)
        except (KeyError, IndexError):
            text = explain(rule.kind, "why", {}, lang, None, call.set_labels)
        sentence = f"{rule.id}: {text} ({rule.source})."
        if sentence not in out:
            out.append(sentence)
    return out
