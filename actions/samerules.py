""""If the next call has the same rules, Casablanca is a no-go for me, right?" after an ended call (round 39):
the ended call's own failed rule for the person's facts answers it, conditionally ("Under the ... call's rule,
yes: Morocco is a country of your citizenship ..."), with the next call's rules not known and whom to ask.
Round 39 said only "Not for certain" (actions/earlyasks.py next_call_rule, still the answer without "the same
rules" or without a rule the facts fail). Rules about dates are left out: the person's dates fall after the
ended call, and the next call has its own period."""
from __future__ import annotations

import logging
from typing import Any

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

logger = logging.getLogger(__name__)

DATE_FIELDS = frozenset(("start_date", "end_date", "application_date", "graduation_date"))
PLACES = ("city", "country")


def same_rules_answer(turn: Turn, call_id: str, call: str, who: str) -> str | None:
    """The conditional answer, or None when the message does not suppose the same rules or the person's
    facts fail none of the call's rules that dates do not decide."""
    if not has("same_rules", turn.text):
        return None
    failed = _date_free_failures(turn, call_id)
    if names_a_place(turn):  # "Casablanca is a no-go": the rules about the destination
        failed = _on_destination(failed)
    if not failed:
        return None
    reasons = " ".join(str(f.get("explanation") or "") for f in failed)
    key = "rule_same_yes" if has("ruled_out_words", turn.text) else "rule_same_said"
    return t(turn.lang, key, call=call, reasons=reasons, who=who)


def _date_free_failures(turn: Turn, call_id: str) -> list[dict[str, Any]]:
    from actions.profile import evaluate

    try:
        decision = evaluate(turn.view, turn.lang)
    except Exception as err:  # an incomplete or invalid profile: the general answer
        logger.debug("no failed rule for the next call: %s", err)
        return []
    return date_free(call_id, decision.get("failed") or [])


def date_free(call_id: str, failed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The failures of rules that read no date (a deadline reads no field: it is about the dates too)."""
    from actions.profile import core
    from rules_core.kinds import READS

    try:
        rules = {r.id: r for r in core().get_call(call_id).rules}
    except Exception as err:  # a call file problem: no rule named
        logger.debug("no rules for %s: %s", call_id, err)
        return []
    out = []
    for failure in failed:
        rule = rules.get(str(failure.get("rule")))
        if rule is None:
            continue
        fields = {*rule.fields, *READS.get(rule.kind, ())}
        if not fields or fields & DATE_FIELDS:
            continue
        out.append(failure)
    return out


def next_call_place(turn: Turn, call_id: str, call: str, who: str) -> str:
    """"e l'Italia nel prossimo bando potrebbe andare bene?" after an ended call (round 58 got the next call's
    opening date not known, word for word as before): the next call's rules are not known here; what the
    ended call's rules made of that place for the person, and whom to ask."""
    failed = _on_destination(_date_free_failures(turn, call_id))
    if not failed:
        return t(turn.lang, "next_call_place", who=who)
    reasons = " ".join(str(f.get("explanation") or "") for f in failed)
    return t(turn.lang, "next_call_place_ruled_out", call=call, reasons=reasons, who=who)


def _on_destination(failed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from rules_core.kinds import JUDGES

    return [f for f in failed if JUDGES.get(str(f.get("kind"))) == "destination"]


def asks_own_place(turn: Turn) -> bool:
    """"e l'Italia nel prossimo bando potrebbe andare bene?": the plan's own destination named in a question,
    no other place nor new dates with it (a new plan named with the next call, "an NGO in Accra, March to May
    2027", is the plan, actions/later.py)."""
    from actions.saidback import DATE_ENTITIES

    if any(e.get("entity") in DATE_ENTITIES for e in turn.entities):
        return False
    own = {turn.tracker.get_slot("destination"), turn.tracker.get_slot("destination_city")} - {None}
    places = [e.get("value") for e in turn.entities if e.get("entity") in PLACES]
    # ("would Lisbon work instead of Madrid?": another place, a case of its own)
    return bool(places) and all(p in own for p in places)


def names_a_place(turn: Turn) -> bool:
    return any(e.get("entity") in PLACES and e.get("role") in (None, "destination") for e in turn.entities)
