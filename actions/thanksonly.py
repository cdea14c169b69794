"""Thanks with nothing else (actions/dialogue.py reads such a message as thanks, whatever the NLU saw)."""
from __future__ import annotations

from actions.phrases import has
from actions.turn import Turn


def thanks_only(turn: Turn, text: str) -> bool:
    """Thanks with no question, no fact and no form question pending ("Heel duidelijk, hartelijk dank. Ik neem
    contact op met mevrouw Morantin."): naming the contact is no request for it again. A goodbye keeps its
    own reply; "yes, thanks" to a question asked is an answer."""
    if not has("thanks_words", text) or has("thanks_request", text) or "?" in text or turn.entities \
            or turn.get("asked"):
        return False
    return turn.intent not in ("goodbye", "affirm", "deny", "thank")
