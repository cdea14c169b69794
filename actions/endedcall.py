"""A call that has ended: "is it still open?", closed since <date> and what it covered, and its dates and
checks as they were (as if the person had applied in time)."""

from __future__ import annotations

import logging
import re
from typing import Any

from actions.answer import deadline_lines
from actions.calls import call_covers
from actions.closedline import closed_line
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

logger = logging.getLogger(__name__)
MAX_YES_WORDS = 5  # "yes please, go ahead": a yes and its courtesies, nothing more


def asks_status(text: str) -> str | None:
    """The word a closed call's answer starts with: "no" to "is it still open?" or "so there's nothing open
    right now?", "yes" to "is it too late?"; None when the message does not ask one of them (or both)."""
    if "?" not in text:
        return None
    from actions.phrases import PHRASES

    text = PHRASES["status_known"].sub(" ", text)  # "if it were still open, ...?" asks no status
    still_open, ended = has("still_open_question", text), has("ended_question", text)
    if still_open == ended:
        return None
    return "no" if still_open else "yes"


def asks_would_have(turn: Turn) -> bool:
    """"What would have applied to me?", or, once the call was said to have ended, "wat zou ik gekregen
    hebben?", "what would I have got?", "qu'est-ce que j'aurais eu ?", "cosa avrei preso?": the case as if
    applied in time is started (round 33 gave the closed-call block again). Before that ("so it's closed? what
    would the grant have been?") the call's end and the amount are said; of an open call it is the amount."""
    if has("would_have_applied", turn.text) or offer_taken(turn):
        return True
    call_id = turn.get("call")
    # ("if it were still open, would I have been eligible?": the verdict of that case, its profile unchanged)
    from actions.profile import PROFILE_SLOTS

    eligible = has("would_have_been_eligible", turn.text) and not set(turn.changes) & set(PROFILE_SLOTS)
    if not call_id or not (has("would_have_got", turn.text) or eligible):
        return False
    from actions.calls import status_of
    from actions.later import AFTER_MARK, closed_was_told

    if turn.get("closed_told") == f"{call_id}{AFTER_MARK}" and not turn.get("start_date"):
        return False  # a month after its period, no day: the amounts known at once (actions/endedamount.py)
    return closed_was_told(turn, str(call_id)) and status_of(str(call_id)).get("status") == "closed"


def offer_taken(turn: Turn) -> bool:
    """"Yes please", "oui volontiers", "ja graag", "sì grazie" right after the offer to say what would have
    applied: the offer taken, as its button takes it (round 41 got the closed call's answer again). A yes that
    goes on ("yes i got that its closed, i asked if phd students can go at all") says something else."""
    from actions.laterask import repeated
    from actions.phrases import PHRASES

    text = turn.text.strip()
    short = len(re.findall(r"\w+", text)) <= MAX_YES_WORDS and "?" not in text
    yes = turn.intent == "affirm" or PHRASES["yes"].search(text) is not None
    # "Yes please, if the call is over, what would it have paid? It would be 1 to 20 February 2027" got "the
    # 2027 amounts are not known" (round 55): a yes that asks what would have been is the offer taken too.
    if not yes and not short:  # ("Ah ok that's a pity. Yes please, ...": the yes opens a later sentence)
        from actions.sentences import SENTENCE_RX

        yes = any(PHRASES["yes"].search(one.strip()) for one in SENTENCE_RX.split(text))
    would = has("would_have_got", text) or has("past_conditional", text)
    return yes and (short or would) and not turn.is_payload and repeated(turn)


def closed_answer(turn: Turn, status: dict[str, Any], short: bool = False) -> None:
    """Closed since <date>, what it covered, whom to ask about the next call, and the offer to say what would
    have applied (later: the first line and the offer, never the first line alone, round 29)."""
    call_id = status["call"]
    from actions.verdict import contact_lines

    lines = [closed_line(status, turn.lang)]
    yes_no = asks_status(turn.question)
    if yes_no:  # "so there's nothing open?": "No" first; "is it too late?": "Yes" first
        lines[0] = t(turn.lang, f"answer_{yes_no}", answer=lines[0][:1].lower() + lines[0][1:])
    if not short:
        lines += [call_covers(call_id, turn.lang),
                  *contact_lines(call_id, turn.get("role"), turn.lang), t(turn.lang, "call_closed_offer")]
    else:
        lines.append(t(turn.lang, "call_closed_offer_short"))
    turn.set("asked", None)
    button = {"title": t(turn.lang, "button_would_have"), "payload": '/inform{"hypothetical":true}'}
    turn.say("\n".join(lines), [button])


def closed_dates(turn: Turn) -> None:
    """"Between which dates did the mobility have to take place?" about an ended call: its dates as they
    were (deadline, mobility window), never a date to apply by now."""
    from actions.flow import evaluate

    turn.as_if_in_time = True
    try:
        decision = evaluate(turn)
    except Exception as err:  # an invalid profile: the ended call was said, that is enough
        logger.debug("no dates for an ended call: %s", type(err).__name__)
        return
    finally:
        turn.as_if_in_time = False
    deadlines = {k: v for k, v in (decision.get("deadlines") or {}).items() if k != "apply_by"}
    lines = deadline_lines({"deadlines": deadlines}, turn.lang)
    if deadlines.get("note"):
        lines.append(f"ℹ {deadlines['note']}")
    if lines:
        turn.say("\n".join(lines))


def closed_checks(turn: Turn) -> None:
    """Once, with the first "this call has ended": what its rules say about the facts given so far, as if
    applied in time (a 3-day staff training in Germany was possible, the UK was a programme country), with
    no questions and no verdict; the full answer only when the person asks what would have applied."""
    if not turn.entities or turn.is_payload:
        return
    from actions.flow import evaluate
    from actions.progress import interim_status

    turn.as_if_in_time = True
    try:
        lines = interim_status(turn.view, turn.lang, evaluate(turn), would=True, min_facts=1)
    except Exception as err:  # an incomplete or invalid profile: the ended call was said, that is enough
        logger.debug("no checks for an ended call: %s", type(err).__name__)
        lines = None
    turn.as_if_in_time = False
    if lines:
        turn.say(lines)
