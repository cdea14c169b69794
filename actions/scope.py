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


def scope_text(call_id: str, applies: Any, lang: str, role: str | None = None) -> str:
    """The plans a rule is for, as words in a sentence: "a study period or a blended short-term mobility at a
    university outside the EU member states and the third countries associated to the programme" ("" when
    the rule is for everyone). Round 37 read "Master's student, PhD student; study period, ...; at: ...;
    destination outside: ..." as a database listing. The roles are said only when the person's own role is
    not among them (or not known): they are the person's own otherwise."""
    parts = []
    if applies.activities:
        said = [i18n.label(lang, "activities_case", a) for a in applies.activities]
        if len(said) > 2:  # "a study period, a traineeship or ...": one "or" (merged lines, scope_lines)
            from babel.lists import format_list

            parts.append(format_list(said, style="or", locale=i18n.format_locale(lang)))
        else:
            parts.append(t(lang, "scope_or").join(said))
    if applies.receiving_orgs:
        if not parts:
            parts.append(t(lang, "scope_any"))
        orgs = t(lang, "scope_or").join(i18n.label(lang, "orgs_case", o) for o in applies.receiving_orgs)
        parts.append(t(lang, "scope_at", orgs=orgs))
    places = (("scope_in", "scope_or", applies.destination_sets),
              ("scope_outside", "scope_and", applies.not_destination_sets))
    for key, join, names in places:
        if names:
            if not parts:
                parts.append(t(lang, "scope_any"))
            labels = [_with_article(lang, key, label) for label in _set_labels(call_id, names, lang)]
            parts.append(t(lang, key, sets=t(lang, join).join(labels)))
    text = "".join(parts)
    roles = list(applies.roles or [])
    if roles and (not text or role not in roles):
        said = t(lang, "scope_and").join(i18n.label(lang, "roles_plural", r) for r in roles)
        text = t(lang, "scope_roles", roles=said) if not text else text + t(lang, "scope_of", roles=said)
    return text


def scope_lines(call_id: str, rules: list[Any], lang: str, role: str | None = None) -> list[str]:
    """One line per rule: the plans the call asks it for, with the rule's section of the call. Rules that
    differ only by their kinds of mobility make one line (round 59: "a study period or a blended short-term
    mobility at a university outside ..." and "a traineeship or a short-term doctoral mobility at a
    university outside ..." read as the same line twice)."""
    groups: list[tuple[Any, list[str]]] = []  # (the merged applies_to, the sections)
    for rule in rules:
        applies, source = rule.applies_to, i18n.source(call_id, rule.source, lang)
        for i, (seen, sources) in enumerate(groups):
            if applies.activities and seen.activities and _but_activities(seen) == _but_activities(applies):
                kinds = list(dict.fromkeys([*seen.activities, *applies.activities]))
                merged = seen.model_copy(update={"activities": kinds})
                groups[i] = (merged, list(dict.fromkeys([*sources, source])))
                break
        else:
            groups.append((applies, [source]))
    lines = []
    for applies, sources in groups:
        scope = scope_text(call_id, applies, lang, role) or t(lang, "scope_everyone")
        line = f"• {scope} ({t(lang, 'source')}: {'; '.join(sources)})"
        if line not in lines:
            lines.append(line)
    return lines


def _but_activities(applies: Any) -> dict[str, Any]:
    return applies.model_dump(exclude={"activities"})


def _with_article(lang: str, key: str, label: str) -> str:
    """A set's label after the place word: French "hors des États membres", Italian "negli Stati membri",
    "fuori dai paesi terzi" (the locale's `<key>_articles`: article -> contracted form; none in English and
    Dutch)."""
    table = i18n.raw(lang, f"{key}_articles")
    if not isinstance(table, dict):
        return label
    for article, contracted in sorted(table.items(), key=lambda item: -len(item[0])):
        if article and label.lower().startswith(article):
            return contracted + label[len(article):]
    return str(table.get("", "")) + label


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
