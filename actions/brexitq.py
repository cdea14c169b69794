""""Will Brexit change anything?", "le Brexit change quelque chose ?", "verandert de Brexit iets?", "is the UK
still in Erasmus after Brexit?": what the United Kingdom is under this call, from the call data's country sets
with their source (a third country not associated to the programme in 2021-2027; a Programme Country in the
Lucca call of 2015/2016), and what that means for the person's plan: the rules core's destination checks for
it. Before, "Will Brexit change anything?" got "I can't find the answer in the call text", and the UK question
the rule's section instead of where the UK's status comes from."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, is_question
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

logger = logging.getLogger(__name__)

UK = "GB"


def brexit_question(turn: Turn) -> bool:
    """Answered when the message asks about Brexit (and names no other destination); whether it answered."""
    text = turn.text
    if not has("brexit_words", text) or not is_question(text.strip()):
        return False
    others = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") != "citizenship"
              and str(e.get("value")).upper() != UK]
    if others:
        return False  # "after Brexit, can I still go to Ireland?": Ireland is asked about
    from actions.calls import call_name, status_of
    from actions.incontext import _current_call

    call_id, lang = _current_call(turn), turn.lang
    try:
        status = core().destination_status(call_id, UK, lang)
    except Exception as err:  # a call file problem: the other answers are tried
        logger.debug("no destination status: %s", type(err).__name__)
        return False
    ended = status_of(call_id)["status"] == "closed"
    details = status.get("set_details") or []
    kinds = [d for d in details if d.get("status")] or details  # what the UK is in the programme first
    name = call_name(call_id, lang)
    plan = _for_the_plan(turn, call_id)
    # The UK inside the programme under a call still running (IMT Lucca 2015/2016, asked on 10 January 2016):
    # "is the UK ok, with all this talk about leaving the EU?" is a yes or no for the plan, and a future exit
    # is something the call does not address: who can tell (round 63 gave the checklist twice).
    inside = not ended and any(d.get("status") in INSIDE for d in kinds)
    if kinds:
        sources = list(dict.fromkeys(i18n.source(call_id, d.get("source"), lang)
                                     for d in kinds if d.get("source")))
        head = t(lang, "brexit_status_ended" if ended else "brexit_status", call=name,
                 sets=", ".join(d["label"] for d in kinds), source="; ".join(sources))
        if inside and not has("brexit_outcome_asked", text):
            refused = bool(plan) and plan[0] == t(lang, "brexit_mine_no", plan=_plan_name(turn))
            head = t(lang, "answer_no" if refused else "answer_yes",
                     answer=head[:1].lower() + head[1:])
        lines = [head]
    else:
        lines = [t(lang, "brexit_none", call=name)]
    from actions.countrynotes import note_lines

    lines += note_lines(call_id, UK, lang, text)  # "not associated since 2021", from the call data
    lines += plan
    if inside:
        from actions.verdict import describe_in, role_contacts

        who = "; ".join(describe_in(c, lang) for c in role_contacts(call_id, turn.get("role"))[:2])
        lines.append(t(lang, "brexit_future", call=name, who=who))
    turn.say("\n".join(lines))
    return True


INSIDE = ("programme_country", "eu_member", "associated")  # the rules core's statuses inside the programme


def _plan_name(turn: Turn) -> str:
    role, activity, lang = turn.get("role"), turn.get("activity"), turn.lang
    return i18n.label(lang, "activities", activity) if activity else i18n.label(lang, "roles", role) \
        if role else ""


def _for_the_plan(turn: Turn, call_id: str) -> list[str]:
    """The rules core's destination checks for the person's plan in the UK: their own plan when the UK is
    their destination, else the plan as if it were there; nothing while the role is not known."""
    role, lang = turn.get("role"), turn.lang
    if not role or str(turn.get("call") or "") != call_id:
        return []
    mine = str(turn.get("destination") or "").upper() == UK
    try:
        decision = evaluate_with(turn, destination=UK) if mine \
            else evaluate_with(turn, destination=UK, destination_city=None)
    except Exception as err:  # an incomplete or invalid profile: the status alone
        logger.debug("no decision for the UK: %s", type(err).__name__)
        return []
    plan = _plan_name(turn)

    def about(checks: Any) -> list[dict[str, Any]]:
        return [c for c in checks or [] if str(c.get("kind", "")).startswith("destination")]

    def sourced(c: dict[str, Any]) -> str:
        return f"{c.get('explanation')} ({t(lang, 'source')}: {i18n.source(call_id, c.get('source'), lang)})"

    failed = about(decision.get("failed"))
    prefix = "brexit_mine" if mine else "brexit_if"
    if failed:
        return [t(lang, f"{prefix}_no", plan=plan), *[f"✗ {sourced(c)}" for c in failed]]
    lines = [t(lang, f"{prefix}_ok", plan=plan)]
    lines += [f"✓ {sourced(c)}" for c in about(decision.get("passed"))[:2]]
    # (the facts still missing are asked next; facts stated with the question: the whole answer follows)
    if mine and decision.get("verdict") != "incomplete" and not turn.changes:
        from actions.stands import short_outcome

        lines.append(t(lang, "brexit_outcome", outcome=short_outcome(decision, lang)))
    return lines
