"""Combining the Erasmus+ grant with other funding ("kan ik dit combineren met een reisbeurs van het FWO?",
"can I combine it with my DGD scholarship?", "puis-je cumuler avec une autre bourse ?", "can I keep my
scholarship too, or do they reduce it?"): the call's topic on other scholarships (scholarship_compatibility),
never the travel support or the grant amounts the other grant's name ("reisbeurs", "travel grant") would
otherwise bring, nor the same topic as if it answered when it does not. Used by actions/incontext.py."""
from __future__ import annotations

import re
from typing import Any

from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

TOPIC = "scholarship_compatibility"
PERCENT_RX = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


def combining_question(turn: Turn) -> bool:
    """Answer a question about combining with another grant from the call's own topic; False otherwise."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text):
        return False
    question = asking(text)
    # Both a word for combining and one for funding: "combine teaching and training" is about activities.
    combining = has("combining_words", question) and has("funding_words", question)
    from actions.faq import render_topics, topics_of

    said_so = combining or has("keep_other_funding", question)
    if not said_so and not _figure_asked(str(call_id), question):
        return False
    found = topics_of(str(call_id), (TOPIC,))
    if not found:
        return False
    lang = turn.lang
    if _says_combinable(found[0]):
        # IMT Lucca: "Yes. The mobility funds are combinable with the PhD scholarship..."
        reply = render_topics(str(call_id), found, lang)
        turn.say(reply if said_so else _without_yes(reply, question, lang))
        return True
    # ITM: the topic is about priority only; whether the other scholarship is kept or reduced is not said, and
    # the reply says so first (the same priority text again read as no answer at all).
    from actions.calls import call_name
    from actions.verdict import contact_lines

    intro = t(lang, "combine_not_said", call=call_name(str(call_id), lang))
    from actions.roletopics import for_the_role

    # (the students' priorities are not said to staff: their own, round 60)
    role = turn.get("role")
    found = topics_of(str(call_id), for_the_role(str(call_id), (TOPIC,), role), role) or found
    lines = [render_topics(str(call_id), found, lang, intro=intro),
             *contact_lines(str(call_id), turn.get("role"), lang)]
    turn.say("\n".join(lines))
    return True


def _says_combinable(topic: Any) -> bool:
    """Whether the call's own topic answers the combining question (its English text says "combinable")."""
    return has("combining_words", topic.answer("en"))


def _figure_asked(call_id: str, question: str) -> bool:
    """"welke beurs gaat met 50% omhoog?", "is it my PhD scholarship that goes up 50%?": a percentage the
    call's topic on other scholarships states (IMT Lucca: scholarships are increased by 50%, plus the mobility
    grant), named with a word for funding. Round 38 answered with the grant amounts, or "I can't find"."""
    from actions.recap import AMOUNT_RX

    said = {m.group(1).replace(",", ".") for m in PERCENT_RX.finditer(question)}
    if not said or not has("funding_words", question) or AMOUNT_RX.search(question):
        return False  # ("+50% and the 1,290 euros too, right?": the estimate said back, amountback.py)
    from actions.faq import topics_of

    found = topics_of(call_id, (TOPIC,))
    stated = {m.group(1).replace(",", ".") for t in found for m in PERCENT_RX.finditer(t.answer("en"))}
    return bool(said & stated)


def _without_yes(reply: str, question: str, lang: str) -> str:
    """The topic's own "Yes." left out under a question that is no yes/no one ("welke beurs gaat met 50%
    omhoog?", "mijn doctoraatsbeurs of de erasmusbeurs?"): what follows it answers."""
    from actions.eitheror import either_or, open_question
    from actions.scholarshipq import YES_OPENING_RX

    asked = question.rsplit(":", 1)[-1]  # ("you didn't answer my question: which grant goes up 50%?")
    if not (either_or(question, lang) or open_question(question) or open_question(asked)):
        return reply
    header, _, body = reply.partition("\n")
    body = YES_OPENING_RX.sub("", body, count=1)
    return f"{header}\n{body[:1].upper()}{body[1:]}"

