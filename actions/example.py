"""An example given to explain a question ("is 13 feb a fixed deadline or just 2 months before i leave? like
if i move my trip to june", "par exemple si je pars en juin", "bijvoorbeeld als ik in juni ga", "tipo se
parto a giugno"): its facts are neither the plan nor a case to judge; the question it illustrates is what
is answered (round 41 stored "end date: 30 June 2026" from "like if i move my trip to june"). An example
asked on its own ("for example if I left in June, when would I apply?") stays a case (the what_if phrases)."""
from __future__ import annotations

import re
from typing import Any

from actions.phrases import PHRASES

SENTENCE_RX = re.compile(r"[^.!?]*[.!?]*")


def drop_examples(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities found outside an example that follows a question of the same message."""
    spans, asked = [], False
    for match in SENTENCE_RX.finditer(text):
        sentence = match.group(0)
        if not sentence.strip():
            continue
        if asked and PHRASES["example_words"].search(sentence):
            spans.append((match.start(), match.end()))
        asked = asked or "?" in sentence
    if not spans:
        return entities
    return [e for e in entities
            if not any(a <= int(e.get("start", -1)) < b for a, b in spans if isinstance(e.get("start"), int))]
