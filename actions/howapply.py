""""Wanneer moet ik precies aanvragen, en hoe?", "when do I have to apply, and how?": the date to apply by and
the call's own topic on how to apply (what to send, to whom), from the call data. Round 63 gave the date
only, and the person had to ask how again."""
from __future__ import annotations

from actions.phrases import has
from actions.turn import Turn


def how_too(turn: Turn) -> bool:
    """The call's application topic, when the message asks "and how?" beside the date; whether it said it."""
    call_id = turn.get("call")
    if not call_id or not has("howapply_too", turn.text):
        return False
    from actions.documents import DOCUMENTS
    from actions.faq import render_topics, topics_of

    found = topics_of(str(call_id), DOCUMENTS, turn.get("role"))
    text = render_topics(str(call_id), found, turn.lang) if found else ""
    if not text:
        return False
    turn.say(text)
    return True
