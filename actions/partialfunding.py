"""Round 62 (r62-n3): an ITM finance officer refused a staff training in Geneva (Switzerland: a third country
not associated to the programme) asked "Je vous remercie. Même pas avec un financement partiel ?" and got "Je
ne trouve pas la réponse dans le texte de l'appel" with unrelated topic buttons; asked again ("pourquoi la
Suisse n'est pas acceptée, et s'il n'existe vraiment aucune possibilité de financement partiel ?") the reply
restated the rule and left the partial funding out.

Partial funding asked for a destination the call's rules refuse is answered "No" first: the call funds no
mobility to a destination it does not cover, neither in part nor in full; then why (the rules core's failed
destination rules with their sections, and the call data's notes on the country), what would work
(actions/whydetail.py) and whom to ask about other funding (the call's contact for the role). Tried early in
actions/dialogue.respond; the destination is the plan's, or the case's when the message names another place
(actions/asides.py keeps the plan as it is)."""
from __future__ import annotations

from actions.askabout import sourced_entry
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def partial_funding_answer(turn: Turn, changed: str | None) -> bool:
    """The answer to "not even partial funding?" for a refused destination; False otherwise."""
    if not turn.get("call") or turn.is_payload or not has("partialfund_question", turn.text):
        return False
    from actions.whydetail import place_works, refused_place

    refused = refused_place(turn)
    if refused is None:
        return False
    decision, place = refused
    call_id, lang = str(decision.get("call") or turn.get("call")), turn.lang
    lines = [t(lang, "partialfund_no")]
    lines += [sourced_entry("✗", f, call_id, lang) for f in place]
    if any(f.get("kind") == "destination_in_sets" for f in place):
        from actions.countrynotes import note_lines

        lines += note_lines(call_id, turn.get("destination"), lang, turn.text)
    lines += place_works(turn, decision, place)
    who = _who(call_id, turn.get("role"), lang)
    if who:
        lines.append(t(lang, "partialfund_other_funding", who=who))
    turn.say("\n".join(line for line in (changed, *lines) if line),
             [{"title": t(lang, "button_contact"), "payload": "/ask_contact"}])
    turn.answered = True
    # "kunt u uitleggen waarom ..., en of er echt geen gedeeltelijke financiering is?": the why is open, the
    # partial funding is a yes/no question, and its "No" stays (actions/eitheror.no_bare_yes_no).
    turn.options_answered = True
    return True


def _who(call_id: str, role: str | None, lang: str) -> str | None:
    from actions.contact import best_contact
    from actions.verdict import describe_in

    contact = best_contact(call_id, role)
    if contact is None:
        return None
    if contact.name and contact.email:  # "Charlotte Morantin (cmorantin@itg.be)"
        return f"{contact.name} ({contact.email})"
    return describe_in(contact, lang)
