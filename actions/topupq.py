""""Krijgen stagiairs een toeslag, een extra bedrag per maand?", "a friend said trainees get something extra
on top of the normal grant, is that right?": an amount on top of the grant, answered by the person's own grant
as the rules core computes it (`grant.top_ups`: the lines and notes the call data marks as top-ups, with
where they come from). Round 26 got the other-scholarship answer, then "No: a top-up not listed is not part
of it" although the EU traineeship top-up of 150 EUR a month is in the call data.

With no top-up for the case, the grant follow-up answers (actions/grantq.py: everything the figures give)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has, in_sentence
from actions.turn import Turn


def top_up_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text) or not has("top_up_asked", asking(text)):
        return False
    if has("travel_question", asking(text)):
        return False  # "is there extra for the train?": the travel answer (actions/travelq.py)
    from actions.flow import evaluate

    try:
        grant = evaluate(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    top_ups = grant.get("top_ups") or []
    if not top_ups:
        return False
    lang = turn.lang
    said = [_line(str(call_id), top_up, lang) for top_up in top_ups]
    lines = [t(lang, "answer_yes", answer=said[0]), *said[1:]]
    from actions.contactonce import plain_answer_contact
    from actions.verdict import contact_lines

    # (a plain answer: the contact only if no reply said it, round 31)
    lines += plain_answer_contact(turn.tracker, contact_lines(str(call_id), turn.get("role"), lang))
    if turn.intent in ("ask_grant", "check_eligibility"):
        turn.set("goal", turn.tracker.get_slot("goal"))  # the top-up was asked, not the whole answer again
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _line(call_id: str, top_up: dict[str, Any], lang: str) -> str:
    """The top-up in the call data's words (with its amount for this stay when it has one), and its source."""
    text = str(top_up.get("text") or "")
    if top_up.get("amount_eur") is not None:
        text = f"{text}: {i18n.fmt_eur(top_up['amount_eur'], lang)}"
    text = in_sentence(text)
    return f"{text} ({t(lang, 'source')}: {i18n.source(call_id, top_up.get('source'), lang)})"
