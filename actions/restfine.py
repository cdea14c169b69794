""""e a parte quello, il resto andava bene? tipo una settimana come durata, e il fatto che non ho un
dottorato?" after "not eligible" for one reason (round 58: an ITM staff member told that Italy, her own
country, is no destination for her): whether everything else passes, answered with the rules core's passed
checks for the plan, each with its section of the call, and the priorities not in the person's favour (they
rank, never exclude); each other question of the message after it. It got "Posso aiutarti in
qualcos'altro?" twice."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def rest_fine(turn: Turn) -> bool:
    text = turn.text
    if turn.is_payload or turn.focus is not None or not turn.get("call") or not turn.get("last_decision") \
            or "?" not in text or not has("apart_from_that", text):
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    failed, passed = decision.get("failed") or [], decision.get("passed") or []
    if len(failed) != 1 or not passed:
        return False  # eligible, or more than "that" fails: the verdict's own answer says so
    from actions.askabout import sourced_entry

    call_id, lang = str(turn.get("call")), turn.lang
    from actions.priorityq import against_lines

    # ("e il fatto che non ho un dottorato?": a priority not in the person's favour ranks, never excludes)
    against = against_lines(turn)
    turn.say("\n".join([t(lang, "rest_fine"), *(sourced_entry("✓", p, call_id, lang) for p in passed),
                        *([t(lang, "rest_priorities"), *against] if against else [])]))
    turn.priorities_said = bool(against) or turn.priorities_said
    turn.answered = True
    from actions.factquestions import each_question
    from actions.twoquestions import other_questions

    other_questions(turn, each_question, answered=lambda s: has("apart_from_that", s))
    return True
