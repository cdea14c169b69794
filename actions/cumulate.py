"""Combining the Erasmus+ grant with other funding ("kan ik dit combineren met een reisbeurs van het FWO?",
"can I combine it with my DGD scholarship?", "puis-je cumuler avec une autre bourse ?", "can I keep my
scholarship too, or do they reduce it?"): the call's topic on other scholarships (scholarship_compatibility),
never the travel support or the grant amounts the other grant's name ("reisbeurs", "travel grant") would
otherwise bring, nor the same topic as if it answered when it does not. Used by actions/incontext.py."""
from __future__ import annotations

from typing import Any

from actions.askabout import asking, is_question
from actions.i18n import t
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
    combining = has("combining_words", question) and has("funding_words", question)
    if not combining and not has("keep_other_funding", question):
        return False
    from actions.faq import render_topics, topics_of

    found = topics_of(str(call_id), (TOPIC,))
    if not found:
        return False
    lang = turn.lang
    if _says_combinable(found[0]):
        # IMT Lucca: "Yes. The mobility funds are combinable with the PhD scholarship..."
        turn.say(render_topics(str(call_id), found, lang))
        return True
    # ITM: the topic is about priority only; whether the other scholarship is kept or reduced is not said, and
    # the reply says so first (the same priority text again read as no answer at all).
    from actions.calls import call_name
    from actions.verdict import contact_lines

    intro = t(lang, "combine_not_said", call=call_name(str(call_id), lang))
    lines = [render_topics(str(call_id), found, lang, intro=intro),
             *contact_lines(str(call_id), turn.get("role"), lang)]
    turn.say("\n".join(lines))
    return True


def _says_combinable(topic: Any) -> bool:
    """Whether the call's own topic answers the combining question (its English text says "combinable")."""
    return has("combining_words", topic.answer("en"))
