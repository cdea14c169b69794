"""The grant asked of a plan the rules turn down ("la borsa di 860 la ricevo o no, se non sono idonea?", "so
would I receive that?", "krijg ik die beurs dan wel?", "je la toucherais ?"). Round 35 answered "Not for sure:
the amounts for your case are indicative" and the whole amount block, twice, to a PhD student whose plan was
not eligible: no grant is paid for such a plan. The answer is "No", the rules core's reasons for the refusal
in short, and that the amounts apply only to an eligible plan. Eligible plans, plans with conditions and plans
still missing facts keep their amount answers (actions/grantq.py)."""
from __future__ import annotations

from typing import Any

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

MAX_REASONS = 2  # the refusal in short: its first reasons, the "why?" answer has them all


def ruled_out(decision: dict[str, Any]) -> bool:
    """A plan the rules turn down (not one that only missed a date to apply by: its amount still holds)."""
    from actions.answer import only_deadlines_failed

    return decision.get("verdict") == "not_eligible" and not only_deadlines_failed(decision)


def refused_grant(turn: Turn) -> bool:
    """Whether the message asks about the grant of a plan the rules turn down; if so, answered."""
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or not is_question(text):
        return False
    if not (has("receive_grant_question", text) or has("grant_words", text)):
        return False  # (no rule evaluated for a message that names no grant)
    from actions.recap import _eligible_said

    if has("confirm_question", text) and _eligible_said(text):
        return False  # "so I'm eligible and get €309, right?": the recap corrects each point (recap.py)
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    if not ruled_out(decision):
        return False
    from actions.grantq import about_grant, amounts_said

    grant = decision.get("grant") or {}
    receive = has("receive_grant_question", text) and (
        has("grant_words", text) or has("receive_it", text) or bool(amounts_said(text)))
    if not receive and not (grant and about_grant(text, grant)):
        return False
    say_refused(turn, decision)
    return True


def say_refused(turn: Turn, decision: dict[str, Any]) -> None:
    """"No: this plan is not eligible (<reasons>), so no grant is paid; the amounts apply only to an eligible
    plan", with the contact; without "No:" for a question that asks no yes or no ("what grant is that?")."""
    from actions.eitheror import open_question
    from actions.verdict import block_key, contact_lines, short_contact_lines
    from actions.whatiffirst import _place_names, _reason

    lang = turn.lang
    names = _place_names(turn)
    failed = (decision.get("failed") or [])[:MAX_REASONS]
    reasons = "; ".join(_reason(f.get("explanation"), names) for f in failed)
    body = t(lang, "grant_not_eligible", reasons=reasons)
    line = body[:1].upper() + body[1:] if open_question(turn.text) else t(lang, "answer_no", answer=body)
    call_id, role = turn.get("call"), turn.get("role")
    contact = contact_lines(call_id, role, lang)
    told = (turn.get("last_decision") or {}).get("told") or {}
    if told.get("contact") == block_key(contact):  # said in full before: in a few words
        contact = short_contact_lines(call_id, role, lang)
    turn.say("\n".join([line, *contact]))
