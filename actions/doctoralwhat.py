""""Would fieldwork training count for short-term doctoral mobility?", "what does the call say a short-term
doctoral mobility is for?" (round 55: the amounts four times, then "anything else?"): what the call says of
it, in its words and section (the call's doctoral_activities topic): its length only, conferences ruled out,
and who can confirm whether an activity it does not name counts. Yes or no only where the call settles it
(a conference: actions/activityalt.py)."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def doctoral_activity_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or not is_question(text) or has("doctoral_conference", text):
        return False
    doctoral = turn.get("activity") == "short_term_doctoral" or has("doctoral_mobility_named", text)
    if not doctoral or not has("doctoral_activity_question", text):
        return False
    from actions.faq import topics_of

    found = topics_of(str(call_id), ("doctoral_activities",), turn.get("role"))
    if not found:
        return False
    source = i18n.source(str(call_id), found[0].source, turn.lang)
    turn.say(f"{found[0].answer(turn.lang)} ({t(turn.lang, 'source')}: {source})")
    return True
