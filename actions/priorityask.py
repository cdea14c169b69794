"""The answer to the assistant's own priority question ("Is dat zo (doctorerend of postdoctoraal
personeelslid)?" asked by actions/priorityq.py): "Nee, dat ben ik niet." is that fact, and what the
priorities make of it follows (round 28: the generic "anything else?" menu). That question is no form
question (the `asked` slot stays the form's), so it is found in the reply just before."""
from __future__ import annotations

from actions import i18n
from actions.askabout import sourced
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn
from rules_core.vocab import BOOL_FIELDS

ANSWER_INTENTS = ("affirm", "deny", "inform", "dont_know")


def priority_asked(turn: Turn) -> str | None:
    """The yes/no fact the last reply asked about with the priority question, when this message answers it."""
    unknown = has("dont_know", turn.text)
    if turn.get("asked") or not (turn.intent in ANSWER_INTENTS or unknown) or "?" in turn.text \
            or turn.is_payload:
        return None
    last = next((str(e.get("text") or "") for e in reversed(turn.tracker.events or [])
                 if e.get("event") == "bot"), "")
    lines = [line.strip() for line in last.splitlines() if line.strip()]
    if not lines:
        return None
    for field in BOOL_FIELDS:
        if turn.get(field) is None \
                and lines[-1] == t(turn.lang, "priority_ask", fields=i18n.label(turn.lang, "fields", field)):
            return field
    return None


def priority_answer(turn: Turn, field: str | None, unknown: bool = False) -> str | None:
    """What the priorities that read the fact just answered make of it: they rank, they exclude no one.
    `unknown`: "no idea", no priority counted for it."""
    if field and unknown and turn.get(field) is None:
        return t(turn.lang, "priority_unknown_answer", fields=i18n.label(turn.lang, "fields", field))
    if not field or turn.changes.get(field) is None:
        return None
    from actions.priorityq import _items

    call_id = str(turn.get("call"))
    items = [i for i in _items(turn) if field in i["reads"]]

    def lines_of(mark: str, favoured: bool) -> list[str]:
        return [sourced(mark, i["text"], call_id, i["source"], turn.lang) for i in items
                if i["favoured"] is favoured]

    lower, higher = lines_of("✗", False), lines_of("✓", True)
    if lower:
        from actions.prioritystill import still_lines

        still = still_lines(turn, items)
        return "\n".join([t(turn.lang, "priority_fact_lower"), *lower, *still])
    if higher:
        return "\n".join([t(turn.lang, "priority_fact_higher"), *higher])
    return None
