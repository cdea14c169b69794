"""A yes/no fact named without being stated about the person's own case: in reported speech ("a colleague said
the host must hold an ECHE", "on m'a dit que", "mijn collega zegt dat", "mi hanno detto che"), as the rule
("the host must hold an ECHE", "een ECHE is verplicht") or as a condition ("ik kom in aanmerking als Porto een
ECHE heeft", "provided it has an agreement"). Round 19: each was noted as Yes. Only a statement of the fact
about the person's case sets it; these leave it as asked about. Used by actions/inpassing.py."""
from __future__ import annotations

import re

from actions import when
from actions.asides import segment
from actions.phrases import PHRASES, has
from actions.stated import GRANTED_BY_PERSON
from actions.yesno import CONDITIONS


def reported(name: str, text: str, start: int, end: int) -> bool:
    """Whether the mention of fact `name` at start..end is someone else's words or the rule, not a
    statement."""
    left, _ = when.clause_span(text, start, end)
    if name not in GRANTED_BY_PERSON and has("hearsay", text[left:start]):
        return True  # ("mi ha detto il mio relatore che va bene": what the supervisor says is the consent)
    lead, rest = _around(text, start, end)
    # A rule is said of the conditions the host or the office meets; "I have to take the train" is a fact.
    return name in CONDITIONS and (has("requirement_before", lead) or has("requirement_after", rest))


def condition(text: str, start: int, end: int) -> bool:
    """Whether the mention is inside a condition ("als Porto een ECHE heeft", "provided it has one"): left
    open like "whether" and "if" (actions/stated.py open_question)."""
    lead, rest = _around(text, start, end)
    return has("condition_words", lead) or has("condition_before", lead) and has("condition_verb_after", rest)


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the mention's part of the sentence before it and after it."""
    part = segment(text, start, end)
    at = part.find(text[start:end])
    if at < 0:
        left, right = when.clause_span(text, start, end)
        return text[left:start], text[end:right]
    return part[:at], part[at + end - start:]


def asked_how(name: str, text: str, start: int) -> bool:
    """Whether the message asks what the fact is or how to check it rather than stating it: "non ho capito
    bene quella cosa dell'ECHE" before the mention, or a sentence asking how to check whether the host has it
    ("come verifico se l'Università di Malta ce l'ha?", "how do I check if Malta has one") that names no other
    fact (round 22: "Preso nota: ... ECHE: Sì")."""
    left, right = when.clause_span(text, start, start)
    comma = text.find(",", start, right)
    after = text[start:comma if comma >= 0 else right]
    if has("not_understood", text[left:start]) or has("not_understood", after):
        return True  # "dat van die ECHE snapte ik niet goed": the "niet" is the understanding's (round 46)
    for sentence in re.split(r"(?<=[.?!;])\s+", text):
        others = [o for o, rx in PHRASES["fact_words"].items() if o != name and rx.search(sentence)]
        if has("embedded_question", sentence) and not others:
            return True
    return False
