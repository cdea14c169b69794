"""The answer to the assistant's own priority question ("Is dat zo (doctorerend of postdoctoraal
personeelslid)?" asked by actions/priorityq.py): "Nee, dat ben ik niet." is that fact, and what the
priorities make of it follows (round 28: the generic "anything else?" menu). That question is no form
question (the `asked` slot stays the form's), so it is found in the reply just before."""
from __future__ import annotations

from actions import i18n
from actions.askabout import sourced
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn
from rules_core.vocab import BOOL_FIELDS, PRIORITY_FIELDS

ANSWER_INTENTS = ("affirm", "deny", "inform", "dont_know")


def priority_asked(turn: Turn) -> str | None:
    """The yes/no fact the last reply asked about with the priority question, when this message answers it."""
    unknown = has("dont_know", turn.text)
    # ("Yes, as I said I hold a PhD.", read by the NLU as no answer at all: its yes answers; round 61)
    answers = turn.intent in ANSWER_INTENTS or unknown or bool(PHRASES["yes"].search(turn.text.strip())) \
        or bool(PHRASES["no"].search(turn.text.strip()))
    if turn.get("asked") or not answers or "?" in turn.text or turn.is_payload:
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


def priority_told(turn: Turn, values: dict[str, object]) -> str | None:
    """"En over die voorrang: ja, ik ben doctoraatsstudent en in dienst bij het ITM, dus doctorerend
    personeelslid": a priority-only fact said with the priority named, not asked (a question gets the priority
    answer, actions/priorityq.py): that fact, whose answer follows (round 61 said only "your answer stays the
    same", the priority question asked two replies before)."""
    if "?" in turn.text or not has("priority_named", turn.text):
        return None
    return next((f for f in PRIORITY_FIELDS if values.get(f) is not None), None)


def priority_answer(turn: Turn, field: str | None, unknown: bool = False, told: bool = False) -> str | None:
    """What the priorities that read the fact just answered make of it: they rank, they exclude no one.
    `unknown`: "no idea", no priority counted for it; `told`: said unasked, with the priority named (its
    "Yes: ... favour you", not "That is no problem")."""
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
        return "\n".join([t(turn.lang, "priority_yes" if told else "priority_fact_higher"), *higher])
    return None
