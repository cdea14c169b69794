""""een lokale ngo in kisumu. heb ik een samenwerkingsovereenkomst nodig met die ngo?", "une ONG locale à
Kisumu. est-ce que j'ai besoin d'un accord de coopération avec cette ONG ?": an agreement between institutions
named as such is the plan's condition (actions/conditions.py: the rules core's answer, "No: ... not needed"
for an ITM traineeship at an NGO, whom the call asks it of), asked before the host's kind and the documents
to send read it. Round 48 got "Ja: Toegelaten ontvangende organisatie (ngo ...)", the host rule's line, whose
"Ja" read as "yes, you need one", and in French and Italian the documents to send."""
from __future__ import annotations

from actions.askabout import asking, is_question
from actions.phrases import has
from actions.turn import Turn


def agreement_need_question(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or turn.is_payload or not is_question(text):
        return False
    question = asking(text)
    if not has("cooperation_agreement", question) or not has("need_words", question):
        return False
    from actions.conditions import condition

    return bool(condition(turn))


def board_how_question(turn: Turn) -> bool:
    """"hoe vraag ik de toestemming van de Wetenschappelijke Raad aan?", "comment obtenir l'autorisation du
    Conseil scientifique ?": how the Board's authorisation is got is the condition's answer (what the call
    says of it, and whom to ask), before the documents to send read "aanvragen" as applying (round 48: three
    tries, the condition repeated)."""
    text = turn.text
    if not turn.get("call") or turn.is_payload or not is_question(text):
        return False
    from actions.asides import named_facts

    question = asking(text)
    if "board_authorised" not in named_facts(question, asking=True) or not has("condition_timing", question):
        return False
    from actions.conditions import condition

    return bool(condition(turn))
