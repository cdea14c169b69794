""""Telt het online gedeelte mee voor de duur?", "does the online part count towards the 5 days?", "les
séances en ligne comptent dans la durée ?", "la parte online conta per la durata?" of a short-term blended
mobility: No, the 5 to 30 days are the physical days at the host and the online part is the compulsory
virtual component on top of them (the call's blended_days topic, from its words and the reference's "5-30
physical days"), then the rules core's duration check of the stay itself. Round 56 got "Yes: your stay of 5
days is within 5 to 30" twice, and the destination once. Used by actions/virtualq.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

DURATION_RULE = "blended_duration"


def online_days_question(turn: Turn) -> bool:
    """Whether the online part counts towards the stay's length, asked of a blended mobility."""
    text = turn.text
    whole = str(turn.tracker.latest_message.get("text") or "")
    if not has("counts_toward_length", text) or has("paid_question", text):
        return False
    online = has("virtual_part", text) or has("virtual_part", whole) and has("those_days", text)
    if not online and not has("physical_part", text):
        return False
    call_id = str(turn.get("call"))
    from actions.faq import topics_of

    found = topics_of(call_id, ("blended_days",))
    if not found:
        return False
    lang = turn.lang
    answer = found[0].answer(lang)
    source = i18n.source(call_id, found[0].source, lang)
    # "is it only the days physically in Uppsala?": yes, those are the days
    said = f"{answer[:1].lower()}{answer[1:]} ({t(lang, 'source')}: {source})"
    lines = [t(lang, "answer_no" if online else "answer_yes", answer=said)]
    check = _duration_check(turn)
    if check:
        from actions.casechecks import sourced_checks

        lines.append(sourced_checks(turn, [check]))
    turn.say("\n".join(lines))
    return True


def _duration_check(turn: Turn) -> dict[str, Any] | None:
    """The rules core's check of the stay's length (passed, failed or open), when the plan can be judged."""
    from actions.askabout import evaluate_with

    try:
        decision = evaluate_with(turn)
    except Exception:  # an incomplete or invalid profile: the call's words alone
        return None
    checks = [*(decision.get("failed") or []), *(decision.get("passed") or []),
              *(decision.get("conditions") or [])]
    return next((c for c in checks if c.get("rule") == DURATION_RULE and c.get("explanation")), None)
