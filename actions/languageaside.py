"""A reply language asked for beside something else ("ik doe mijn master daar. kan je in het nederlands
antwoorden?", "je fais mon master là-bas. tu peux me répondre en français ?"): the sentence that asks it is no
question about the call.

Round 48 answered that message "Ik vind het antwoord daarop niet in de tekst van de oproep" with unrelated
topics: the request's question mark made it an open question. Now the turn reads the rest of the message only
(its `focus`), and the switch is said first ("Oké, ik ga verder in het Nederlands.").
Used by actions/replylanguage.py.
"""
from __future__ import annotations

import re

# A sentence: up to and with its closing punctuation.
SENTENCE_RX = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def rest_span(text: str, asks: list[re.Pattern[str]]) -> tuple[int, int] | None:
    """The span of the message without the sentence asking for a language, when that sentence opens or closes
    it; None when no sentence asks, or the request stands between two others."""
    sentences = [(m.start(), m.end()) for m in SENTENCE_RX.finditer(text) if m.group().strip()]
    asking = [i for i, (s, e) in enumerate(sentences) if any(rx.search(text[s:e]) for rx in asks)]
    if not asking or len(asking) == len(sentences):
        return None
    first, last = asking[0], asking[-1]
    if asking != list(range(first, last + 1)):
        return None
    if first == 0:
        return sentences[last + 1][0], len(text)
    if last == len(sentences) - 1:
        return 0, sentences[first][0]
    return None
