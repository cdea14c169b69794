""""pour l'ECHE aucune idée. tu peux pas verifier toi ?", "can you check it yourself?", "kun jij dat niet
nakijken?", "puoi verificarlo tu?": asked whether the assistant can check the host's ECHE, the yes/no first
(No: it has no list of the holders), then the call's `eche_check` topic, which says who can confirm it.
Round 61 got the one-sentence ECHE condition again, for the third time."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def you_check(turn: Turn) -> bool:
    """The No and who can confirm the ECHE, when the message asks the assistant to check it; whether said."""
    text = turn.text
    if turn.is_payload or not has("you_check_question", text) or not has("eche_word", text):
        return False
    from actions.echemeaning import say_call_topic

    return say_call_topic(turn, "eche_check", lead=t(turn.lang, "eche_cannot_check"))
