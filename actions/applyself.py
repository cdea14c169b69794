"""Whether the person applies themselves or someone applies for them ("do I really have to apply myself? or
does the university do that?", "dois-je postuler moi-même ?", "moet ik dan echt zelf een aanvraag indienen? of
regelt de universiteit dat?", "devo fare domanda io o ci pensa l'università?"): yes, the call has each
applicant send their own application, then its application procedure (the how-to-apply answer,
actions/applyto.py). Round 45 got the host's type and its ECHE, "university" read as the question's topic.
Asked before the contact skill (actions/applyto.asks_applying) and among the questions in context."""
from __future__ import annotations

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def applies_self(text: str) -> bool:
    return is_question(text) and has("apply_self_question", text)


def apply_self_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not applies_self(turn.text):
        return False
    from actions.calls import status_of

    if status_of(str(call_id))["status"] == "closed":
        return False  # an ended call: that it has ended is the answer
    from actions.applyto import say_application

    return say_application(turn, t(turn.lang, "apply_self_yes"))
