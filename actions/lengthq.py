""""What's the min and max length for a study period?", "how long can a traineeship be?", "is 3.5 months long
enough?": the call's duration limits for the person's kind of mobility (the activity named, else theirs), from
the rules core's duration rules with their sections of the call; with the dates known, whether the person's
stay is within them (yes or no first when that is what is asked). The NLU read such a question mid-form as a
grant question and the person got "I can't find the answer" (round 15)."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import asking, evaluate_with, sourced
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

logger = logging.getLogger(__name__)


def length_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    if not call_id or "?" not in question:
        return False
    from actions.ownlength import own_length_asked

    own_asked = own_length_asked(turn, question)
    from actions.lengthenough import said_length

    said = None if own_asked else said_length(turn, question)  # "2 mesi bastano per un tirocinio?"
    # "is there a max number of months?" (round 62 got the contact and the e-mail summary)
    max_asked = not own_asked and not said and has("cycle_max_months_question", question)
    if not own_asked and not said and not max_asked and not has("length_question", question):
        # "ok e la durata? 5 giorni vanno bene?": the sentence that asks whether the stay's length is fine,
        # after a bare "and the duration?" (round 58 got "Anything else?")
        from actions.unplaced import open_questions

        question = next((q for q in open_questions(text) if own_length_asked(turn, q)), "")
        if not question:
            return False
        own_asked = True
    if not turn.tracker.get_slot("role") and not turn.tracker.get_slot("activity"):
        return False  # "how long can a traineeship last?" before any plan: the call's whole durations topic
    at = text.find(question)
    named = [str(e.get("value")) for e in turn.entities if e.get("entity") == "activity"
             and at <= int(e.get("start") or -1) < at + len(question)]
    activity = named[0] if named else turn.get("activity")
    role = turn.get("role")
    rules = duration_rules(str(call_id), role, activity)
    if not rules:
        return False  # no limit for this plan in the call's rules: the call's topics answer
    lang = turn.lang
    limits = [_limits(str(call_id), rule, activity, lang) for rule in rules]
    own = _own_check(turn, activity, {r.id for r in rules})
    if said:
        from actions.lengthenough import said_length_check

        own = said_length_check(turn, said, activity, {r.id for r in rules}) or own
        if turn.changes.get("duration") == said:  # asked about, not the plan: nothing stored (round 62)
            turn.set("duration", turn.tracker.get_slot("duration"))
    minimum = _minimum(turn, rules, own, lang) if own_asked and has("length_minimum", question) else None
    if max_asked:  # "Yes, the call sets how long it may be:", its limits, the stay's check
        lines = [t(lang, "cycle_max_there"), *limits, *([f"{own[0]} {own[1]}"] if own else [])]
    elif minimum:  # "5 jours c'est le minimum ?": yes or no with the minimum, its source (round 51)
        first, *rest = minimum.split("\n")
        lines = [sourced("", first, str(call_id), rules[0].source, lang).lstrip(), *rest]
    elif own is not None and (own_asked or said or has("yes_no_question", question.strip())):
        # "is 3.5 months long enough?", "dus dat mag gewoon, 5 maanden?": yes or no first, the limits after.
        key = "answer_yes" if own[0] == "✓" else "answer_no"
        lines = [t(lang, key, answer=own[1][:1].lower() + own[1][1:]), *limits]
    else:  # (the check said this turn, "Sì: il Suo soggiorno di 5 giorni rientra...", not again: round 51)
        again = own is not None and own[1][1:] in "\n".join(turn.said)
        lines = [*limits, *([f"{own[0]} {own[1]}"] if own and not again else [])]
    if own_asked:
        from actions.ownlength import condition_before

        condition_before(turn, question)
    if turn.intent == "ask_grant" and not has("how_much", text):
        turn.set("goal", turn.tracker.get_slot("goal"))  # the length words read as a grant question
        turn.reread = "inform"  # (nor the call's published amounts before the next question: round 62)
    turn.say("\n".join(lines))
    return True


def duration_rules(call_id: str, role: str | None, activity: str | None) -> list[Any]:
    """The call's duration rules for this role and activity (for every activity of the role while the
    activity is unknown)."""
    try:
        rules = core().get_call(call_id).rules
    except Exception as err:  # a call file problem: the topics answer
        logger.debug("no rules for a length: %s", type(err).__name__)
        return []
    found = []
    for rule in rules:
        applies = rule.applies_to
        if rule.kind != "duration_range" or role and applies.roles and role not in applies.roles:
            continue
        if activity and applies.activities and activity not in applies.activities:
            continue
        found.append(rule)
    return found


def _limits(call_id: str, rule: Any, activity: str | None, lang: str) -> str:
    """"Study period: 2 months to 12 months (source: ...)", for the activity asked about (else the rule's)."""
    from actions.cycleq import resolved_params
    from rules_core.messages import fmt_amount

    params = resolved_params(call_id, rule)
    activities = [activity] if activity else rule.applies_to.activities or []
    what = ", ".join(i18n.label(lang, "activities", a) for a in activities) or t(lang, "scope_everyone")
    text = t(lang, "length_limits", what=what, min=fmt_amount(params["min"], params["unit"], lang),
             max=fmt_amount(params["max"], params["unit"], lang))
    return sourced("•", text, call_id, rule.source, lang)


def _minimum(turn: Turn, rules: list[Any], own: tuple[str, str] | None, lang: str) -> str | None:
    """The answer to whether the stay's length is the minimum, for a plan with one duration rule."""
    from actions.cycleq import resolved_params
    from actions.ownlength import minimum_line

    if len(rules) != 1 or own is None:
        return None
    try:
        grant = evaluate_with(turn).get("grant") or {}
    except Exception as err:  # an incomplete or invalid profile: the limits answer
        logger.debug("no day count for a minimum: %s", type(err).__name__)
        return None
    return minimum_line(turn, rules[0], resolved_params(str(turn.get("call")), rules[0]), own, grant)


def _own_check(turn: Turn, activity: str | None, ids: set[str]) -> tuple[str, str] | None:
    """The rules core's check of the person's stay against these limits ("✓", its sentence), when the dates
    are known."""
    if not turn.get("start_date") or not turn.get("end_date"):
        return None
    from actions.lengthenough import length_check

    return length_check(turn, ids, **({"activity": activity} if activity else {}))
