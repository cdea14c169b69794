"""After an answer, a fact that meets one of its conditions ("oh and I checked, Copenhagen has the ECHE"):
"Noted: ... That condition is met." and the answer's head line with the conditions left, not every check nor
the whole answer again (round 36: fifteen lines). And "so basically I'm fine?" after it: yes or no first
("Yes: eligible, provided ..."), whatever else the message asks."""
from __future__ import annotations

import re
from typing import Any

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

CONDITIONS = 3  # the place of the conditions in actions/stands.py decision_key


def condition_met(turn: Turn, decision: dict[str, Any], key: list[Any], previous: dict[str, Any],
                  changed: str | None, header: list[str]) -> bool:
    """Said when the answer changed only by conditions now met (the rest of it as told)."""
    before = previous.get("key")
    if not changed or not isinstance(before, list) or len(before) != len(key) or turn.is_payload:
        return False
    if any(a != b for i, (a, b) in enumerate(zip(before, key, strict=True)) if i != CONDITIONS):
        return False
    if not set(key[CONDITIONS]) < set(before[CONDITIONS]):
        return False
    from actions.verdict import outcome_lines

    met = f"{changed.rstrip()} {t(turn.lang, 'condition_met')}"
    amount = _amount_asked(turn, decision)
    turn.say("\n".join([met, *header, *outcome_lines(decision, turn.lang, []), *amount]))
    turn.verdict_said = True
    turn.set("last_decision", {**previous, "key": key})
    return True


def _amount_asked(turn: Turn, decision: dict[str, Any]) -> list[str]:
    """"yes there is an online part before, ... so how much would i get for 10 days?": the amount asked with
    the fact, in a line or two once its block was shown (round 49 said the head line alone)."""
    from actions.unplaced import asks_amount

    if turn.intent != "ask_grant" and not asks_amount(turn.text):
        return []
    from actions.answer import grant_lines
    from actions.shortamount import short_amount

    turn.answered = True
    return short_amount(turn, decision) or grant_lines(decision, turn.lang)


def verdict_first(turn: Turn, start: int) -> None:
    """"so basically I'm fine? who do I write to first": "Yes: <the answer in short>" before the rest, when
    the answer told stands (a changed one is said in full by the flow)."""
    previous = turn.get("last_decision") or {}
    messages = turn.dispatcher.messages
    asking = [s for s in re.split(r"(?<=[.!?])\s+", turn.text) if "?" in s]
    if turn.is_payload or not previous or not any(has("fine_question", s) for s in asking):
        return
    if turn.what_if or turn.get("hypothetical") or not turn.get("call") or turn.verdict_said:
        return  # (the answer said again this turn opens with its verdict)
    yes, no = (t(turn.lang, k, answer="").strip() for k in ("answer_yes", "answer_no"))
    if any(str(m.get("text") or "").startswith((yes, no)) for m in messages[start:]):
        return
    from actions.flow import evaluate
    from actions.stands import decision_key, short_outcome

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the flow said what is wrong
        return
    verdict = decision.get("verdict")
    if verdict not in ("eligible", "not_eligible") or decision_key(decision) != previous.get("key"):
        return
    line = t(turn.lang, "answer_yes" if verdict == "eligible" else "answer_no",
             answer=f"{short_outcome(decision, turn.lang)}.")
    turn.say(line)
    messages.insert(start, messages.pop())
