"""The person's own plan asked to be checked ("Et la destination et les dates, c'est bien KU Leuven du 1er
mars au 30 juin ?"): each fact named is confirmed from the stored plan, one line each. Round 61 answered "Je
ne trouve pas la réponse dans le texte de l'appel": the facts are the person's, not the call's. Only a check
naming a place and a date, all the plan's, is taken here (another value is a change, read by
actions/facts.py); an amount said with them is the recap's (actions/recap.py). Used by
actions/incontext.py."""
from __future__ import annotations

from actions.i18n import field_told, t
from actions.phrases import has
from actions.turn import Turn

# Entity -> the plan's slot it names.
PLAN_ENTITIES = {"city": "destination_city", "country": "destination", "start_date": "start_date",
                 "end_date": "end_date"}


def plan_check(turn: Turn) -> bool:
    """Confirm the plan's facts the question names; False when it is no such check."""
    text = turn.text
    if not turn.get("last_decision") or not turn.get("call") or turn.is_payload or "?" not in text:
        return False
    # ("Het blijft 4-13 mei. Klopt alles nog?": whether the answer stands, actions/stands.py)
    if not (has("plan_check_said", text) or has("confirm_question", text)) or has("still_right", text):
        return False
    from actions.recap import AMOUNT_RX

    if AMOUNT_RX.search(text) or has("what_if", text):
        return False
    named: dict[str, str] = {}
    for entity in turn.entities:
        slot = PLAN_ENTITIES.get(str(entity.get("entity")))
        if slot:
            named[slot] = str(entity.get("value"))
    # Where and when both named: a place alone is another question's ("la suisse c'est bien autorisé ?",
    # "Madrid è in Spagna, quindi niente contributo per il biglietto aereo, giusto?": rounds 29 and 31)
    if not {"destination", "destination_city"} & set(named) or not {"start_date", "end_date"} & set(named):
        return False
    if any(str(turn.get(slot) or "")[:10] != value[:10] for slot, value in named.items()):
        return False
    from actions.caseresume import _shown

    order = [slot for slot in PLAN_ENTITIES.values() if slot in named]
    lines = [f"✓ {field_told(turn.lang, slot)}: {_shown(slot, turn.get(slot), turn.lang)}" for slot in order]
    turn.say("\n".join([t(turn.lang, "recap_right"), *lines]))
    turn.answered = True
    return True
