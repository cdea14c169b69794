"""The figures of a recap asked about again without being said ("en die datum en dat bedrag kloppen ook?",
"do the date and the amount check out too?", "et la date et le montant, c'est bon ?", "e la data e l'importo
tornano?"). Round 46 answered "I can't find": the date and the amount are those the person said in the
message before (checked by actions/recap.py as if said again), or, failing any there, the case's own (the
date to apply by and the grant's amount), so each is confirmed against the person's case."""
from __future__ import annotations

import re
from typing import Any

from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

SENTENCE_RX = re.compile(r"[^.?!]*\?")
DATE_ENTITIES = STAY_DATE_SLOTS


def referred(text: str) -> bool:
    """A question naming a date, an amount and their being right, with no figure of its own."""
    if re.search(r"\d", text):
        return False
    return any(has("figures_date_word", s) and has("figures_amount_word", s) and has("figures_check_word", s)
               for s in SENTENCE_RX.findall(text))


def earlier_points(turn: Turn, amount_rx: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """The amounts (as said) and dates (ISO) of the person's message before this one; the case's own date to
    apply by and amount when that message said none of them."""
    event = _earlier_user(turn)
    text = str(event.get("text") or "")
    amounts = [m.group(1) or m.group(2) for m in amount_rx.finditer(text)]
    entities = (event.get("parse_data") or {}).get("entities") or []
    stay = {str(turn.get("start_date") or "")[:10], str(turn.get("end_date") or "")[:10]}
    # (the stay's own dates said back are no date to check: "op 13-17" is the training)
    dates = [d for d in (str(e.get("value"))[:10] for e in entities if e.get("entity") in DATE_ENTITIES)
             if d not in stay]
    if not dates:
        apply_by = (turn.get("last_decision") or {}).get("apply_by") or turn.get("apply_by")
        dates = [str(apply_by)] if apply_by else []
    if not amounts:
        grant = (turn.get("last_decision") or {}).get("grant") or {}
        own = grant.get("total_eur") or grant.get("travel_eur") or grant.get("indicative_total_eur")
        amounts = [f"{float(own):.2f}"] if own else []
    return amounts, dates


def _earlier_user(turn: Turn) -> dict[str, Any]:
    said = turn.earlier_text()
    users = [e for e in turn.tracker.events or [] if e.get("event") == "user" and e.get("text") == said]
    return users[-1] if users and said else {}
