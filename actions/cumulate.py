"""Combining the Erasmus+ grant with other funding ("kan ik dit combineren met een reisbeurs van het FWO?",
"can I combine it with my DGD scholarship?", "puis-je cumuler avec une autre bourse ?"): the call's topic on
other scholarships (scholarship_compatibility), never the travel support or the grant amounts the other
grant's name ("reisbeurs", "travel grant") would otherwise bring. Used by actions/incontext.py."""
from __future__ import annotations

from actions.askabout import asking, is_question
from actions.phrases import has
from actions.turn import Turn

TOPIC = "scholarship_compatibility"


def combining_question(turn: Turn) -> bool:
    """Answer a question about combining with another grant from the call's own topic; False otherwise."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text):
        return False
    question = asking(text)
    # Both a word for combining and one for funding: "combine teaching and training" is about activities.
    if not (has("combining_words", question) and has("funding_words", question)):
        return False
    from actions.faq import render_topics, topics_of

    found = topics_of(str(call_id), (TOPIC,))
    if not found:
        return False
    turn.say(render_topics(str(call_id), found, turn.lang))
    return True
