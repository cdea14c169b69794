"""Whom a rule of the call is for, in words: its `applies_to` (roles, kinds of mobility, hosts, destinations),
so "why is this a condition of my answer?" and "why is it not needed for me?" can say which plans the call
asks it of. Every word comes from the call data (rules, country set labels) and the locale labels."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.profile import core

logger = logging.getLogger(__name__)


def rules_about(call_id: str, field: str) -> list[Any]:
    """The call's rules that read the yes/no fact `field` (as a profile field or as the flag they check)."""
    try:
        rules = core().get_call(call_id).rules
    except Exception as err:  # a call file problem: no scope rather than no answer
        logger.debug("no rules for a scope: %s", type(err).__name__)
        return []
    return [r for r in rules if field in (r.fields or []) or (r.params or {}).get("field") == field]


def rule_of(call_id: str, rule_id: str | None) -> Any:
    try:
        return next((r for r in core().get_call(call_id).rules if r.id == rule_id), None)
    except Exception as err:  # a call file problem: no scope rather than no answer
        logger.debug("no rule for a scope: %s", type(err).__name__)
        return None


def scope_text(call_id: str, applies: Any, lang: str) -> str:
    """"Master's student, PhD student; study period; at: university; in the EU member states" ("" when the
    rule is for everyone)."""
    parts = []
    if applies.roles:
        parts.append(", ".join(i18n.label(lang, "roles", r) for r in applies.roles))
    if applies.activities:
        parts.append(", ".join(_lower(i18n.label(lang, "activities", a)) for a in applies.activities))
    if applies.receiving_orgs:
        orgs = ", ".join(_lower(i18n.label(lang, "orgs", o)) for o in applies.receiving_orgs)
        parts.append(t(lang, "scope_at", orgs=orgs))
    places = (("scope_in", applies.destination_sets), ("scope_outside", applies.not_destination_sets))
    for key, names in places:
        if names:
            parts.append(t(lang, key, sets=", ".join(_set_labels(call_id, names, lang))))
    return t(lang, "scope_join").join(parts)


def scope_lines(call_id: str, rules: list[Any], lang: str) -> list[str]:
    """One line per rule: whom the call asks it of, with the rule's section of the call."""
    lines = []
    for rule in rules:
        scope = scope_text(call_id, rule.applies_to, lang) or t(lang, "scope_everyone")
        line = f"• {scope} ({t(lang, 'source')}: {i18n.source(call_id, rule.source, lang)})"
        if line not in lines:
            lines.append(line)
    return lines


def _set_labels(call_id: str, names: list[str], lang: str) -> list[str]:
    """The sets' labels, each once (regions 1 to 14 share one label)."""
    try:
        sets = core().get_call(call_id).country_sets
    except Exception as err:  # a call file problem: the set names themselves
        logger.debug("no set labels: %s", type(err).__name__)
        return list(names)
    labels: list[str] = []
    for name in names:
        found = sets.get(name)
        label = found.label.get(lang) if found is not None and found.label else name
        if label not in labels:
            labels.append(label)
    return labels


def _lower(label: str) -> str:
    """"Study period" inside a sentence: "study period" (a label that starts with an acronym stays)."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label
