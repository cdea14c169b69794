""""Is een NGO eigenlijk ok als stageplaats?" in a message that also gives the host: the check the
conversation goes on with ("✓ Accepted receiving organisation (NGO) for a traineeship") answers it. The "I
can't find that in the call" fallback waits until the turn knows what it said, and is dropped when a check of
a fact the question names was said (round 26: the fallback came first, then the check that answered). Used
by actions/unplaced.py cannot_answer."""
from __future__ import annotations

import logging
from typing import Any

from actions.turn import Turn

logger = logging.getLogger(__name__)

# The facts an entity of the NLU names (a country is the destination unless said as a nationality).
ENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "city": ("destination_city", "destination"),
    "receiving_org": ("receiving_org",),
    "role": ("role",),
    "activity": ("activity",),
    "start_date": ("start_date",),
    "end_date": ("end_date",),
    "duration": ("start_date", "end_date"),
}
CHECK_MARKS = ("✓ ", "✗ ", "• ")


def answered_by_checks(turn: Turn, since: int) -> bool:
    """Whether a check said since reply `since` is about a fact one of the message's questions names."""
    said = "\n".join(str(m.get("text") or "") for m in turn.dispatcher.messages[since:])
    checks = {line.strip()[2:] for line in said.splitlines() if line.strip().startswith(CHECK_MARKS)}
    fields = asked_fields(turn)
    if not checks or not fields or not turn.get("call"):
        return False
    from actions.flow import evaluate
    from actions.profile import core
    from rules_core.kinds import READS

    try:
        decision = evaluate(turn)
        rules = {r.id: r for r in core().get_call(str(turn.get("call"))).rules}
    except Exception:  # an incomplete or invalid profile: the fallback is said as before
        return False
    entries = [*(decision.get("passed") or []), *(decision.get("failed") or []),
               *(decision.get("conditions") or [])]
    for entry in entries:
        rule = rules.get(str(entry.get("rule")))
        if rule is None or not any(str(entry.get("explanation")) in check for check in checks):
            continue
        reads = {*(rule.fields or []), *READS.get(rule.kind, ()), (rule.params or {}).get("field")}
        if reads & fields:
            return True
    return False


def asked_fields(turn: Turn) -> set[str]:
    """The facts the message's question sentences name: their entities, and the yes/no facts they name."""
    from actions.asides import named_facts
    from actions.unplaced import open_questions

    text = turn.text
    fields: set[str] = set()
    for sentence in open_questions(text):
        start = text.find(sentence)
        if start < 0:
            continue
        end = start + len(sentence)
        for ent in turn.entities:
            at = ent.get("start")
            if isinstance(at, int) and start <= at < end:
                fields.update(_fields_of(ent))
        fields.update(named_facts(sentence, asking=True))
    return fields


def _fields_of(ent: dict[str, Any]) -> tuple[str, ...]:
    if ent.get("entity") == "country":
        return ("citizenship", "country_of_origin") if ent.get("role") == "citizenship" else ("destination",)
    return ENTITY_FIELDS.get(str(ent.get("entity")), ())


def move_since(turn: Turn, first: int, to: int) -> None:
    """The replies said from `first` on go before reply `to` (where they were due)."""
    messages = turn.dispatcher.messages
    moved = messages[first:]
    del messages[first:]
    messages[to:to] = moved


