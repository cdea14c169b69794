"""The supervisor or the board named as whom to send or write to, in a question about whom to contact ("et
j'envoie ma candidature à qui exactement ? à mon superviseur ou à l'adresse itg ?", "should I send it to my
supervisor or to the office?", "stuur ik het naar mijn promotor?", "la mando al mio relatore?"): a recipient,
not a question about their authorisation. Round 31 ended a contact answer with "the call does not make it one
of its conditions (your thesis director's authorisation)". Used by actions/conditions.py."""
from __future__ import annotations

from actions.phrases import PHRASES, has
from actions.stated import GRANTED_BY_PERSON

REACH = 30  # characters before a mention searched for "to my", "à mon", "naar mijn", "al mio"


def addressed(name: str, full: str, asking: str) -> bool:
    """Whether the yes/no fact `name` (a person's or the board's authorisation) is named in `asking` only as
    whom to send or write to: the message asks whom to contact, or puts "to" before the mention, and asks for
    no permission."""
    if name not in GRANTED_BY_PERSON or has("permission_words", asking) or has("consent_word", asking):
        return False
    if not (has("contact_question", full) or has("contact_verb", full)):
        return False
    mentions = list(PHRASES["fact_words"][name].finditer(asking))
    return bool(mentions) and all(
        has("contact_question", full) or has("to_recipient", asking[max(0, m.start() - REACH):m.start()])
        for m in mentions)
