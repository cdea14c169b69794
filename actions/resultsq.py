""""E se mando tutto a febbraio, quando saprò se me la danno la borsa?": a time to apply in a question about
when the selection's results come. The person's date to apply by answers the first part, and what the calls
do not say (actions/uncovered.py: when the results come, whom to ask, who selects) the second; round 37 got
the date to apply by, then the call's deadline and "first come, first served" again."""
from __future__ import annotations

from actions.phrases import PHRASES
from actions.turn import Turn


def results_question(turn: Turn) -> bool:
    if not turn.get("call") or turn.is_payload or not PHRASES["uncovered_topics"]["selection_timing"].search(
            turn.text):
        return False
    from actions.applyby import applying_asked, personal_lines

    if not applying_asked(turn):
        return False  # asked alone: actions/uncovered.py in its turn
    lines = personal_lines(turn)  # "if I send it all in February": in time or not
    if lines:
        turn.say("\n".join(lines))
    from actions.uncovered import uncovered_question

    return uncovered_question(turn) or bool(lines)
