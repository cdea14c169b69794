"""Whether a newer call exists, asked in a message ("why 1 december? and for 2027, is there a new call
already?", "is there a call for 2026-2027 yet?", "y a-t-il déjà un nouvel appel ?", "is er al een nieuwe
oproep?", "c'è già un nuovo bando?"): round 39 answered only the first question, or said "I can't find the
answer to that in the call text" to a call asked for a year after the ended call's period."""
from __future__ import annotations

import re

from actions.i18n import t
from actions.phrases import has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

YEAR_RX = re.compile(r"\b(20\d\d)\b")


def newer_call_asked(turn: Turn) -> bool:
    """A sentence asking whether a newer call exists: "a new call", "the next one" once the call was said to
    have ended, or a call for a year after the ended call's mobility period."""
    if turn.is_payload or not turn.get("call"):
        return False
    last = _last_year(str(turn.get("call")))
    # ("wanneer komt de volgende?" right after the ended call's answer: the next call, round 50)
    from actions.later import closed_was_told

    next_one = last is not None and closed_was_told(turn, str(turn.get("call")))
    for sentence in SENTENCE_RX.split(turn.text):
        if not has("newer_call_question", sentence):
            continue
        if has("next_call", sentence) or next_one and has("next_one", sentence):
            return True
        # ("is there a call for 2026-2027 yet?" after a call whose mobilities ended in July 2026)
        if last and has("call_for_year", sentence) and any(int(y) > last for y in YEAR_RX.findall(sentence)):
            return True
    return False


def _last_year(call_id: str) -> int | None:
    from actions.calls import status_of

    status = status_of(call_id)
    last = str(status.get("mobility_to") or "")
    return int(last[:4]) if status.get("status") == "closed" and last[:4].isdigit() else None


def newer_call_too(turn: Turn) -> None:
    """The newer-call answer after the rest of the message's answer, unless it (or the "your dates fall
    after this call's period ... no newer call is known" block) was said this turn."""
    if not newer_call_asked(turn) or _told(turn):
        return
    from actions.later import next_call

    next_call(turn, str(turn.get("call")))


def _told(turn: Turn) -> bool:
    said = "\n".join(turn.said)
    heads = [t(turn.lang, "next_call_unknown").split(",")[0],
             t(turn.lang, "next_call_known", call="\x00", date="\x00").split("\x00")[0],
             t(turn.lang, "dates_after_call", dates="\x00", last="\x00").split("\x00")[0]]
    return any(head and head in said for head in heads)
