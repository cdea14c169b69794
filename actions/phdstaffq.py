"""A PhD student with ITM staff status asks about it (round 51: a doctoral researcher employed by ITM):
"telt mijn contract mee?" (the students' diploma contract came), "waarom kan dat niet als doctoraatsstudent?"
and "mag ik met mijn contract nog korte doctorale mobiliteit doen of niet?" (the staff topics came), "als ik
geen contract had gehad, kon ik dan wel korte doctorale mobiliteit doen?" (the staff duration came).

Every answer is the rules core's: the rule that refuses the plan to a PhD student with staff status (a rule
with an `instead_role`), with its explanation and source; the case without the staff status is the
person's facts judged with `itm_staff_member` False, said as a what-if; "what do I get as staff?" is the
plan's grant as staff training (actions/staffroute.py). Nothing is stored. Used by actions/incontext.py."""
from __future__ import annotations

from typing import Any

from actions.askabout import evaluate_with, is_question
from actions.casechecks import sourced_checks
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn
from actions.unplaced import asks_amount

FIELD = "itm_staff_member"


def phd_staff_question(turn: Turn) -> bool:
    """Answer a PhD student's question about their staff status, or leave the message to the others."""
    text, lang = turn.text, turn.lang
    if not turn.get("call") or turn.get("role") != "phd_student" or turn.get(FIELD) is not True \
            or not is_question(text):
        return False
    if has("as_staff_asked", text) and asks_amount(text):
        return _as_staff_amount(turn)
    without = has("without_staff_case", text)
    counts = has("contract_counts", text) and not has("diploma_contract", text)
    doctoral = has("doctoral_route_words", text)
    if not (without and (doctoral or counts or has("contract_word", text)) or counts or doctoral):
        return False
    try:
        own = evaluate_with(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    refused = _refusals(turn, own)
    if not refused:
        return False
    reason = sourced_checks(turn, refused)
    if without:
        return _without_staff(turn, own, refused)
    if counts:
        lines = [t(lang, "phd_contract_counts")]
        if FIELD not in turn.changes:  # a fact just noted: the verdict under this answer says the rule
            lines.append(f"✗ {reason}")
        turn.say("\n".join(lines))
        return True
    key = "phd_staff_why" if has("why_word", text) else "phd_staff_no"
    turn.say(t(lang, key, reason=reason))
    return True


def _refusals(turn: Turn, decision: dict[str, Any]) -> list[dict[str, Any]]:
    """The failed rules that refuse the role to someone with staff status (those naming another role)."""
    from actions.insteadrole import instead_rules

    rules = instead_rules(turn.get("call"))
    return [f for f in decision.get("failed") or [] if f.get("rule") in rules]


def _without_staff(turn: Turn, own: dict[str, Any], refused: list[dict[str, Any]]) -> bool:
    """"If I had no contract, could I?": the plan judged without the staff status, said as a what-if."""
    try:
        case = evaluate_with(turn, **{FIELD: False})
    except Exception:  # the case cannot be judged: the other answers are tried
        return False
    lang = turn.lang
    ids = {f.get("rule") for f in refused}
    if case.get("verdict") == "not_eligible":
        lines = [t(lang, "phd_without_staff_no"), *(f"✗ {sourced_checks(turn, [f])}" for f in case["failed"])]
    else:
        # what the staff status decided: the stay's length for that activity (round 51: "your 19 days fit")
        kept = [p for p in case.get("passed") or [] if p.get("rule") not in ids
                and str(p.get("kind")).startswith("duration")]
        lines = [t(lang, "phd_without_staff_yes"), *(f"✓ {p.get('explanation')}" for p in kept)]
        lines += [f"• {c.get('explanation')}" for c in case.get("conditions") or []]
    lines.append(t(lang, "phd_without_staff_now", reason=sourced_checks(turn, refused)))
    turn.say("\n".join(lines))
    return True


def _as_staff_amount(turn: Turn) -> bool:
    """"wat krijg ik dan als personeel?": the rules core's grant for the plan as the role the refusing rule
    names (ITM: staff training, same dates and host), said as that case; the plan itself is not changed."""
    from actions.staffroute import route_case

    found = route_case(turn)
    if found is None:
        return False
    activity, case = found
    from actions import i18n
    from actions.answer import grant_lines
    from actions.scope import _lower

    lines = grant_lines(case, turn.lang)
    if not lines:
        return False
    lang = turn.lang
    head = t(lang, "phd_staff_amount", activity=_lower(i18n.label(lang, "activities", activity)),
             start=i18n.fmt_date(turn.get("start_date"), lang), end=i18n.fmt_date(turn.get("end_date"), lang))
    turn.say("\n".join([head, *lines]))
    return True
