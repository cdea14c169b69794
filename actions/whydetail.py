""""Why?" after a verdict that fails, in the person's own terms (round 33: the same ✗ line came back for "why?
I'm Spanish but I study in Belgium, it's still abroad, no?" and for "perché? non capisco il conto"): the sum
behind a cap per study cycle ("10 + 3 = 13 months, more than the 12 allowed: 2 months left"), that the call
excludes the country of one's nationality even for someone studying in another country, and what would work:
the variations of the plan the rules core's own search finds (another activity, other dates), else, for a
destination the rules refuse, the destinations the call covers without the excluded ones. Every figure, set
and country comes from the rules core and the call data."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)

OWN_COUNTRY = {"destination_not_citizenship": "why_own_country",
               "destination_not_origin": "why_origin_country"}
DESTINATION_KINDS = ("destination_in_sets", "destination_not_sending", *OWN_COUNTRY)
MAX_OPTIONS = 2  # the nearest variations: more is the "what else could I do?" answer


def why_details(turn: Turn, decision: dict[str, Any], failed: list[dict[str, Any]]) -> list[str]:
    """The lines that explain the failed rules in the person's terms, then what would work (may be [])."""
    rules = _rules(str(decision.get("call") or turn.get("call")))
    lines: list[str] = []
    kinds = {str(entry.get("kind") or "") for entry in failed}
    if "destination_not_sending" in kinds and turn.get("destination"):
        # "Waarom niet? Gent is toch een andere universiteit dan het ITG?": why in plain words, both reasons
        # when both fail (round 63 repeated the rule only); the nationality's own line is not said again.
        both = "destination_not_citizenship" in kinds
        lines.append(t(turn.lang, "whyabroad_both" if both else "whyabroad_sending",
                       country=i18n.country(str(turn.get("destination")), turn.lang)))
        kinds.discard("destination_not_citizenship")
        failed = [e for e in failed if e.get("kind") != "destination_not_citizenship" or not both]
    for entry in failed:
        kind = str(entry.get("kind") or "")
        if kind == "cycle_cap":
            from actions.monthsleft import cycle_line

            line = cycle_line(turn)
            lines += [line] if line else []
        elif kind == "destination_in_sets":  # "switzerland is in europe": since when it is not in the list
            from actions.countrynotes import note_lines

            lines += note_lines(str(decision.get("call") or turn.get("call")), turn.get("destination"),
                                turn.lang, turn.text)
        elif kind in OWN_COUNTRY:
            line = _own_country(turn, decision, rules, kind, entry)
            lines += [line] if line else []
    return lines + what_works(turn, decision, failed, rules)


def what_works(turn: Turn, decision: dict[str, Any], failed: list[dict[str, Any]],
               rules: dict[str, Any] | None = None) -> list[str]:
    """The plan's nearest variations that pass (rules_core.options), else another destination when a
    destination rule fails; [] when the rules core says nothing that would work."""
    call_id, lang = str(decision.get("call") or turn.get("call")), turn.lang
    found = _options(turn)
    if found:
        from actions.optionsq import _option_lines

        lines = [t(lang, "why_what_works")]
        return lines + [line for option in found[:MAX_OPTIONS] for line in _option_lines(turn, option)]
    if not any(entry.get("kind") in DESTINATION_KINDS for entry in failed):
        return []
    rules = _rules(call_id) if rules is None else rules
    sets, excluded = destinations(turn, decision, rules)
    if not sets:
        return []
    from babel.lists import format_list

    from actions.countryarticle import with_article

    where = i18n.format_locale(lang)
    names = [with_article(code, lang) for code in excluded]
    countries = format_list(names, style="or", locale=where) if names else ""
    covered = format_list(sets, locale=where)
    if excluded:
        return [t(lang, "why_other_destination", countries=countries, sets=covered)]
    role = turn.get("role")
    if role:  # "a destination the call covers for your profile (staff member): the EU Member States and ..."
        from actions.insteadrole import role_label

        return [t(lang, "whywork_in_sets_role", role=role_label(lang, str(role)), sets=covered)]
    return [t(lang, "why_in_sets", sets=covered)]


def refused_place(turn: Turn) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The rules core's decision for the plan and its failed destination rules; None when none fails or the
    profile cannot be judged (actions/whyplace.py, actions/partialfunding.py)."""
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the usual flow answers
        return None
    place = [f for f in decision.get("failed") or [] if f.get("kind") in DESTINATION_KINDS]
    return (decision, place) if place else None


def place_works(turn: Turn, decision: dict[str, Any], place: list[dict[str, Any]]) -> list[str]:
    """What would work, from the destination rules alone: the sets the call covers, less the countries the
    failed destination rules exclude."""
    sets_rules = [p for p in decision.get("passed") or [] if p.get("kind") == "destination_in_sets"]
    return what_works(turn, {**decision, "failed": place, "passed": sets_rules}, place)


def destinations(turn: Turn, decision: dict[str, Any], rules: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The labels of the country sets the person's destination rule covers, and the countries their other
    destination rules that failed exclude (the sending country, their nationalities, their origin)."""
    from actions.cycleq import resolved_params
    from actions.scope import _set_labels

    call_id, lang = str(decision.get("call") or turn.get("call")), turn.lang
    failed = {e.get("rule") for e in decision.get("failed") or []}
    judged = [rules[e["rule"]] for e in [*(decision.get("failed") or []), *(decision.get("passed") or [])]
              if e.get("rule") in rules]
    sets: list[str] = []
    excluded: list[str] = []
    for rule in judged:
        params = resolved_params(call_id, rule)
        if rule.kind == "destination_in_sets":
            sets += [s for s in _set_labels(call_id, list(params.get("sets") or []), lang) if s not in sets]
        elif rule.id not in failed:
            continue  # a home-country rule that holds is not what would work (round 62: "que Belgique")
        elif rule.kind == "destination_not_sending" and params.get("country"):
            excluded.append(str(params["country"]))
        elif rule.kind == "destination_not_citizenship":
            excluded += [str(c) for c in turn.get("citizenship") or []]
        elif rule.kind == "destination_not_origin" and turn.get("country_of_origin"):
            excluded.append(str(turn.get("country_of_origin")))
    return sets, list(dict.fromkeys(excluded))


def _own_country(turn: Turn, decision: dict[str, Any], rules: dict[str, Any], kind: str,
                 entry: dict[str, Any]) -> str | None:
    """"The call does not fund a stay in a country of your own nationality, even for someone who studies or
    works in another country (Belgium)": the sending country from the call's own rule."""
    home = next((resolved_params_country(decision, rule) for rule in rules.values()
                 if rule.kind == "destination_not_sending"), None)
    destination = turn.get("destination")
    if not home or not destination:
        return None
    lang = turn.lang
    nationalities = [str(c) for c in turn.get("citizenship") or []]
    own = ", ".join(i18n.country(c, lang) for c in nationalities) or i18n.country(destination, lang)
    return t(lang, OWN_COUNTRY[kind], countries=own, home=i18n.country(home, lang),
             country=i18n.country(destination, lang))


def resolved_params_country(decision: dict[str, Any], rule: Any) -> str | None:
    from actions.cycleq import resolved_params

    value = resolved_params(str(decision.get("call")), rule).get("country")
    return str(value) if value else None


def _rules(call_id: str) -> dict[str, Any]:
    from actions.profile import core

    try:
        return {r.id: r for r in core().get_call(call_id).rules}
    except Exception as err:  # a call file problem: the failed lines alone
        logger.debug("no rules for why: %s", type(err).__name__)
        return {}


def _options(turn: Turn) -> list[dict[str, Any]]:
    from actions.flow import judged_profile
    from actions.profile import core

    try:
        return list(core().options(judged_profile(turn), lang=turn.lang).get("options") or [])
    except Exception as err:  # an incomplete or invalid profile: nothing said to work
        logger.debug("no options for why: %s", type(err).__name__)
        return []
