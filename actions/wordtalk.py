"""A word the person talks about as a word: in quotes, then a verb about what it says ("« Enseignement »
décrivait l'institut, pas mon déplacement", "'teaching' described the institute, not my trip", "'onderwijs'
sloeg op het instituut", "« insegnamento » descriveva l'istituto"). Round 36 read the teaching again from it,
right after "je ne vais pas enseigner". The mention states no fact (actions/stated.py drops it)."""
from __future__ import annotations

from actions.phrases import has

OPENING = "«\"“‘'„"
CLOSING = "»\"”’'“"
AFTER_REACH = 40  # characters after the closing quote searched for the verb about the word


def talked_about(text: str, start: int, end: int) -> bool:
    """Whether the mention at start..end is a quoted word the sentence says something about."""
    before = text[:start].rstrip()
    after = text[end:]
    stripped = after.lstrip()
    if not before or before[-1] not in OPENING or not stripped or stripped[0] not in CLOSING:
        return False
    rest = stripped[1:1 + AFTER_REACH]
    return has("word_talk_after", rest)
