"""A question said with the goodbye ("and the 11 march? thanks, bye"): answered before the goodbye when it
checks back what the assistant told (the date to apply by, a recap), not dropped. Round 49 said only
"Goodbye, and good luck with your mobility!" to an MSc student whose recap had skipped her date to apply by.
Used by actions/closing.py."""
from __future__ import annotations

from actions.phrases import PHRASES
from actions.turn import Turn


def question_before_bye(turn: Turn) -> None:
    """The check of a date or a recap asked before the goodbye words, said; nothing otherwise."""
    text = turn.text
    bye = PHRASES["goodbye_end"].search(text)
    asked = text[:bye.start()] if bye else text
    if "?" not in asked or not turn.get("call") or not turn.get("last_decision"):
        return
    from actions.applyby import apply_by_check
    from actions.recap import recap_check

    recap_check(turn) or apply_by_check(turn)
