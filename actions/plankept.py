"""Round 60: "se restassi solo 3 mesi, cioè dal 1° marzo al 31 maggio 2016, servirebbe comunque
l'autorizzazione del Consiglio scientifico? Il mio piano resta dal 1° marzo al 31 luglio." got the answer for
the plan, not for the case: the plan's dates said again in "my plan stays ..." ("mon plan reste", "mijn plan
blijft", "il mio piano resta") are no new dates, and the case's dates stand (used by actions/facts.py)."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES

DATE_KINDS = ("start_date", "end_date")


def plan_dates_kept(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dates of a sentence that keeps the plan, left out when they are the plan's stored dates."""
    stored = {str(tracker.get_slot(kind) or "")[5:10] for kind in DATE_KINDS} - {""}
    if not stored or not PHRASES["plan_stays"].search(text):
        return entities
    keeping = [m for m in re.finditer(r"[^.!?]+[.!?]?", text) if PHRASES["plan_stays"].search(m.group(0))]
    spans = [(m.start(), m.end()) for m in keeping]
    return [e for e in entities if not (
        e.get("entity") in DATE_KINDS and isinstance(e.get("start"), int)
        and any(a <= int(e["start"]) < b for a, b in spans) and str(e.get("value") or "")[5:10] in stored)]
