"""A question about the learning agreement ("do I need a learning agreement?", "accord de mobilité",
"leerovereenkomst", "accordo di apprendimento"): a document of the mobility itself, agreed with the host,
not the inter-institutional agreement between institutions (a yes/no fact the rules read, which such a
question was answered with). The call's own topic answers it when the call has one; otherwise the reply says
plainly that the call does not say, whom to ask, and what the call does ask to be sent. Used by
actions/incontext.py."""
from __future__ import annotations

from actions.calls import call_name
from actions.i18n import t
from actions.phrases import QUESTION_RX, has
from actions.turn import Turn

TOPIC = ("learning_agreement",)
DOCUMENTS = ("application_documents",)


def learning_agreement(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not has("learning_agreement", text) \
            or "?" not in text and not QUESTION_RX.search(text.strip()):
        return False
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    call_id = str(turn.get("call"))
    found = topics_of(call_id, TOPIC)
    if found:
        turn.say(render_topics(call_id, found, turn.lang))
        return True
    lines = [t(turn.lang, "learning_agreement_not_in_call", call=call_name(call_id, turn.lang)),
             *contact_lines(call_id, turn.get("role"), turn.lang)]
    for topic in topics_of(call_id, DOCUMENTS):
        lines.append(t(turn.lang, "learning_agreement_documents", documents=topic.answer(turn.lang),
                       source=topic.source))
    turn.say("\n".join(lines))
    return True
