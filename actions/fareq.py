""""Quindi se il biglietto costa di più, la differenza è a mio carico?", "Quanto mi rimborsano il volo?",
"what if the flight costs more than 309?": the travel support is a fixed EU-wide amount per distance band for
the return trip (the reference figures' travel table), not a refund of the ticket's real price; the call says
nothing about covering a dearer ticket, so who can tell is named. Round 51 answered the contact first and then
a bare "Sì: 309,00 €", which read as a yes to something else. Only when the rules core gives a travel amount
for the case (a zero or an unknown one has its own answers, actions/travelq.py)."""
from __future__ import annotations

import re

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.plangrant import plan_grant
from actions.turn import Turn


def fare_asked(text: str) -> bool:
    """A question about the ticket's real price against the travel support: a dearer ticket, the difference,
    or how much of the flight is refunded."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if "?" not in sentence or not has("fare_words", sentence):
            continue
        if has("fare_gap", sentence) or has("how_much", sentence) and has("fare_refund", sentence):
            return True
    return False


def fare_question(turn: Turn) -> bool:
    """The fixed amount of the person's band, that it is no refund of the fare, and who can tell about a
    dearer ticket; whether it was said."""
    call_id = turn.get("call")
    if not call_id or not fare_asked(turn.question if turn.focus is not None else turn.text):
        return False
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    travel = grant.get("travel_eur")
    if not travel:
        return False
    parts = grant.get("breakdown") or []
    label = next((str(p.get("label")) for p in parts if p.get("amount_eur") == travel), "")
    from actions.verdict import short_contacts

    contacts = short_contacts(str(call_id), turn.get("role"), turn.lang, in_sentence=True)
    band = label.rsplit(": ", 1)[-1]  # "1745 km one way, 500-1999 km"
    turn.say(t(turn.lang, "fare_fixed", amount=i18n.fmt_eur(travel, turn.lang), band=band, contacts=contacts))
    return True
