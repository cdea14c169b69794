""""kan dat buiten Europa?", "can it be outside Europe?" with no country named: the question is about the
destination the person gave (round 60: a PhD student going to São Paulo asked it three times and got the
nationality rule, the durations of every kind of mobility, then "I can't find the answer"). The destination
stored stands for the country asked about (actions/destinationq.py answers with the rules core's checks);
with the answer, the conditions of the plan and the call's notes that hold because of that destination (for
ITM: only 2 grants for third countries not associated, priority to self-funded MSc students), from the rules
core."""
from __future__ import annotations

from typing import Any

from actions.askabout import asking, evaluate_with
from actions.phrases import has
from actions.turn import Turn


def outside_asked(turn: Turn) -> bool:
    """The sentence that asks is whether a place outside Europe will do."""
    return has("outside_europe", asking(turn.text))


def stored_destination(turn: Turn) -> list[dict[str, Any]]:
    """The destination given, as the country asked about, when the question names none."""
    code = turn.get("destination")
    if not code or not turn.get("call") or not outside_asked(turn):
        return []
    return [{"entity": "country", "value": str(code)}]


def outside_lines(turn: Turn, code: str, said: list[str]) -> list[str]:
    """The plan's conditions and the notes the destination brings, not said in `said` already."""
    try:
        decision = evaluate_with(turn, destination=code)
        without = evaluate_with(turn, destination=None)
    except Exception:  # an incomplete or invalid profile: the answer stands alone
        return []
    if decision.get("failed"):
        return []
    before = {*(without.get("notes") or []), *(decision.get("assumptions") or [])}
    lines = [f"• {c.get('explanation')}" for c in decision.get("conditions") or [] if c.get("explanation")]
    lines += [f"ℹ {note}" for note in decision.get("notes") or [] if note not in before]
    shown = "\n".join(said)
    return [line for line in lines if line[2:] not in shown]
