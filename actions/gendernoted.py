""""au fait je suis étudiante hein pas étudiant 😄", "sono dottoranda, non dottorando": the person corrects
the grammatical gender the replies used. Round 51 went on in the feminine without a word: the correction is
acknowledged briefly ("Pardon, c'est noté."), and actions/selfgender.py's reading sets the forms after it."""
from __future__ import annotations

import re

from actions.selfgender import gender_said

# "pas étudiant", "non dottorando", "not a", "niet", "geen": the word the person says they are not.
_NOT = re.compile(
    r"\b(?:pas|non|not|niet|geen|et pas|e non)\s+(?:(?:un|une|uno|una|a|an|een)\s+)?([^\W\d_]+)", re.I)


def gender_corrected(text: str, before: str | None, now: str | None) -> bool:
    """Whether the message replaces the form the replies used: a new gender, and the other form said to be
    wrong ("étudiante, pas étudiant")."""
    if now is None or now == before:
        return False
    return any(gender_said(word.group(1)) not in (None, now) for word in _NOT.finditer(text))
