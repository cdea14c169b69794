"""Where an amount comes from, and whether it is the call's own ("Where does the 230 EUR figure come from? Is
it in the call itself?", "D'où vient ce chiffre ? C'est dans l'appel ?", "Waar komt dat bedrag vandaan? Staat
het in de oproep?", "Da dove viene la cifra di 230 euro? È nel bando?"): the rules core's grant basis, once,
with "No:" first when the amounts are not the call's own figures and whether they are was asked. Round 62
(r62-r3) got "Not for sure:", the amount block, and the same paragraph again in a second bubble."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def amount_source_question(turn: Turn) -> bool:
    text = turn.text
    asked = has("cycle_amount_source", text) or has("cycle_amount_in_call", text) \
        and has("cycle_amount_named", text)
    if not turn.get("call") or "?" not in text or not asked:
        return False
    from actions.flow import evaluate

    try:
        grant = evaluate(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers
        return False
    basis = str(grant.get("basis") or "").strip()
    if not basis or not grant.get("indicative"):
        return False  # the call's own amounts, or none: the grant answers say so
    in_call = has("cycle_in_the_call", text)
    turn.say(t(turn.lang, "cycle_source_not_call" if in_call else "cycle_source_basis", basis=basis))
    turn.answered = True
    return True
