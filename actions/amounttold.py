"""A changed amount that this turn's answer already gave: "ik ga met de trein trouwens, verandert dat iets
aan dat bedrag?" got "Ja: met groen reizen ... € 285,00 in plaats van € 211,00", then the whole verdict again
(outcome, date, the 285 a second time and who knows the rest) because the amount in the answer's key had
changed (round 46). When only amounts changed and the new one was said this turn, the answer stands: the flow
says so in a line, and remembers the new amount."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.amountsame import amount_memory
from actions.turn import Turn

# decision_key (actions/stands.py): call, verdict, failed, conditions, missing, apply_by, then the amounts
AMOUNTS_FROM = 6


def amount_answered(turn: Turn, previous: dict[str, Any], key: list[Any], decision: dict[str, Any]) -> bool:
    before = previous.get("key")
    if not turn.answered or not isinstance(before, list) or len(before) != len(key):
        return False
    if before[:AMOUNTS_FROM] != key[:AMOUNTS_FROM] or before == key:
        return False
    grant = decision.get("grant") or {}
    said = "\n".join(turn.said)
    new = [grant.get(k) for k in ("total_eur", "indicative_total_eur", "travel_eur")
           if grant.get(k) and grant.get(k) not in before[AMOUNTS_FROM:]]
    if not new or not all(i18n.fmt_eur(value, turn.lang) in said for value in new):
        return False
    # The new amount said with its cause this turn: no amount "before" kept for a later comparison (round 49:
    # the shorter stay asked about next got "Reissteun: € 285,00 in plaats van € 211,00", green travel's).
    kept = {k: v for k, v in previous.items() if k != "grant_before"}
    turn.set("last_decision", {**kept, "key": key, "grant": amount_memory(previous, decision)["grant"]})
    return True
