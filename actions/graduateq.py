""""Posso fare un tirocinio Erasmus dopo aver preso il dottorato?", "questi 4 mesi dopo il titolo contano nei
12 mesi del ciclo di dottorato?": a stay after the degree, where the call has rules for recent graduates (IMT
Lucca: PhD candidates graduating by March 2016 may do a traineeship, and it counts towards the PhD's 12
months). Round 26 got "the call does not address this" and the first question was never answered.

Yes or no comes from the rules core: the person's facts as a recent graduate (the rules only that role has,
such as the date to graduate by); the call's own words follow, with their section."""
from __future__ import annotations

from typing import Any

from actions.askabout import evaluate_with, is_question, sourced
from actions.i18n import t
from actions.phrases import has, in_sentence
from actions.profile import core
from actions.turn import Turn

ROLE = "recent_graduate"
WHO = "recent_graduates"  # the call's topic: who may go after graduating, and how they apply
MONTHS = "recent_graduate_months"  # the call's topic: whether those months count


def after_degree_question(text: str) -> bool:
    """A question about a stay after the degree, or about recent graduates."""
    asks = is_question(text) or has("indirect_question", text)
    return asks and (has("after_degree", text) or has("recent_graduate_word", text)
                     or has("no_longer_student", text))  # "I won't be a student anymore by then" (round 37)


def graduate_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    question = turn.question
    if not call_id or not (after_degree_question(question) or despite_graduating(turn)
                           or _after_graduation(turn)):
        return False
    try:
        topics = core().get_call(str(call_id)).topics
    except Exception:  # a call file problem: the other answers are tried
        return False
    key = MONTHS if has("counts_question", question) else WHO
    topic = topics.get(key)
    if topic is None:
        # A call with no rule for recent graduates: whether its who-can-apply rule leaves them out (round 37)
        from actions.notgraduates import not_among_roles

        return not_among_roles(turn)
    lang = turn.lang
    text = sourced("", topic.answer(lang), call_id, topic.source, lang).strip()
    text = in_sentence(text)  # "Sì: i dottorandi ...", but "Yes: PhD candidates ..."
    from actions.calls import call_name, status_of

    if status_of(str(call_id))["status"] == "closed":
        # The ended call's rule, as its rule: what the person may do now is the office's to say.
        turn.say("\n".join([t(lang, "old_call_rules", call=call_name(str(call_id), lang)), text]))
        turn.answered = True
        return True
    lines = _own_checks(turn, key, question)
    # Whether the months count is the call's rule, whatever the person's own total; whether they may go, their
    # checks as a recent graduate.
    failed = key == WHO and any(line.startswith("✗") for line in lines)
    opening = t(lang, "answer_no" if failed else "answer_yes", answer=text)
    turn.say("\n".join([opening, *lines]))
    turn.answered = True
    return True


def despite_graduating(turn: Turn) -> bool:
    """"Però discuto la tesi il 15 marzo 2016, quindi partirei già dottore. Posso candidarmi lo stesso?": a
    graduation date told in the message, asked whether one may still apply (or whether it matters) - the
    recent-graduate rule is the answer (round 33 noted the date and asked the next fact)."""
    if "graduation_date" not in turn.changes or not is_question(turn.text):
        return False
    asking = turn.question
    return has("can_i_apply", asking) or has("verdict_question", asking) or has("matters_question", asking)


def _after_graduation(turn: Turn) -> bool:
    """"I graduate end of June, so July wouldn't work, right?": a stay after the graduation date the person
    gave, asked whether it works (round 37 answered only the message's other question)."""
    question = turn.question
    return bool(turn.get("graduation_date")) and is_question(question) \
        and has("graduation_word", question) and has("acceptable_question", question)


def _own_checks(turn: Turn, key: str, question: str) -> list[str]:
    """The person's own checks that answer it: for the months, the cap per study cycle; for going after the
    degree, the rules only a recent graduate has (the graduation date, the activity), judged on their facts
    as a recent graduate, for the activity the question names or else their own (a traineeship if none)."""
    named = [str(e.get("value")) for e in turn.entities if e.get("entity") == "activity"]
    activity = named[-1] if named else turn.get("activity") or "traineeship"
    try:
        decision = evaluate_with(turn, role=ROLE, activity=activity)
        rules = core().get_call(str(turn.get("call"))).rules
    except Exception:  # an incomplete or invalid profile: the call's words alone
        return []
    ids = {r.id for r in rules if _only_for_graduates(r)} if key == WHO else \
        {r.id for r in rules if r.kind == "cycle_cap"}
    lines = [f"✗ {f.get('explanation')}" for f in decision.get("failed") or [] if f.get("rule") in ids]
    return lines + [f"✓ {p.get('explanation')}" for p in decision.get("passed") or [] if p.get("rule") in ids]


def _only_for_graduates(rule: Any) -> bool:
    roles = rule.applies_to.roles if rule.applies_to else None
    return bool(roles) and list(roles) == [ROLE]
