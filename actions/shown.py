"""What the assistant already showed in this conversation, so that a list it builds again ("So far: ✓ …")
carries only what is new (round 24: the same ✓ checks in each of the first three replies)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasa_sdk import Tracker

from actions.phrases import gendered, informal

if TYPE_CHECKING:
    from actions.turn import Turn

MARKS = ("✓ ", "✗ ")


def shown_lines(tracker: Tracker) -> set[str]:
    """Every line of every reply said before this message."""
    lines: set[str] = set()
    for event in tracker.events or []:
        if event.get("event") == "bot":
            lines.update(line.strip() for line in str(event.get("text") or "").splitlines())
    return lines


def only_new_checks(block: str | None, turn: Turn) -> str | None:
    """The block without its check lines (✓/✗) shown before; None when no check line is left, since its
    heading alone ("So far it looks possible:") would say nothing new. Lines are compared as they were sent:
    in the person's grammatical gender and, where they say "tu", in that register."""
    if not block:
        return block
    shown = shown_lines(turn.tracker)
    lines = block.splitlines()

    def seen(line: str) -> bool:
        said = gendered(line, turn.lang, turn.get("gender")).strip()
        return said in shown or informal(said, turn.lang).strip() in shown

    checks = [line for line in lines if line.startswith(MARKS)]
    if not checks:
        return block
    fresh = [line for line in checks if not seen(line)]
    if not fresh:
        return None
    return "\n".join(line for line in lines if not line.startswith(MARKS) or line in fresh)
