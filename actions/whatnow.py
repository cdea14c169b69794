""""So what do I do now?" after an ended call was said (round 48: "ok. so what do I do now?" and "But what I
should do now concretely, to go to Porto in March?" got the call's end again, "(as said above)", and no step
to take). The answer is the step: ask the call's office about the next call, with its contacts (the call's
data, actions/verdict.short_contacts); this call no longer funds the stay."""
from __future__ import annotations

from typing import Any

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def what_now(turn: Turn, status: dict[str, Any]) -> bool:
    """The next step for someone told the call has ended who asks what to do now; False for anything else."""
    from actions.later import closed_was_told
    from actions.verdict import short_contacts

    call_id = str(status.get("call") or turn.get("call") or "")
    if status.get("status") != "closed" or not closed_was_told(turn, call_id) \
            or not has("what_now_question", turn.text) or turn.get("hypothetical"):
        return False
    # The contacts inside the sentence: a contact block said a turn before is cut from a reply as repeated
    # (actions/contactrecent.py), and here they are the answer.
    who = short_contacts(call_id, turn.get("role"), turn.lang)
    if not who:
        return False
    turn.say(t(turn.lang, "what_now_closed", contacts=who))
    turn.answered = True
    return True
