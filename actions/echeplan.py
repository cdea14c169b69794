"""How to check the ECHE, asked by someone whose plan the rules core gives an ECHE condition: the answer for
that plan (its activity, host kind and country, the condition with its source, then the call's word on
checking it, whom to ask at home), not the call's whole ECHE topic. Round 53 (a PhD student, a short-term
doctoral mobility at NOVA Lisbon): "Come faccio a sapere se la NOVA ha la Carta ECHE?" got the topic for every
kind of mobility, staff training and third countries not associated included, then the condition again."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)
FIELD = "receiving_org_has_eche"


def eche_condition(turn: Turn) -> dict[str, Any] | None:
    """The rules core's ECHE condition for the person's plan, when it has one (else None)."""
    if not turn.get("activity") or not turn.get("receiving_org") or not turn.get("destination"):
        return None
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the call's topic instead
        logger.debug("no plan for the ECHE answer: %s", type(err).__name__)
        return None
    return next((c for c in decision.get("conditions") or [] if c.get("field") == FIELD), None)


def plan_eche_lines(turn: Turn, call_id: str, meaning_asked: bool = False) -> list[str]:
    """The header, the plan's ECHE condition with its source and what the ECHE is, then the call's word on
    checking it (topic `eche_check`) and whom to ask at home; [] when the plan has no ECHE condition.
    meaning_asked: what the ECHE is was asked: that first, then that the plan needs one in plain words (the
    verdict said the condition already; round 62 got it twice with three "can confirm it")."""
    found = eche_condition(turn)
    if found is None:
        return []
    from actions.calls import call_name
    from actions.faq import topic_texts, topics_of

    lang = turn.lang
    plan = t(lang, "eche_plan_of", activity=i18n.label(lang, "activities_case", turn.get("activity")),
             org=i18n.label(lang, "orgs_case", turn.get("receiving_org")),
             country=i18n.country(str(turn.get("destination")), lang))
    condition = t(lang, "eche_plan", plan=plan, reason=found.get("explanation"),
                  source=i18n.source(call_id, found.get("source"), lang))
    meaning = t(lang, "eche_plan_meaning")
    lines = [t(lang, "faq_intro", call=call_name(call_id, lang))]
    lines += [meaning, t(lang, "eche_plan_needs", plan=plan)] if meaning_asked else [condition, meaning]
    from actions.verdict import contact_lines

    checking = topic_texts(call_id, topics_of(call_id, ("eche_check",)), lang)
    lines += [checking] if checking else []
    return lines + contact_lines(call_id, turn.get("role"), lang, key="ask_at_home")  # whom to ask at home


def plan_eche_said(turn: Turn, call_id: str, meaning_asked: bool = False) -> bool:
    """The ECHE answer for the person's plan said, when the plan has an ECHE condition; whether it was."""
    lines = plan_eche_lines(turn, call_id, meaning_asked)
    if lines:
        turn.say("\n".join(lines))
    return bool(lines)
