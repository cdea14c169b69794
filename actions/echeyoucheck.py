""""pour l'ECHE aucune idée. tu peux pas verifier toi ?", "can you check it yourself?", "kun jij dat niet
nakijken?", "puoi verificarlo tu?": asked whether the assistant can check the host's ECHE, the yes/no first
(No: it has no list of the holders), then the call's `eche_check` topic, which says who can confirm it.
Round 61 got the one-sentence ECHE condition again, for the third time."""
from __future__ import annotations

import logging

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

logger = logging.getLogger(__name__)


def you_check(turn: Turn) -> bool:
    """The No and who can confirm the ECHE, when the message asks the assistant to check it; whether said."""
    text = turn.text
    if turn.is_payload or not has("you_check_question", text) or not has("eche_word", text):
        return False
    from actions.echemeaning import call_asked
    from actions.faq import render_topics, topics_of

    call_id = call_asked(turn)
    try:
        found = topics_of(call_id, ("eche_check",)) if call_id else []
    except Exception as err:  # an unknown call: the other answers are tried
        logger.debug("no ECHE check topic: %s", type(err).__name__)
        return False
    if not found:
        return False
    turn.say("\n".join((t(turn.lang, "eche_cannot_check"), render_topics(call_id, found, turn.lang))))
    return True
